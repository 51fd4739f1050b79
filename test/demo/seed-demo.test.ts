import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anonymiseMember, forgetMember } from "../../src/core/members/erase-member.ts";
import { loadPersonas } from "../../src/demo/personas.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { memberFile, validateMembers } from "../../src/features/members/member-file/index.ts";
import { DEMO_MEMBERS_FILE } from "../../src/paths.ts";
import { textFrom } from "../support/events.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

describe("the demo members", () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot();
  });
  afterEach(() => t.close());

  it("are imported from content/members.yaml into an empty database, once, the personas speaking as themselves", async () => {
    expect(await seedDemoMembers(t.services)).toEqual({ created: 60 });
    expect(await seedDemoMembers(t.services)).toEqual({ created: 0 });
    expect(await t.database.db.member.count()).toBe(60);
    for (const persona of await loadPersonas()) {
      const resolved = await t.services.members.resolve("console", "local", { externalUserId: persona.key });
      expect(resolved).toMatchObject({ key: persona.memberKey, displayName: persona.displayName, status: "active" });
    }
    const board = await t.services.members.resolve("console", "local", { externalUserId: "board" });
    expect(board).toMatchObject({ email: "helene.roussel@example.org", roles: ["board_president", "member"] });
  });

  it("are not imported into a database that already has members: only the personas are, for the terminal", async () => {
    await t.handle(textFrom("someone", "bonjour"));
    expect(await seedDemoMembers(t.services)).toEqual({ created: 5 });
    expect(await t.database.db.member.count()).toBe(6);
  });

  it("bring back, alone, a persona erased while trying the bot", async () => {
    await seedDemoMembers(t.services);
    const ines = await t.database.db.member.findUniqueOrThrow({ where: { key: "ines-garnier" } });
    await anonymiseMember(t.database.db, ines.id, { label: `membre supprimé n° ${ines.id}`, now: t.clock.now() });
    await forgetMember(t.database.db, ines.id);
    await t.database.db.member.update({ where: { key: "claire-martin" }, data: { phone: "01 99 00 99 99" } });

    expect(await seedDemoMembers(t.services)).toEqual({ created: 1 });
    const back = await t.services.members.resolve("console", "local", { externalUserId: "volunteer" });
    expect(back).toMatchObject({ key: "ines-garnier", displayName: "Inès Garnier", roles: ["member", "volunteer"] });
    expect(back.id).not.toBe(ines.id);
    const claire = await t.database.db.member.findUniqueOrThrow({ where: { key: "claire-martin" } });
    expect(claire.phone).toBe("01 99 00 99 99");
  });

  it("recognise the personas of a demo database seeded before the member file, rather than import them twice", async () => {
    const earlier = await t.database.db.member.create({
      data: {
        displayName: "Dr Claire Martin",
        status: "active",
        email: "claire.martin@example.org",
        identities: { create: [{ channel: "console", workspaceId: "local", externalUserId: "gp" }] },
      },
    });
    expect(await seedDemoMembers(t.services)).toEqual({ created: 4 });
    expect(await t.services.members.resolve("console", "local", { externalUserId: "gp" })).toMatchObject({
      id: earlier.id,
      key: "claire-martin",
    });
  });

  it("are clearly fictional and cover every profession, role and commune", async () => {
    const { entries, problems, warnings } = validateMembers(await memberFile.read(DEMO_MEMBERS_FILE), {
      territory: t.services.territory,
      vocabulary: t.services.memberVocabulary,
      today: "2026-11-23",
    });
    expect([...problems, ...warnings]).toEqual([]);
    for (const entry of entries) {
      expect(entry.email).toMatch(/@example\.org$/);
      expect(entry.phone).toMatch(/^01 99 00 \d\d \d\d$/);
    }
    expect(new Set(entries.map((e) => e.phone)).size).toBe(entries.length);
    const vocabulary = t.services.memberVocabulary;
    expect(new Set(entries.map((e) => e.profession))).toEqual(new Set(vocabulary.professions.keys));
    expect(new Set(entries.flatMap((e) => e.roles))).toEqual(new Set(vocabulary.roles.keys));
    expect(new Set(entries.flatMap((e) => e.communeCodes ?? []))).toEqual(
      new Set(t.services.territory.communes.map((c) => c.code)),
    );
  });
});
