// npm run missions:import -- FILE [--dry-run]: checks a missions file (YAML or CSV) and applies it to DATABASE_URL in
// one transaction. Any invalid row: every problem is printed with its file and line, nothing changes, exit code 1.
// Missions no longer in the file are listed, never deleted. See the header of content/missions.yaml for the format.
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { openDatabase, prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { formatMissionImport, importMissions, missionFile } from "../src/features/missions/mission-file/index.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { DataFileError } from "../src/util/data-file.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";

const USAGE = "Usage: npm run missions:import -- FILE.yaml|FILE.csv [--dry-run]";

function readArguments(): { file: string; dryRun: boolean } {
  try {
    const { values, positionals } = parseArgs({
      options: { "dry-run": { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error("give one missions file");
    return { file: positionals[0]!, dryRun: values["dry-run"] };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64); // EX_USAGE
  }
}

async function main(): Promise<number> {
  const { file, dryRun } = readArguments();
  loadDotEnv();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, vocabulary, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
    missionFile.read(path.resolve(file)),
  ]);
  await prepareDatabaseFile(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  const db = await openDatabase(databaseUrl);
  try {
    const context = { territory, vocabulary, zone: timezone, now: new Date() };
    const outcome = await importMissions(db, context, parsed, { dryRun });
    const lines = formatMissionImport(outcome, parsed.file).join("\n");
    if (outcome.ok) console.log(lines);
    else console.error(lines);
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
    process.exitCode = 78; // EX_CONFIG: the bot's own configuration or vocabulary is wrong, not the missions file
  } else {
    console.error(`Missions import failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70; // EX_SOFTWARE
  }
}
