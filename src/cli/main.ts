/** The `firmograph` command line. */
import { Command } from "commander";
import { runNormalize } from "./normalize-command.js";

const program = new Command();
program.name("firmograph").description("Company-name matching, entity resolution, corporate families and credit exposure.");

program
  .command("normalize")
  .description("normalize company names, one per line, from a file or standard input")
  .argument("[file]", "text file with one name per line (default: standard input)")
  .option("-f, --format <format>", "table, json or csv", "table")
  .option("-c, --country <code>", "ISO 3166 alpha-2 country of the names, to pick legal-form codes")
  .action(async (file: string | undefined, opts: { format: string; country?: string }) => {
    if (!["table", "json", "csv"].includes(opts.format)) program.error(`firmograph normalize: --format must be table, json or csv, got "${opts.format}"`);
    const count = await runNormalize(file, { format: opts.format as "table", ...(opts.country ? { country: opts.country } : {}) }, process.stdout);
    process.stderr.write(`normalized ${count} names\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`firmograph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
