// npm run db:migrate: applies pending migrations to DATABASE_URL (the bot also does this at start).
import { ConfigError, loadConfig } from "../src/config.ts";
import { prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { loadDotEnv } from "../src/util/dotenv.ts";

loadDotEnv();
try {
  const { databaseUrl } = loadConfig();
  await prepareDatabaseFile(databaseUrl);
  const applied = await applyPendingMigrations(databaseUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`);
  process.exit(1);
}
