// npm run members:import -- FILE [--dry-run] [--deactivate-missing]: checks a member file (YAML or CSV) and applies
// it to DATABASE_URL in one transaction. Any invalid row: every problem is printed with its file and line, nothing
// changes, exit code 1. Members no longer in the file are listed, and deactivated only with --deactivate-missing.
// See the header of content/members.yaml for the format.
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { formatMemberImport, importMembers, memberFile } from "../src/features/members/member-file/index.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { localToday } from "../src/util/row-file/field-formats.ts";
import { fileArguments, reportImport, runScript, withMigratedDatabase } from "./script-support.ts";

const USAGE = "Usage: npm run members:import -- FILE.yaml|FILE.csv [--dry-run] [--deactivate-missing]";

async function main(): Promise<number> {
  const { file, flags } = fileArguments(USAGE, "member file", ["dry-run", "deactivate-missing"]);
  const { "dry-run": dryRun, "deactivate-missing": deactivateMissing } = flags;
  loadDotEnv();
  const started = performance.now();
  const { databaseUrl, timezone } = loadConfig();
  const [territory, vocabulary, parsed] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
    memberFile.read(path.resolve(file)),
  ]);
  return withMigratedDatabase(databaseUrl, async (db) => {
    const now = new Date();
    const importing = performance.now();
    const context = { territory, vocabulary, today: localToday(now, timezone) };
    const outcome = await importMembers(db, context, parsed, { now, dryRun, deactivateMissing });
    const lines = formatMemberImport(outcome, parsed.file);
    return reportImport(outcome.ok, lines, dryRun, { started, importing });
  });
}

await runScript(main, "Member import");
