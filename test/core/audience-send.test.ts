import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Profession, Role } from "../../src/core/persistence.ts";
import { reply, replyToPlainText } from "../../src/core/reply.ts";
import { FakeChannel } from "../support/fake-channel.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

interface MemberSpec {
  name: string;
  status?: "active" | "guest" | "inactive";
  roles?: Role[];
  profession?: Profession;
  communes?: string[];
  locale?: "fr" | "en";
  quiet?: boolean;
  skills?: string[];
  channels?: ("console" | "slack")[];
  preferred?: "console" | "slack";
}

describe("sending to an audience: one persisted delivery per recipient", () => {
  let t: TestBot;
  let slack: FakeChannel;
  // 10:00 in Paris on a Monday
  beforeEach(async () => {
    t = await createTestBot({ now: new Date("2026-11-23T09:00:00Z") });
    slack = new FakeChannel("slack");
    t.outbound.attach(slack);
  });
  afterEach(() => t.close());

  async function member(spec: MemberSpec) {
    return t.database.db.member.create({
      data: {
        displayName: spec.name,
        status: spec.status ?? "active",
        profession: spec.profession ?? null,
        locale: spec.locale ?? null,
        preferredChannel: spec.preferred ?? null,
        quietHoursStart: spec.quiet ? "08:00" : null,
        quietHoursEnd: spec.quiet ? "12:00" : null,
        roles: { create: (spec.roles ?? []).map((role) => ({ role })) },
        communes: { create: (spec.communes ?? []).map((communeCode) => ({ communeCode })) },
        tags: { create: (spec.skills ?? []).map((value) => ({ kind: "skill" as const, value })) },
        identities: {
          create: (spec.channels ?? ["console"]).map((channel, i) => ({
            channel,
            workspaceId: "W1",
            externalUserId: `${spec.name}-${channel}`,
            lastSeenAt: new Date(Date.UTC(2026, 10, 1 + i)),
          })),
        },
      },
    });
  }

  const compose = (_m: unknown, t: (key: string) => string, locale: string) => [
    reply(`${locale}: ${t("core.button.help")}`),
  ];
  const received = (channel: FakeChannel) =>
    channel.direct.map((d) => `${d.target.externalUserId} ${replyToPlainText(d.replies[0]!)}`).sort();

  it("reaches exactly the active members matching every criterion, in their language", async () => {
    await member({ name: "gp-vitry", profession: "general_practitioner", communes: ["94081"] });
    await member({ name: "gp-ivry", profession: "general_practitioner", communes: ["94041"], locale: "en" });
    await member({ name: "gp-cachan", profession: "general_practitioner", communes: ["94016"] });
    await member({ name: "nurse-vitry", profession: "nurse", communes: ["94081"] });
    await member({ name: "gp-left", profession: "general_practitioner", communes: ["94081"], status: "inactive" });
    await member({ name: "gp-guest", profession: "general_practitioner", communes: ["94081"], status: "guest" });

    const sent = await t.outbound.send({
      audience: { professions: ["general_practitioner"], communes: ["94081", "94041"] },
      compose,
      key: "announcement:1",
    });
    expect(sent).toEqual({ created: 2, alreadyThere: 0 });
    expect(await t.scheduler.tick()).toBe(2);
    expect(received(t.channel)).toEqual(["gp-ivry-console en: Show help", "gp-vitry-console fr: Voir l'aide"]);
  });

  it("selects by role and by skill, and reaches a guest only when named", async () => {
    const board = await member({ name: "president", roles: ["board_president"] });
    await member({ name: "coordinator", roles: ["coordinator"] });
    await member({ name: "volunteer", roles: ["volunteer"], skills: ["formation"] });
    const guest = await member({ name: "guest", status: "guest" });
    await t.outbound.send({ audience: { roles: ["board_president", "coordinator"] }, compose, key: "k1" });
    await t.outbound.send({ audience: { tags: [{ kind: "skill", value: "formation" }] }, compose, key: "k2" });
    await t.outbound.send({ audience: { memberIds: [board.id, guest.id] }, compose, key: "k3" });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual([
      "coordinator-console",
      "guest-console",
      "president-console",
      "president-console",
      "volunteer-console",
    ]);
  });

  it("sends nothing twice when the same send is made again", async () => {
    await member({ name: "a" });
    await member({ name: "b" });
    await t.outbound.send({ audience: {}, compose, key: "digest:2026-W48" });
    await t.scheduler.tick();
    await member({ name: "c" });
    expect(await t.outbound.send({ audience: {}, compose, key: "digest:2026-W48" })).toEqual({
      created: 1,
      alreadyThere: 2,
    });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["a-console", "b-console", "c-console"]);
  });

  it("keeps each member's message for the end of their own quiet hours", async () => {
    await member({ name: "awake" });
    const sleeping = await member({ name: "sleeping", quiet: true });
    await t.outbound.send({ audience: {}, compose, key: "k" });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["awake-console"]);
    const deferred = await t.database.db.delivery.findFirstOrThrow({ where: { memberId: sleeping.id } });
    expect(deferred).toMatchObject({ status: "deferred", reason: "quiet-hours" });
    expect(deferred.deferredUntil).toEqual(new Date("2026-11-23T11:00:00Z")); // 12:00 in Paris

    t.clock.set("2026-11-23T11:00:00Z");
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["awake-console", "sleeping-console"]);
  });

  it("uses the member's preferred channel when it runs, else the one they used last", async () => {
    await member({ name: "prefers-console", channels: ["console", "slack"], preferred: "console" });
    await member({ name: "last-on-slack", channels: ["console", "slack"] });
    await t.outbound.send({ audience: {}, compose, key: "k" });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["prefers-console-console"]);
    expect(received(slack).map((line) => line.split(" ")[0])).toEqual(["last-on-slack-slack"]);
  });

  it("retries a failed message alone, and records why the last attempt failed", async () => {
    await member({ name: "ok" });
    const blocked = await member({ name: "blocked" });
    const flaky = await member({ name: "flaky" });
    t.channel.failFor("flaky-console", 1);
    t.channel.failFor("blocked-console", 99);
    await t.outbound.send({ audience: {}, compose, key: "k" });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["ok-console"]);

    for (let minute = 0; minute < 120; minute++) {
      t.clock.advance(60_000);
      await t.scheduler.tick();
    }
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["flaky-console", "ok-console"]);
    const rows = await t.database.db.delivery.findMany({ orderBy: { memberId: "asc" } });
    const byMember = new Map(rows.map((row) => [row.memberId, row]));
    expect(byMember.get(flaky.id)).toMatchObject({
      status: "sent",
      attempts: 2,
      channel: "console",
      messageIds: '["m2"]',
    });
    expect(byMember.get(blocked.id)).toMatchObject({
      status: "failed",
      attempts: 5,
      reason: "cannot_dm_user blocked-console",
    });
  });

  it("says who cannot be reached, and why", async () => {
    const nowhere = await t.database.db.member.create({ data: { displayName: "Sans compte", status: "active" } });
    t.outbound.detach("slack");
    const slackOnly = await member({ name: "slack-only", channels: ["slack"] });
    await t.outbound.send({ audience: {}, compose, key: "k" });
    await t.scheduler.tick();
    const rows = await t.database.db.delivery.findMany();
    expect(rows.find((r) => r.memberId === nowhere.id)).toMatchObject({ status: "unreachable", reason: "no-identity" });
    expect(rows.find((r) => r.memberId === slackOnly.id)).toMatchObject({
      status: "unreachable",
      reason: "channel-offline",
    });
  });

  it("leaves out the members it is told to, whatever they match", async () => {
    await member({ name: "in" });
    const out = await member({ name: "out" });
    await t.outbound.send({ audience: { exceptMemberIds: [out.id] }, compose, key: "k" });
    await t.scheduler.tick();
    expect(received(t.channel).map((line) => line.split(" ")[0])).toEqual(["in-console"]);
  });

  it("rewrites every message of a send: edited where posted, sent rewritten where still waiting", async () => {
    await member({ name: "awake" });
    await member({ name: "sleeping", quiet: true });
    await t.outbound.send({ audience: {}, compose, key: "k" });
    await t.scheduler.tick();
    const result = await t.outbound.editSend("k", (m) => [reply(`corrigé pour ${m.displayName}`)]);
    expect(result).toEqual({ edited: 1, rewritten: 1, failed: 0 });
    expect(t.channel.edits.map((e) => [e.posted, replyToPlainText(e.replies[0]!)])).toEqual([
      [{ conversationId: "dm-awake-console", messageIds: ["m1"] }, "corrigé pour awake"],
    ]);
    t.clock.set("2026-11-23T11:00:00Z"); // the end of the sleeping member's quiet hours
    await t.scheduler.tick();
    expect(received(t.channel)).toContain("sleeping-console corrigé pour sleeping");
  });
});
