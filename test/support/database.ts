import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { applyPendingMigrations } from "../../src/db/migrations.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  /** Opens another client on the same file, as a second process would. */
  openAnother(): Promise<Database>;
  close(): Promise<void>;
}

let template: Promise<string> | undefined;

/**
 * The migrated database copied by every test: vitest's global setup makes it once per run; outside
 * vitest (benchmarks reusing the test harness) it is made once per process.
 */
function templateDatabase(): Promise<string> {
  if (process.env.VITEST) return Promise.resolve(inject("templateDatabase"));
  template ??= (async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "bot-template-")), "template.db");
    await applyPendingMigrations(`file:${file}`);
    return file;
  })();
  return template;
}

/** Memory-backed where the system has one (Linux); `inMemoryFolder` falls back to the temporary folder elsewhere. */
const MEMORY_FOLDER = "/dev/shm";

/**
 * A real, migrated SQLite database in a temporary folder, for one test or one file. `inMemoryFolder`: in a
 * memory-backed folder when there is one, for a test that commits thousands of times (a simulated year of
 * jobs), where each commit's sync to disk is most of the time; only a power cut tells the two apart.
 */
export async function createTestDatabase(options: { inMemoryFolder?: boolean } = {}): Promise<TestDatabase> {
  const parent = options.inMemoryFolder && existsSync(MEMORY_FOLDER) ? MEMORY_FOLDER : tmpdir();
  const dir = await mkdtemp(path.join(parent, "bot-test-"));
  const file = path.join(dir, "bot.db");
  await copyFile(await templateDatabase(), file);
  const url = `file:${file}`;
  const clients: Database[] = [await openDatabase(url)];
  return {
    db: clients[0]!,
    url,
    async openAnother() {
      const client = await openDatabase(url);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.$disconnect()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
