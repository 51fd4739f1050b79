import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  /** Opens another client on the same file, as a second process would. */
  openAnother(): Promise<Database>;
  close(): Promise<void>;
}

/** A real, migrated SQLite database in a temporary folder, for one test or one file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "bot-test-"));
  const file = path.join(dir, "bot.db");
  await copyFile(inject("templateDatabase"), file);
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
