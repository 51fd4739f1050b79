// npm run directory:import -- FILE [--dry-run]: checks a care-resource directory (YAML or CSV) and applies it to
// DATABASE_URL in one transaction. Any invalid row: every problem is printed with its file and line, nothing changes,
// exit code 1. See the header of content/directory.yaml for the format.
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../src/core/vocabulary/resource-types.ts";
import { openDatabase, prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import {
  formatImport,
  importDirectory,
  localToday,
  readDirectoryFile,
} from "../src/features/orientation/directory/index.ts";
import { INTENTS_DIR } from "../src/paths.ts";
import { DataFileError } from "../src/util/data-file.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";

const USAGE = "Usage: npm run directory:import -- FILE.yaml|FILE.csv [--dry-run]";

function readArguments(): { file: string; dryRun: boolean } {
  try {
    const { values, positionals } = parseArgs({
      options: { "dry-run": { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error("give one directory file");
    return { file: positionals[0]!, dryRun: values["dry-run"] ?? false };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64); // EX_USAGE
  }
}

async function main(): Promise<number> {
  const { file, dryRun } = readArguments();
  loadDotEnv();
  const started = performance.now();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, types, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadResourceTypes(INTENTS_DIR),
    readDirectoryFile(path.resolve(file)),
  ]);
  await prepareDatabaseFile(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  const db = await openDatabase(databaseUrl);
  try {
    const today = localToday(new Date(), timezone);
    const importing = performance.now();
    const outcome = await importDirectory(db, { territory, types, today }, parsed, { dryRun });
    const lines = formatImport(outcome, parsed.file);
    const ms = (since: number) => Math.round(performance.now() - since);
    const done = !outcome.ok ? "checked" : dryRun ? "checked and compared" : "checked and applied";
    const elapsed = `(${done} in ${ms(importing)} ms; ${ms(started)} ms with loading and migrations)`;
    if (outcome.ok) console.log([...lines, elapsed].join("\n"));
    else console.error([...lines, elapsed].join("\n"));
    return outcome.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataFileError) {
    console.error(error.message);
    process.exitCode = 78; // EX_CONFIG: the bot's own configuration or vocabulary is wrong, not the directory
  } else {
    console.error(`Directory import failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70; // EX_SOFTWARE
  }
}
