/** Files in a temporary folder for a test file, removed after its tests. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll } from "vitest";

/** `at(name, text?)`: the path of a file in the folder, written with `text` when given; `csv(path)`: its rows. */
export function tempFiles(prefix: string): { at: (name: string, text?: string) => string; csv: (path: string) => Record<string, string>[] } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    at(name, text) {
      const path = join(dir, name);
      if (text !== undefined) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      return path;
    },
    csv: (path) => parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[],
  };
}
