// npm run members:import -- FILE [--dry-run] [--deactivate-missing]: checks a member file (YAML or CSV) and applies
// it to DATABASE_URL in one transaction. Any invalid row: every problem is printed with its file and line, nothing
// changes, exit code 1. Members no longer in the file are listed, and deactivated only with --deactivate-missing.
// See the header of content/members.yaml for the format.
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { openDatabase, prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { formatMemberImport, importMembers, memberFile } from "../src/features/members/member-file/index.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { DataFileError } from "../src/util/data-file.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { localToday } from "../src/util/row-file/field-formats.ts";

const USAGE = "Usage: npm run members:import -- FILE.yaml|FILE.csv [--dry-run] [--deactivate-missing]";

function readArguments(): { file: string; dryRun: boolean; deactivateMissing: boolean } {
  try {
    const { values, positionals } = parseArgs({
      options: {
        "dry-run": { type: "boolean", default: false },
        "deactivate-missing": { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error("give one member file");
    return { file: positionals[0]!, dryRun: values["dry-run"], deactivateMissing: values["deactivate-missing"] };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64); // EX_USAGE
  }
}

async function main(): Promise<number> {
  const { file, dryRun, deactivateMissing } = readArguments();
  loadDotEnv();
  const started = performance.now();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, vocabulary, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
    memberFile.read(path.resolve(file)),
  ]);
  await prepareDatabaseFile(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  const db = await openDatabase(databaseUrl);
  try {
    const now = new Date();
    const importing = performance.now();
    const context = { territory, vocabulary, today: localToday(now, timezone) };
    const outcome = await importMembers(db, context, parsed, { now, dryRun, deactivateMissing });
    const lines = formatMemberImport(outcome, parsed.file);
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
    process.exitCode = 78; // EX_CONFIG: the bot's own configuration or vocabulary is wrong, not the member file
  } else {
    console.error(`Member import failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70; // EX_SOFTWARE
  }
}
