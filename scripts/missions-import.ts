// npm run missions:import -- FILE [--dry-run]: checks a missions file (YAML or CSV) and applies it to DATABASE_URL in
// one transaction. Any invalid row: every problem is printed with its file and line, nothing changes, exit code 1.
// Missions no longer in the file are listed, never deleted. See the header of content/missions.yaml for the format.
import path from "node:path";
import { type Config, loadConfig } from "../src/config.ts";
import { systemClock } from "../src/core/clock.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import type { Database } from "../src/db/client.ts";
import { missionsFeature } from "../src/features/missions/index.ts";
import { formatMissionImport, importMissions, missionFile } from "../src/features/missions/mission-file/index.ts";
import { createLogger } from "../src/log.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { Scheduler } from "../src/scheduler/scheduler.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { fileArguments, reportImport, runScript, withMigratedDatabase } from "./script-support.ts";

const USAGE = "Usage: npm run missions:import -- FILE.yaml|FILE.csv [--dry-run]";

async function main(): Promise<number> {
  const { file, flags } = fileArguments(USAGE, "missions file", ["dry-run"]);
  const dryRun = flags["dry-run"];
  loadDotEnv();
  const started = performance.now();
  const config = loadConfig();
  const { databaseUrl, timezone } = config;
  const [territory, vocabulary, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
    missionFile.read(path.resolve(file)),
  ]);
  return withMigratedDatabase(databaseUrl, async (db) => {
    const importing = performance.now();
    const context = { territory, vocabulary, zone: timezone, now: new Date() };
    const outcome = await importMissions({ db, config, scheduler: jobsFor(db, config) }, context, parsed, { dryRun });
    const lines = formatMissionImport(outcome, parsed.file);
    return reportImport(outcome.ok, lines, dryRun, { started, importing });
  });
}

/**
 * The missions' jobs (offers of the missions published, their clock) stored with the import, for the bot
 * to run: this scheduler only stores them.
 */
function jobsFor(db: Database, config: Config): Scheduler {
  return new Scheduler({
    db,
    clock: systemClock,
    log: createLogger(config),
    kinds: missionsFeature.jobs ?? [],
    services: () => {
      throw new Error("The missions import stores jobs; the bot runs them");
    },
    leaseMs: config.scheduler.leaseSeconds * 1000,
    pollMs: config.scheduler.pollMs,
    timezone: config.timezone,
  });
}

await runScript(main, "Missions import");
