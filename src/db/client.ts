import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Database = PrismaClient;

/** How long a connection waits for another writer before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** The path of a `file:` database URL, or null for in-memory databases. */
export function databaseFilePath(url: string): string | null {
  const target = url.replace(/^file:/, "").split("?")[0] ?? "";
  return target === "" || target.startsWith(":memory:") ? null : path.resolve(target);
}

/** Creates the folder of a file database; returns its path (null for in-memory databases). */
export async function prepareDatabaseFile(url: string): Promise<string | null> {
  const file = databaseFilePath(url);
  if (file) await mkdir(path.dirname(file), { recursive: true });
  return file;
}

/**
 * Opens the SQLite database through Prisma's libSQL driver adapter (a prebuilt binary: nothing to
 * compile, no engine download). WAL lets other processes read while this one writes, and with
 * synchronous=NORMAL a commit no longer waits for the disk (a power cut may lose the last commits,
 * never corrupt the file). The adapter runs one statement at a time anyway, so one connection
 * (`concurrency: 1`) loses nothing and makes the per-connection pragma hold for every query.
 */
export async function openDatabase(url: string): Promise<Database> {
  const file = await prepareDatabaseFile(url);
  const db = new PrismaClient({ adapter: new PrismaLibSql({ url, timeout: BUSY_TIMEOUT_MS, concurrency: 1 }) });
  if (file) {
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
  }
  return db;
}

/**
 * Leaves nothing deleted in the database file(s): VACUUM rewrites the database without its free pages
 * and the free space of its pages (where deleted rows linger), then a TRUNCATE checkpoint copies the
 * write-ahead log into the file and empties it. Run after an erasure. Throws when another connection
 * kept the log from being emptied, so the caller tries again later.
 */
export async function dropDeletedContent(db: Database): Promise<void> {
  await db.$executeRawUnsafe("VACUUM");
  const [result] = await db.$queryRawUnsafe<{ busy: number | bigint }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
  if (result && Number(result.busy) !== 0) throw new Error("The write-ahead log is in use: it could not be emptied");
}
