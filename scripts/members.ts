// npm run members -- list [search]|show <member>|role add <member> <role>|role remove <member> <role>|deactivate <member>:
// for the person who runs the bot, on DATABASE_URL. Role changes are recorded (source "cli"). See MEMBERS_USAGE.
import { ConfigError, loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { openDatabase, prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { features } from "../src/features/index.ts";
import { runMembersCommand } from "../src/features/members/cli/members-cli.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { DataFileError } from "../src/util/data-file.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";

async function main(): Promise<number> {
  loadDotEnv();
  const { databaseUrl } = loadConfig();
  const [territory, vocabulary] = await Promise.all([loadTerritory(INTENTS_DIR), loadMemberVocabulary(CONTENT_DIR)]);
  await prepareDatabaseFile(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  const db = await openDatabase(databaseUrl);
  try {
    const { messages } = new FeatureRegistry(features);
    const outcome = await runMembersCommand(process.argv.slice(2), {
      db,
      territory,
      vocabulary,
      messages,
      now: new Date(),
    });
    if (outcome.out.length) console.log(outcome.out.join("\n"));
    if (outcome.err.length) console.error(outcome.err.join("\n"));
    return outcome.code;
  } finally {
    await db.$disconnect();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataFileError) {
    console.error(error.message);
    process.exitCode = 78; // EX_CONFIG
  } else {
    console.error(`npm run members failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70; // EX_SOFTWARE
  }
}
