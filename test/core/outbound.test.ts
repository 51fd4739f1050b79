import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reply, replyToPlainText } from "../../src/core/reply.ts";
import { FakeChannel } from "../support/fake-channel.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

describe("proactive messages through the outbound port", () => {
  let t: TestBot;
  beforeEach(async () => {
    // 22:30 in Paris (UTC+1 in November)
    t = await createTestBot({ now: new Date("2026-11-23T21:30:00Z") });
  });
  afterEach(() => t.close());

  async function member(
    options: { quiet?: boolean; identities?: { channel: "console" | "slack"; user: string; seen: string }[] } = {},
  ) {
    const { db } = t.database;
    return db.member.create({
      data: {
        displayName: "Inès",
        status: "active",
        quietHoursStart: options.quiet ? "21:00" : null,
        quietHoursEnd: options.quiet ? "08:00" : null,
        identities: {
          create: (options.identities ?? [{ channel: "console", user: "ines", seen: "2026-11-20T10:00:00Z" }]).map(
            (i) => ({
              channel: i.channel,
              workspaceId: "W1",
              externalUserId: i.user,
              lastSeenAt: new Date(i.seen),
            }),
          ),
        },
      },
    });
  }

  it("delivers at once outside quiet hours, on the channel the member used last", async () => {
    const slack = new FakeChannel("slack");
    t.outbound.attach(slack);
    const m = await member({
      identities: [
        { channel: "console", user: "ines-console", seen: "2026-11-01T10:00:00Z" },
        { channel: "slack", user: "U-INES", seen: "2026-11-22T10:00:00Z" },
      ],
    });
    expect(await t.outbound.notify(m.id, [reply("Nouvelle mission")])).toEqual({ status: "sent", channel: "slack" });
    expect(slack.direct.map((d) => d.target.externalUserId)).toEqual(["U-INES"]);
    expect(t.channel.direct).toEqual([]);
    const identity = await t.database.db.platformIdentity.findFirstOrThrow({ where: { externalUserId: "U-INES" } });
    expect(identity.directConversationId).toBe("dm-U-INES");
  });

  it("falls back to another running channel when the last one used is not running", async () => {
    const m = await member({
      identities: [
        { channel: "console", user: "ines-console", seen: "2026-11-01T10:00:00Z" },
        { channel: "slack", user: "U-INES", seen: "2026-11-22T10:00:00Z" },
      ],
    });
    expect(await t.outbound.notify(m.id, [reply("Nouvelle mission")])).toEqual({ status: "sent", channel: "console" });
  });

  it("keeps a non-urgent message for the end of the member's quiet hours, then delivers it", async () => {
    const m = await member({ quiet: true });
    const result = await t.outbound.notify(m.id, [reply("Rappel : réunion de bureau jeudi")]);
    expect(result).toEqual({ status: "deferred", until: new Date("2026-11-24T07:00:00Z") }); // 08:00 Paris
    expect(t.channel.direct).toEqual([]);

    t.clock.set("2026-11-24T06:59:00Z");
    expect(await t.scheduler.tick()).toBe(0);
    t.clock.set("2026-11-24T07:00:00Z");
    expect(await t.scheduler.tick()).toBe(1);
    expect(t.channel.direct.map((d) => replyToPlainText(d.replies[0]!))).toEqual(["Rappel : réunion de bureau jeudi"]);
  });

  it("delivers urgent messages even during quiet hours", async () => {
    const m = await member({ quiet: true });
    expect(await t.outbound.notify(m.id, [reply("Urgent")], { urgent: true })).toEqual({
      status: "sent",
      channel: "console",
    });
  });

  it("says a member is unreachable rather than failing", async () => {
    const m = await t.database.db.member.create({ data: { displayName: "Sans compte" } });
    expect(await t.outbound.notify(m.id, [reply("x")])).toEqual({ status: "unreachable", reason: "no-identity" });
    expect(await t.outbound.notify(99_999, [reply("x")])).toEqual({ status: "unreachable", reason: "no-identity" });
    const onSlackOnly = await member({ identities: [{ channel: "slack", user: "U2", seen: "2026-11-01T00:00:00Z" }] });
    expect(await t.outbound.notify(onSlackOnly.id, [reply("x")])).toEqual({
      status: "unreachable",
      reason: "channel-offline",
    });
  });

  it("records a message the platform refuses for good as failed, with the reason, and does not retry it", async () => {
    const m = await member();
    t.channel.refuseFor("ines");
    const result = await t.outbound.notify(m.id, [reply("Nouvelle mission")], { key: "offer:1" });
    expect(result).toEqual({ status: "failed", reason: "ines does not accept direct messages" });
    expect(await t.database.db.delivery.findFirstOrThrow()).toMatchObject({
      status: "failed",
      reason: "ines does not accept direct messages",
    });
    expect(await t.database.db.job.count({ where: { kind: "core.deliver" } })).toBe(0);
    expect(await t.outbound.notify(m.id, [reply("Nouvelle mission")], { key: "offer:1" })).toEqual(result);
  });

  it("sends nothing twice when notified again under the same key, and says what became of the first", async () => {
    const awake = await member();
    expect(await t.outbound.notify(awake.id, [reply("Réponse")], { key: "answer:7", urgent: true })).toMatchObject({
      status: "sent",
    });
    expect(await t.outbound.notify(awake.id, [reply("Réponse")], { key: "answer:7", urgent: true })).toEqual({
      status: "already-sent",
    });
    expect(t.channel.direct).toHaveLength(1);
    const sleeping = await member({
      quiet: true,
      identities: [{ channel: "console", user: "ines-2", seen: "2026-11-20T10:00:00Z" }],
    });
    const first = await t.outbound.notify(sleeping.id, [reply("Rappel")], { key: "reminder:1" });
    expect(await t.outbound.notify(sleeping.id, [reply("Rappel")], { key: "reminder:1" })).toEqual(first);
  });
});
