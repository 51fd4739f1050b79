// npm run directory:import -- FILE [--dry-run]: checks a care-resource directory (YAML or CSV) and applies it to
// DATABASE_URL in one transaction. Any invalid row: every problem is printed with its file and line, nothing changes,
// exit code 1. See the header of content/directory.yaml for the format.
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../src/core/vocabulary/resource-types.ts";
import {
  formatImport,
  importDirectory,
  localToday,
  readDirectoryFile,
} from "../src/features/orientation/directory/index.ts";
import { INTENTS_DIR } from "../src/paths.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { fileArguments, reportImport, runScript, withMigratedDatabase } from "./script-support.ts";

const USAGE = "Usage: npm run directory:import -- FILE.yaml|FILE.csv [--dry-run]";

async function main(): Promise<number> {
  const { file, flags } = fileArguments(USAGE, "directory file", ["dry-run"]);
  const dryRun = flags["dry-run"];
  loadDotEnv();
  const started = performance.now();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, types, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadResourceTypes(INTENTS_DIR),
    readDirectoryFile(path.resolve(file)),
  ]);
  return withMigratedDatabase(databaseUrl, async (db) => {
    const today = localToday(new Date(), timezone);
    const importing = performance.now();
    const outcome = await importDirectory(db, { territory, types, today }, parsed, { dryRun });
    const lines = formatImport(outcome, parsed.file);
    return reportImport(outcome.ok, lines, dryRun, { started, importing });
  });
}

await runScript(main, "Directory import");
