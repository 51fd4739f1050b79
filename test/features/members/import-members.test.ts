import { readFile } from "node:fs/promises";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  formatMemberImport,
  importMembers,
  type MemberFileContext,
  type MemberImportOutcome,
  memberFile,
} from "../../../src/features/members/member-file/index.ts";
import { DEMO_MEMBERS_FILE } from "../../../src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import {
  loadMemberContext,
  type MemberRow,
  memberRow,
  NOW,
  renderMembersCsv,
  renderMembersYaml,
} from "./member-fixtures.ts";

let context: MemberFileContext;
let demo: string;
let test: TestDatabase;
beforeAll(async () => {
  context = await loadMemberContext();
  demo = await readFile(DEMO_MEMBERS_FILE, "utf8");
});
beforeEach(async () => {
  test = await createTestDatabase();
});
afterEach(async () => {
  await test.close();
});

const yaml = (source: string, file = "members.yaml") => memberFile.parse(source, file, "yaml");
const rowsYaml = (rows: MemberRow[]) => yaml(renderMembersYaml(rows).source);

function applied(outcome: MemberImportOutcome) {
  if (!outcome.ok) throw new Error(`unexpected problems: ${formatMemberImport(outcome, "file").join("\n")}`);
  return outcome.value;
}

/** Everything an import may change, to prove that a refused one changed nothing. */
const snapshot = async () => ({
  members: await test.db.member.findMany({ orderBy: { id: "asc" } }),
  roles: await test.db.memberRole.findMany({ orderBy: [{ memberId: "asc" }, { role: "asc" }] }),
  communes: await test.db.memberCommune.findMany({ orderBy: [{ memberId: "asc" }, { communeCode: "asc" }] }),
  tags: await test.db.memberTag.findMany({ orderBy: [{ memberId: "asc" }, { kind: "asc" }, { value: "asc" }] }),
  changes: await test.db.roleChange.findMany({ orderBy: { id: "asc" } }),
});

/** The demo file with the `n`th occurrence of `from` replaced. */
function demoWith(from: string, to: string): string {
  const at = demo.indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the demo file`);
  return demo.slice(0, at) + to + demo.slice(at + from.length);
}

/** The demo file without the member of `key` (their lines up to the next member). */
function demoWithout(key: string): string {
  const start = demo.indexOf(`  - key: ${key}\n`);
  const end = demo.indexOf("  - key: ", start + 1);
  return demo.slice(0, start) + demo.slice(end);
}

describe("importing the demo member file", () => {
  it("creates every member with roles, communes and tags, recording each member's roles as changed by the import", async () => {
    const { plan, applied: written } = applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    expect(written).toBe(true);
    expect(plan.create).toHaveLength(60);
    const board = await test.db.member.findUniqueOrThrow({
      where: { key: "helene-roussel" },
      include: { roles: { orderBy: { role: "asc" } }, communes: true },
    });
    expect(board).toMatchObject({ displayName: "Dr Hélène Roussel", status: "active", profession: "specialist" });
    expect(board.roles.map((r) => [r.role, r.mandateEndsAt])).toEqual([
      ["board_president", new Date("2028-06-30T00:00:00Z")],
      ["member", null],
    ]);
    expect(board.communes.map((c) => c.communeCode)).toEqual(["94076"]);
    const volunteer = await test.db.member.findUniqueOrThrow({
      where: { email: "ines.garnier@example.org" },
      include: { tags: { orderBy: [{ kind: "asc" }, { value: "asc" }] } },
    });
    expect(volunteer).toMatchObject({ quietHoursStart: "21:00", quietHoursEnd: "08:00" });
    expect(JSON.parse(volunteer.availability!)).toEqual({ slots: ["weekday_evening", "weekend"] });
    expect(volunteer.tags.map((t) => `${t.kind}:${t.value}`)).toEqual([
      "motivation:fin_de_vie",
      "motivation:formation_des_pairs",
      "skill:education_therapeutique",
      "skill:formation",
      "skill:soins_palliatifs",
    ]);
    const changes = await test.db.roleChange.findMany({ where: { memberId: board.id } });
    expect(changes).toEqual([
      expect.objectContaining({ source: "import", actorId: null, before: "[]", after: '["board_president","member"]' }),
    ]);
    expect(await test.db.roleChange.count()).toBe(60);
  });

  it("a second import of the same file changes nothing and records nothing", async () => {
    applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    const before = await snapshot();
    const { plan } = applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    expect(plan.unchanged).toHaveLength(60);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the hours a month a volunteer gave in chat when the file changes their slots", async () => {
    applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    const where = { email: "ines.garnier@example.org" };
    await test.db.member.update({
      where,
      data: { availability: JSON.stringify({ slots: ["weekday_evening", "weekend"], hoursPerMonth: 4 }) },
    });
    const changed = demoWith("availability: [soirées en semaine, week-end]", "availability: [week-end]");
    applied(await importMembers(test.db, context, yaml(changed), { now: NOW }));
    const volunteer = await test.db.member.findUniqueOrThrow({ where });
    expect(JSON.parse(volunteer.availability!)).toEqual({ slots: ["weekend"], hoursPerMonth: 4 });
  });

  it("writes everything or nothing: a failure while applying leaves the database as it was", async () => {
    // The database refuses the last role the file gives (the bot administrator, near the end of the file).
    await test.db.$executeRawUnsafe(
      "CREATE TRIGGER refuse_admin BEFORE INSERT ON MemberRole WHEN NEW.role = 'admin' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    await expect(importMembers(test.db, context, yaml(demo), { now: NOW })).rejects.toThrow();
    expect(await test.db.member.count()).toBe(0);
    expect(await test.db.roleChange.count()).toBe(0);
  });
});

describe("a member file with a problem", () => {
  it("imports nothing from a copy of the demo file with one bad row, and names the row and the field", async () => {
    applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    const before = await snapshot();
    const bad = demoWith("roles: [membre, trésorier]", "roles: [membre, trésorier, astronaute]");
    const line = bad.slice(0, bad.indexOf("astronaute")).split("\n").length;
    const outcome = await importMembers(test.db, context, yaml(bad, "copie.yaml"), { now: NOW });
    expect(formatMemberImport(outcome, "copie.yaml")).toEqual([
      "copie.yaml: 1 problem; nothing was imported.",
      `  copie.yaml:${line} (paul-girard) roles: unknown role "astronaute" (valid: member, volunteer, coordinator, director, board_president, board_vice_president, board_treasurer, board_secretary, board_member, admin)`,
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an e-mail another member already has, naming who", async () => {
    const guest = await test.db.member.create({
      data: { displayName: "Marie (Slack)", status: "guest", email: "marie.test@example.org" },
    });
    const outcome = await importMembers(test.db, context, rowsYaml([memberRow()]), { now: NOW });
    expect(outcome).toMatchObject({
      ok: false,
      problems: [
        {
          code: "email_taken",
          key: "marie-test",
          field: "email",
          message: `"marie.test@example.org" is already the e-mail of another member, n° ${guest.id} Marie (Slack) (met in chat, not in the member file)`,
        },
      ],
    });
    expect(await test.db.member.count()).toBe(1);
  });

  it("lets two members of the file exchange their e-mails", async () => {
    const a = memberRow({ key: "a", email: "a@example.org" });
    const b = memberRow({ key: "b", email: "b@example.org" });
    applied(await importMembers(test.db, context, rowsYaml([a, b]), { now: NOW }));
    const swapped = [
      { ...a, email: "b@example.org" },
      { ...b, email: "a@example.org" },
    ];
    const { plan } = applied(await importMembers(test.db, context, rowsYaml(swapped), { now: NOW }));
    expect(plan.update.map((u) => [u.entry.key, u.changes])).toEqual([
      ["a", ["email"]],
      ["b", ["email"]],
    ]);
    const stored = await test.db.member.findMany({ orderBy: { key: "asc" }, select: { key: true, email: true } });
    expect(stored).toEqual([
      { key: "a", email: "b@example.org" },
      { key: "b", email: "a@example.org" },
    ]);
  });
});

describe("members no longer in the file", () => {
  it("are listed and kept; deactivated only when asked; back when the file lists them again", async () => {
    applied(await importMembers(test.db, context, yaml(demo), { now: NOW }));
    const shorter = yaml(demoWithout("paul-girard").replace(/ {2}- key: john-taylor\n[\s\S]*$/, ""));

    const reported = applied(await importMembers(test.db, context, shorter, { now: NOW }));
    expect(reported.plan.missing.map((m) => m.key)).toEqual(["paul-girard", "john-taylor"]);
    expect(formatMemberImport({ ok: true, value: reported }, "members.yaml")).toEqual([
      "members.yaml: 58 members — 0 created, 0 updated, 58 unchanged, 2 not in the file (kept; --deactivate-missing deactivates them).",
      "  ? paul-girard  Paul Girard (not in the file)",
      "  ? john-taylor  John Taylor (not in the file)",
    ]);
    expect(await test.db.member.count({ where: { status: "active" } })).toBe(60);

    const later = new Date("2026-12-01T09:00:00Z");
    applied(await importMembers(test.db, context, shorter, { now: later, deactivateMissing: true }));
    const paul = await test.db.member.findUniqueOrThrow({ where: { key: "paul-girard" }, include: { roles: true } });
    expect(paul).toMatchObject({ status: "inactive", deactivatedAt: later });
    expect(paul.roles.map((r) => r.role).sort()).toEqual(["board_treasurer", "member"]);

    const back = applied(await importMembers(test.db, context, yaml(demo), { now: later }));
    expect(back.plan.update.map((u) => [u.entry.key, u.changes])).toEqual([
      ["paul-girard", ["reactivated"]],
      ["john-taylor", ["reactivated"]],
    ]);
    expect(await test.db.member.findUniqueOrThrow({ where: { key: "paul-girard" } })).toMatchObject({
      status: "active",
      deactivatedAt: null,
    });
  });
});

describe("updating members from the file", () => {
  it("changes roles through the recorded service, and says what changed", async () => {
    applied(
      await importMembers(test.db, context, rowsYaml([memberRow({ roles: "membre; coordinatrice" })]), { now: NOW }),
    );
    const next = [memberRow({ roles: "membre; sympathisante", phone: "01 99 00 90 02" })];
    const later = new Date("2026-12-01T09:00:00Z");
    const outcome = await importMembers(test.db, context, rowsYaml(next), { now: later });
    expect(formatMemberImport(outcome, "members.yaml")).toEqual([
      "members.yaml: 1 members — 0 created, 1 updated, 0 unchanged, 0 not in the file (kept).",
      "  ~ marie-test  Marie Test (phone; roles: +volunteer −coordinator)",
    ]);
    const [, change] = await test.db.roleChange.findMany({ orderBy: { id: "asc" } });
    expect(change).toMatchObject({
      source: "import",
      before: '["coordinator","member"]',
      after: '["member","volunteer"]',
      createdAt: later,
    });
  });

  it("leaves alone what the file does not say (a member's own quiet hours, language, channel), and clears what it writes empty", async () => {
    applied(await importMembers(test.db, context, rowsYaml([memberRow()]), { now: NOW }));
    await test.db.member.update({
      where: { key: "marie-test" },
      data: { quietHoursStart: "22:00", quietHoursEnd: "07:00", locale: "en" },
    });
    const { plan } = applied(await importMembers(test.db, context, rowsYaml([memberRow()]), { now: NOW }));
    expect(plan.unchanged).toEqual(["marie-test"]);
    applied(
      await importMembers(test.db, context, rowsYaml([memberRow({ quietHours: "", communes: "" })]), { now: NOW }),
    );
    const stored = await test.db.member.findUniqueOrThrow({
      where: { key: "marie-test" },
      include: { communes: true },
    });
    expect(stored).toMatchObject({ quietHoursStart: null, quietHoursEnd: null, locale: "en" });
    expect(stored.communes).toEqual([]);
  });

  it("reads a CSV export, and tells in a dry run what would change without writing", async () => {
    applied(await importMembers(test.db, context, rowsYaml([memberRow()]), { now: NOW }));
    const before = await snapshot();
    const csv = renderMembersCsv(
      [
        memberRow({ roles: "membre|vice-présidente", mandateEnds: "30/06/2028" }),
        memberRow({ key: "paul", email: "paul@example.org", name: "Paul" }),
      ],
      ";",
    );
    const outcome = await importMembers(test.db, context, memberFile.parse(csv, "export.csv", "csv"), {
      now: NOW,
      dryRun: true,
    });
    expect(formatMemberImport(outcome, "export.csv")).toEqual([
      "export.csv: 2 members — 1 created, 1 updated, 0 unchanged, 0 not in the file (kept) (dry run: nothing was written).",
      "  + paul  Paul (member, volunteer)",
      "  ~ marie-test  Marie Test (roles: +board_vice_president −volunteer)",
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
