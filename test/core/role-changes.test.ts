import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeRoles, changeRolesOfMany } from "../../src/core/members/role-changes.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("changing a member's roles", () => {
  let test: TestDatabase;
  const now = new Date("2026-11-30T10:00:00Z");
  beforeEach(async () => {
    test = await createTestDatabase();
  });
  afterEach(() => test.close());

  it("adds and removes roles, and records who did it, from what to what", async () => {
    const director = await test.db.member.create({ data: { displayName: "Directrice", status: "active" } });
    const member = await test.db.member.create({
      data: { displayName: "Inès", status: "active", roles: { create: [{ role: "member" }] } },
    });
    const outcome = await changeRoles(
      test.db,
      member.id,
      { add: ["volunteer", "board_treasurer"], mandateEndsAt: new Date("2028-06-30") },
      { actorId: director.id, source: "chat", now },
    );
    expect(outcome).toEqual({
      before: ["member"],
      after: ["board_treasurer", "member", "volunteer"],
      changed: true,
    });
    const roles = await test.db.memberRole.findMany({ where: { memberId: member.id }, orderBy: { role: "asc" } });
    expect(roles.map((r) => [r.role, r.mandateEndsAt?.toISOString() ?? null])).toEqual([
      ["board_treasurer", "2028-06-30T00:00:00.000Z"],
      ["member", null],
      ["volunteer", null],
    ]);
    const [change] = await test.db.roleChange.findMany();
    expect(change).toMatchObject({
      memberId: member.id,
      actorId: director.id,
      source: "chat",
      before: '["member"]',
      after: '["board_treasurer","member","volunteer"]',
      createdAt: now,
    });
  });

  it("records nothing when nothing changes", async () => {
    const member = await test.db.member.create({
      data: { displayName: "Inès", status: "active", roles: { create: [{ role: "volunteer" }] } },
    });
    const outcome = await changeRoles(
      test.db,
      member.id,
      { add: ["volunteer"], remove: ["coordinator"] },
      { source: "cli", now },
    );
    expect(outcome.changed).toBe(false);
    expect(await test.db.roleChange.count()).toBe(0);
  });
});

describe("changing the roles of many members at once", () => {
  let test: TestDatabase;
  const now = new Date("2026-11-30T10:00:00Z");
  beforeEach(async () => {
    test = await createTestDatabase();
  });
  afterEach(() => test.close());

  it("applies each change and records each member's on its own, as one change at a time would", async () => {
    const [a, b, c] = await Promise.all(
      ["A", "B", "C"].map((name) =>
        test.db.member.create({
          data: { displayName: name, status: "active", roles: { create: [{ role: "member" }] } },
        }),
      ),
    );
    const outcomes = await changeRolesOfMany(
      test.db,
      [
        { memberId: a!.id, request: { add: ["board_treasurer"], mandateEndsAt: new Date("2028-06-30") } },
        { memberId: b!.id, request: { add: ["volunteer"], remove: ["member"] } },
        { memberId: c!.id, request: { add: ["member"] } },
      ],
      { source: "import", now },
    );
    expect(outcomes.map((o) => [o.after, o.changed])).toEqual([
      [["board_treasurer", "member"], true],
      [["volunteer"], true],
      [["member"], false],
    ]);
    const changes = await test.db.roleChange.findMany({ orderBy: { id: "asc" } });
    expect(changes.map((ch) => [ch.memberId, ch.source, ch.before, ch.after])).toEqual([
      [a!.id, "import", '["member"]', '["board_treasurer","member"]'],
      [b!.id, "import", '["member"]', '["volunteer"]'],
    ]);
    const treasurer = await test.db.memberRole.findUniqueOrThrow({
      where: { memberId_role: { memberId: a!.id, role: "board_treasurer" } },
    });
    expect(treasurer.mandateEndsAt).toEqual(new Date("2028-06-30"));
  });
});
