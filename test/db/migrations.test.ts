import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "../../src/db/migrations.ts";
import { createTestDatabase } from "../support/database.ts";

describe("database migrations", () => {
  it("agree with prisma/schema.prisma (run `npm run db:migration -- <name>` after editing the schema)", async () => {
    const drift = await pendingSchemaChanges();
    expect(drift, `The schema has changes no migration creates:\n${drift}`).toBeNull();
  });

  it("produce a database the Prisma client can read and write", async () => {
    const { db, close } = await createTestDatabase();
    try {
      const member = await db.member.create({ data: { displayName: "Dr Test", roles: { create: [{ role: "member" }] } } });
      const loaded = await db.member.findUniqueOrThrow({ where: { id: member.id }, include: { roles: true } });
      expect(loaded.roles.map((r) => r.role)).toEqual(["member"]);
      const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await close();
    }
  });
});
