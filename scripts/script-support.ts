// What the npm run scripts that work on the database share: the database opened with its migrations
// applied, and how they end — the exit codes of sysexits.h (78 when the bot's own configuration or
// vocabulary is wrong rather than the file given, 70 for a bug).
import { parseArgs } from "node:util";
import { ConfigError } from "../src/config.ts";
import { type Database, openDatabase, prepareDatabaseFile } from "../src/db/client.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { DataFileError } from "../src/util/data-file.ts";

/**
 * The arguments of an import: one file (`what` names it when missing) and boolean `flags` such as
 * "dry-run". Wrong arguments print the message and `usage`, and exit with EX_USAGE (64).
 */
export function fileArguments<F extends string>(
  usage: string,
  what: string,
  flags: readonly F[],
): { file: string; flags: Record<F, boolean> } {
  try {
    const { values, positionals } = parseArgs({
      options: Object.fromEntries(flags.map((flag) => [flag, { type: "boolean" as const, default: false }])),
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error(`give one ${what}`);
    return { file: positionals[0]!, flags: values as Record<F, boolean> };
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(64); // EX_USAGE
  }
}

/** Runs `use` on DATABASE_URL migrated to the current schema, and closes it. */
export async function withMigratedDatabase<T>(databaseUrl: string, use: (db: Database) => Promise<T>): Promise<T> {
  await prepareDatabaseFile(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  const db = await openDatabase(databaseUrl);
  try {
    return await use(db);
  } finally {
    await db.$disconnect();
  }
}

/** Runs a script's `main` and sets the exit code it returns, or the one its failure calls for. */
export async function runScript(main: () => Promise<number>, what: string): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataFileError) {
      console.error(error.message);
      process.exitCode = 78; // EX_CONFIG
    } else {
      console.error(`${what} failed: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 70; // EX_SOFTWARE
    }
  }
}

/** Times since a script started, for the line that closes an import's report. */
export interface ImportTimes {
  /** When the script started (`performance.now()`), before reading its files. */
  started: number;
  /** When the import itself started, the database open and migrated. */
  importing: number;
}

/**
 * Prints an import's report with how long it took (on stderr when it was refused) and returns the exit
 * code: 0 applied or compared, 1 refused.
 */
export function reportImport(ok: boolean, lines: readonly string[], dryRun: boolean, times: ImportTimes): number {
  const ms = (since: number) => Math.round(performance.now() - since);
  const done = !ok ? "checked" : dryRun ? "checked and compared" : "checked and applied";
  const elapsed = `(${done} in ${ms(times.importing)} ms; ${ms(times.started)} ms with loading and migrations)`;
  (ok ? console.log : console.error)([...lines, elapsed].join("\n"));
  return ok ? 0 : 1;
}
