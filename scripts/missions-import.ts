// npm run missions:import -- FILE [--dry-run]: checks a missions file (YAML or CSV) and applies it to DATABASE_URL in
// one transaction. Any invalid row: every problem is printed with its file and line, nothing changes, exit code 1.
// Missions no longer in the file are listed, never deleted. See the header of content/missions.yaml for the format.
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { formatMissionImport, importMissions, missionFile } from "../src/features/missions/mission-file/index.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { fileArguments, runScript, withMigratedDatabase } from "./script-support.ts";

const USAGE = "Usage: npm run missions:import -- FILE.yaml|FILE.csv [--dry-run]";

async function main(): Promise<number> {
  const { file, flags } = fileArguments(USAGE, "missions file", ["dry-run"]);
  const dryRun = flags["dry-run"];
  loadDotEnv();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, vocabulary, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
    missionFile.read(path.resolve(file)),
  ]);
  return withMigratedDatabase(databaseUrl, async (db) => {
    const context = { territory, vocabulary, zone: timezone, now: new Date() };
    const outcome = await importMissions(db, context, parsed, { dryRun });
    const lines = formatMissionImport(outcome, parsed.file).join("\n");
    if (outcome.ok) console.log(lines);
    else console.error(lines);
    return outcome.ok ? 0 : 1;
  });
}

await runScript(main, "Missions import");
