import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeMembers } from "../../../src/core/members/merge-members.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

describe("merging two members into one", () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot();
  });
  afterEach(() => t.close());

  async function twoMembers() {
    const { db } = t.database;
    const now = t.clock.now();
    const member = await db.member.create({
      data: {
        displayName: "Inès Garnier",
        status: "active",
        roles: { create: [{ role: "member" }, { role: "volunteer" }] },
        communes: { create: [{ communeCode: "94041" }] },
        identities: { create: [{ channel: "console", workspaceId: "local", externalUserId: "volunteer" }] },
      },
    });
    const guest = await db.member.create({
      data: {
        displayName: "Inès (Slack)",
        lastLocale: "en",
        lastSeenAt: now,
        communes: { create: [{ communeCode: "94041" }, { communeCode: "94043" }] },
        identities: { create: [{ channel: "slack", workspaceId: "T1", externalUserId: "U1" }] },
        linkAttempts: { create: [{ at: now }] },
      },
    });
    const training = await db.training.create({
      data: { key: "t", title: "Douleur", kind: "bedside", startsAt: new Date("2026-12-01T17:00:00Z") },
    });
    await db.trainingRegistration.createMany({
      data: [
        { trainingId: training.id, memberId: member.id },
        { trainingId: training.id, memberId: guest.id },
      ],
    });
    await db.coordinationRequest.create({
      data: { requesterId: guest.id, kind: "question", summary: "HAD ?", sourceChannel: "slack" },
    });
    await db.conversationState.create({
      data: {
        channel: "slack",
        workspaceId: "T1",
        conversationId: "D1",
        memberId: guest.id,
        step: "coordination.form",
        expiresAt: new Date(now.getTime() + 60_000),
      },
    });
    await db.conversationLog.create({
      data: {
        memberId: guest.id,
        channel: "slack",
        conversationKind: "direct",
        eventKind: "text",
        outcome: "answered",
      },
    });
    return { member, guest };
  }

  it("moves the guest's identities, requests, registrations, dialogue and logs to the member, then removes the guest", async () => {
    const { db } = t.database;
    const { member, guest } = await twoMembers();
    const outcome = await mergeMembers(db, { from: guest.id, into: member.id, now: t.clock.now() });

    expect(outcome).toEqual({ identities: 1, rolesAdded: [] });
    expect(await db.member.findUnique({ where: { id: guest.id } })).toBeNull();
    const merged = await db.member.findUniqueOrThrow({
      where: { id: member.id },
      include: { identities: true, communes: true, roles: true, trainingRegistrations: true, requests: true },
    });
    expect(merged.displayName).toBe("Inès Garnier");
    expect(merged.lastLocale).toBe("en");
    expect(merged.identities.map((i) => i.externalUserId).sort()).toEqual(["U1", "volunteer"]);
    expect(merged.communes.map((c) => c.communeCode).sort()).toEqual(["94041", "94043"]);
    expect(merged.roles.map((r) => r.role).sort()).toEqual(["member", "volunteer"]);
    expect(merged.trainingRegistrations).toHaveLength(1);
    expect(merged.requests).toHaveLength(1);
    expect(await db.conversationState.count({ where: { memberId: member.id } })).toBe(1);
    expect(await db.conversationLog.count({ where: { memberId: member.id } })).toBe(1);
    expect(await db.linkAttempt.count()).toBe(0);
  });

  it("gives the member the roles the other one had, and records the change", async () => {
    const { db } = t.database;
    const { member, guest } = await twoMembers();
    await db.memberRole.create({ data: { memberId: guest.id, role: "coordinator" } });
    const outcome = await mergeMembers(db, { from: guest.id, into: member.id, now: t.clock.now() });
    expect(outcome.rolesAdded).toEqual(["coordinator"]);
    const [change] = await db.roleChange.findMany({ where: { memberId: member.id } });
    expect(change).toMatchObject({ source: "link", after: JSON.stringify(["coordinator", "member", "volunteer"]) });
  });

  it("refuses a member that does not exist, and changes nothing", async () => {
    const { db } = t.database;
    const { member } = await twoMembers();
    await expect(mergeMembers(db, { from: 999_999, into: member.id, now: t.clock.now() })).rejects.toThrow();
    expect(await db.member.count()).toBe(2);
  });
});
