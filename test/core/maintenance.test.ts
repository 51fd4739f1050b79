import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const DAY = 86_400_000;

describe("the nightly maintenance job", () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot({ now: new Date("2026-11-23T10:00:00Z") });
  });
  afterEach(() => t.close());

  it("purges what the bot keeps only for a while, and plans itself again", async () => {
    const { db } = t.database;
    const now = t.clock.now().getTime();
    const member = await db.member.create({ data: { displayName: "x" } });
    await db.processedEvent.createMany({
      data: [
        { key: "old", processedAt: new Date(now - 8 * DAY) },
        { key: "recent", processedAt: new Date(now - DAY) },
      ],
    });
    await db.conversationLog.createMany({
      data: [
        {
          at: new Date(now - 91 * DAY),
          channel: "console",
          conversationKind: "direct",
          eventKind: "text",
          outcome: "answered",
        },
        {
          at: new Date(now - 10 * DAY),
          channel: "console",
          conversationKind: "direct",
          eventKind: "text",
          outcome: "answered",
        },
      ],
    });
    await db.conversationState.create({
      data: {
        channel: "console",
        workspaceId: "w",
        conversationId: "c",
        memberId: member.id,
        step: "x",
        expiresAt: new Date(now - 1),
      },
    });

    await t.scheduler.start();
    t.clock.set("2026-11-24T02:15:00Z"); // 03:15 in Paris
    await t.scheduler.tick();

    expect((await db.processedEvent.findMany()).map((e) => e.key)).toEqual(["recent"]);
    expect(await db.conversationLog.count()).toBe(1);
    expect(await db.conversationState.count()).toBe(0);
    const next = await db.job.findFirstOrThrow({ where: { kind: "core.maintenance", status: "pending" } });
    expect(next.runAt).toEqual(new Date("2026-11-25T02:15:00Z"));
  });

  it("keeps handled event ids and conversation metadata as long as configured", async () => {
    const short = await createTestBot({
      now: new Date("2026-11-23T10:00:00Z"),
      env: { PROCESSED_EVENT_RETENTION_DAYS: "2", CONVERSATION_LOG_RETENTION_DAYS: "5" },
    });
    try {
      const { db } = short.database;
      const now = short.clock.now().getTime();
      await db.processedEvent.createMany({
        data: [1, 3].map((days) => ({ key: `${days} days`, processedAt: new Date(now - days * DAY) })),
      });
      await db.conversationLog.createMany({
        data: [4, 6].map((days) => ({
          at: new Date(now - days * DAY),
          channel: "console" as const,
          conversationKind: "direct",
          eventKind: "text",
          outcome: `${days} days`,
        })),
      });
      await short.scheduler.start();
      short.clock.set("2026-11-24T02:15:00Z");
      await short.scheduler.tick();
      expect((await db.processedEvent.findMany()).map((e) => e.key)).toEqual(["1 days"]);
      expect((await db.conversationLog.findMany()).map((l) => l.outcome)).toEqual(["4 days"]);
    } finally {
      await short.close();
    }
  });
});
