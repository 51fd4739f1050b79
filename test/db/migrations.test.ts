import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyPendingMigrations, pendingSchemaChanges, unappliedMigrations } from "../../src/db/migrations.ts";
import { createTestDatabase } from "../support/database.ts";

describe("database migrations", () => {
  it("agree with prisma/schema.prisma (run `npm run db:migration -- <name>` after editing the schema)", async () => {
    const drift = await pendingSchemaChanges();
    expect(drift, `The schema has changes no migration creates:\n${drift}`).toBeNull();
  });

  it("produce a database the Prisma client can read and write", async () => {
    const { db, close } = await createTestDatabase();
    try {
      const member = await db.member.create({
        data: { displayName: "Dr Test", roles: { create: [{ role: "member" }] } },
      });
      const loaded = await db.member.findUniqueOrThrow({ where: { id: member.id }, include: { roles: true } });
      expect(loaded.roles.map((r) => r.role)).toEqual(["member"]);
      const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await close();
    }
  });
});

describe("the start-up migration check", () => {
  it("lists every migration for a new database and none once they are applied", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bot-migrate-"));
    const url = `file:${path.join(dir, "bot.db")}`;
    try {
      const all = await unappliedMigrations(url);
      expect(all.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(url)).toEqual(all);
      expect(await unappliedMigrations(url)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
