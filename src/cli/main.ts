/** The `firmograph` command line. */
import { Command } from "commander";
import { runNormalize } from "./normalize-command.js";
import { type ResolveCommandOptions, resolveSummary, runResolve } from "./resolve-command.js";
import { type ReportCommandOptions, runReport } from "./report-command.js";
import { type MatchCommandOptions, matchSummary, runMatch } from "./match-command.js";

/** The --encoding option's help, the same on every command that reads files. */
const ENCODING_HELP = "text encoding of the input files (default: UTF-16 after its byte-order mark, UTF-8, or Windows-1252 for a file that is not valid UTF-8)";

const program = new Command();
program.name("firmograph").description("Company-name matching, entity resolution, corporate families and credit exposure.");

program
  .command("normalize")
  .description("normalize company names, one per line, from a file or standard input")
  .argument("[file]", "text file with one name per line (default: standard input)")
  .option("-f, --format <format>", "table, json or csv", "table")
  .option("-c, --country <code>", "country of the names (a code such as DE or DEU, or a name), to pick legal-form codes")
  .action(async (file: string | undefined, opts: { format: string; country?: string }) => {
    if (!["table", "json", "csv"].includes(opts.format)) program.error(`firmograph normalize: --format must be table, json or csv, got "${opts.format}"`);
    const count = await runNormalize(file, { format: opts.format as "table", ...(opts.country ? { country: opts.country } : {}) }, process.stdout);
    process.stderr.write(`normalized ${count} names\n`);
  });

program
  .command("resolve")
  .description("cluster records from several systems (CSV or NDJSON files) into entities with golden records")
  .argument("<files...>", "input files, one per system (e.g. erp.csv crm.csv ar.csv)")
  .requiredOption("-o, --out <file>", "entities file to write (.csv or .ndjson)")
  .option("--map <mapping>", "field=Column pairs, comma-separated (e.g. name=Company,id=CustomerNo)")
  .option("--source <labels>", "source labels in file order, comma-separated (default: file names)")
  .option("--threshold <p>", "merge threshold, a probability (default 0.5)")
  .option("--master <file>", "existing customer master: records join its entities, ids stay stable")
  .option("--weights <file>", "JSON evidence weights over the defaults (e.g. {\"city\": {\"same\": 1.5, \"similar\": 0.8, \"different\": -1.5}})")
  .option("--source-order <labels>", "preferred sources for golden-record ties (default: --source order)")
  .option("--no-learn-weights", "keep the default weight of each field's disagreement instead of estimating it from the records")
  .option("--links <file>", "also write the merge evidence")
  .option("--rejected <file>", "also write rejected records with reasons")
  .option("--threads <n>", "threads comparing records, each with its own index (default: one per core)")
  .option("--encoding <name>", ENCODING_HELP, "auto")
  .action(async (files: string[], opts: ResolveCommandOptions) => {
    const result = await runResolve(files, opts);
    process.stderr.write(resolveSummary(result, opts.out) + "\n");
  });

program
  .command("match")
  .description("find the entities behind each row of a file (ERP, CRM, invoices) among known entities, with scores and evidence")
  .argument("<file>", "queries: a CSV or NDJSON file with a name column (and id, country, city, ... when known)")
  .requiredOption("--against <file>", "known entities (customer master, registry extract): CSV or NDJSON with id and name columns")
  .requiredOption("-o, --out <file>", "matches file to write (.csv or .ndjson): one row per match, per unmatched or per rejected query")
  .option("--limit <n>", "matches per query, best first", "3")
  .option("--min-score <p>", "lowest score of a match, a probability", "0.5")
  .option("--map <mapping>", "field=Column pairs of the query file, comma-separated")
  .option("--against-map <mapping>", "field=Column pairs of the entity file, comma-separated")
  .option("--rejected <file>", "also write rejected entities and queries with reasons")
  .option("--threads <n>", "threads matching queries, each with its own index (default: one per core)")
  .option("--encoding <name>", ENCODING_HELP, "auto")
  .action(async (file: string, opts: MatchCommandOptions) => {
    process.stderr.write(matchSummary(await runMatch(file, opts), opts.out) + "\n");
  });

program
  .command("report")
  .description("resolve records, attach them to corporate families, roll up exposure and write the HTML report")
  .requiredOption("--records <files...>", "source files (ERP, CRM, AR...); exposure columns: currency, open_receivables, open_orders, overdue_1_30 ... overdue_90_plus, credit_limit")
  .option("--source <labels>", "source labels in file order, comma-separated")
  .requiredOption("--family-entities <file>", "registry entities: id, name, country[, kind]")
  .requiredOption("--family-links <file>", "relationships: child, parent, type[, ownership_pct, voting_pct, valid_from, valid_to, source]")
  .option("--limits <file>", "credit limits: entity_id, amount, currency, scope (entity or group)")
  .requiredOption("--rates <file>", "JSON { reportingCurrency, rates: { USD: 0.92, ... } }")
  .option("--currency <code>", "reporting currency (default: from the rates file)")
  .option("--mode <mode>", "full or ownership", "full")
  .option("--limit-model <model>", "usage or allocation", "usage")
  .requiredOption("-o, --out <file>", "HTML report to write")
  .option("--entities <file>", "also write the resolved entities (CSV)")
  .option("--exposure-csv <file>", "also write per-entity figures (CSV)")
  .option("--exposure-json <file>", "also write per-entity figures, breaches and concentration (JSON)")
  .option("--threads <n>", "threads resolving records, each with its own index (default: one per core)")
  .option("--encoding <name>", ENCODING_HELP, "auto")
  .action(async (opts: ReportCommandOptions) => {
    process.stderr.write((await runReport(opts)).join("\n") + "\n");
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(message.startsWith("firmograph") ? `${message}\n` : `firmograph: ${message}\n`);
  process.exitCode = 1;
});
