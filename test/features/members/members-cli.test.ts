import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { runMembersCommand } from "../../../src/features/members/cli/members-cli.ts";
import { membersFeature } from "../../../src/features/members/index.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

let t: TestBot;
beforeEach(async () => {
  t = await createTestBot({ features: [membersFeature] });
  await seedDemoMembers(t.services);
});
afterEach(() => t.close());

const run = (...args: string[]) =>
  runMembersCommand(args, {
    db: t.database.db,
    territory: t.services.territory,
    vocabulary: t.services.memberVocabulary,
    messages: t.registry.messages,
    now: t.clock.now(),
  });

describe("npm run members, for whoever runs the bot", () => {
  it("lists the members a search finds, in columns", async () => {
    const { code, out } = await run("list", "trésorier");
    expect(code).toBe(0);
    expect(out).toEqual([
      '1 member matching "trésorier".',
      "KEY          NAME         PROFESSION       ROLES                   COMMUNES  STATUS",
      "paul-girard  Paul Girard  physiotherapist  board_treasurer,member  Orly      active",
    ]);
    expect((await run("list")).out[0]).toBe("60 members.");
  });

  it("adds and removes a role, recorded with source cli, and shows it in the member's history", async () => {
    const added = await run("role", "add", "ines-garnier", "vice-présidente", "--until", "30/06/2028");
    expect(added).toEqual({
      code: 0,
      out: [
        "ines-garnier (Inès Garnier): board_vice_president added; roles [member, volunteer] → [board_vice_president, member, volunteer], recorded (source cli).",
        "Mandate ends 2028-06-30.",
      ],
      err: [],
    });
    expect((await run("role", "remove", "ines.garnier@example.org", "sympathisante")).code).toBe(0);
    const change = await t.database.db.roleChange.findMany({ where: { source: "cli" }, orderBy: { id: "asc" } });
    expect(change.map((c) => [c.actorId, c.before, c.after])).toEqual([
      [null, '["member","volunteer"]', '["board_vice_president","member","volunteer"]'],
      [null, '["board_vice_president","member","volunteer"]', '["board_vice_president","member"]'],
    ]);
    const { out } = await run("show", "ines-garnier");
    expect(out[0]).toMatch(/^Inès Garnier \(ines-garnier, n° \d+\) — active$/);
    expect(out).toContain("  roles        board_vice_president (mandate ends 2028-06-30), member");
    expect(out.filter((line) => line.includes("  cli  "))).toHaveLength(2);
  });

  it("deactivates a member, who then holds no role, and says so when done twice", async () => {
    expect((await run("deactivate", "julie-moreau")).out[0]).toBe(
      "julie-moreau (Julie Moreau) deactivated: kept, no longer messaged, holding no role.",
    );
    expect(await t.database.db.member.findUniqueOrThrow({ where: { key: "julie-moreau" } })).toMatchObject({
      status: "inactive",
      deactivatedAt: t.clock.now(),
    });
    expect(await run("deactivate", "julie-moreau")).toMatchObject({
      code: 0,
      out: ["Julie Moreau is already deactivated: nothing changed."],
    });
    expect((await run("role", "add", "julie-moreau", "director")).err).toEqual([
      "Julie Moreau is deactivated: their roles do not change. List this member in the member file again.",
    ]);
    expect((await run("list", "inactifs")).out[0]).toBe('1 member matching "inactifs".');
  });

  it("names the closest member or role when one is misspelt, and explains its usage", async () => {
    expect(await run("show", "ines-garnie")).toMatchObject({
      code: 1,
      err: ['No member "ines-garnie" (closest: ines-garnier).'],
    });
    expect((await run("role", "add", "ines-garnier", "tresoriere-adjointe")).err[0]).toMatch(
      /^Unknown role "tresoriere-adjointe" \(closest: board_treasurer/,
    );
    const wrong = await run("role", "give", "ines-garnier");
    expect(wrong.code).toBe(64);
    expect(wrong.err[1]).toMatch(/^Usage: npm run members -- list/);
  });
});

describe("the npm run members command", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "members-admin-cli-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("runs in its own process, on DATABASE_URL", async () => {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", "scripts/members.ts", "list"],
        { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "bot.db")}` } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(result).toMatchObject({ code: 0, stdout: "0 members.\n" });
  }, 30_000);
});
