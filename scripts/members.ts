// npm run members -- list [search]|show <member>|role add <member> <role>|role remove <member> <role>|deactivate <member>:
// for the person who runs the bot, on DATABASE_URL. Role changes are recorded (source "cli"). See MEMBERS_USAGE.
import { loadConfig } from "../src/config.ts";
import { loadMemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { features } from "../src/features/index.ts";
import { runMembersCommand } from "../src/features/members/cli/members-cli.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../src/paths.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";
import { runScript, withMigratedDatabase } from "./script-support.ts";

async function main(): Promise<number> {
  loadDotEnv();
  const { databaseUrl } = loadConfig();
  const [territory, vocabulary] = await Promise.all([loadTerritory(INTENTS_DIR), loadMemberVocabulary(CONTENT_DIR)]);
  return withMigratedDatabase(databaseUrl, async (db) => {
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
  });
}

await runScript(main, "npm run members");
