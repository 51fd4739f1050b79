import { afterEach, describe, expect, it } from "vitest";
import { announceToGps, runJobs } from "../../features/announcements/announcement-fixtures.ts";
import { buttonLabelled, type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { commandFrom } from "../../support/events.ts";
import { DISCORD_DEMO, DISCORD_ERRORS, user } from "../../support/fake-discord/index.ts";

const bernard = user("1200000000000000077", "fbernard", "François Bernard");

describe("announcements on Discord", () => {
  let h: DiscordHarness;
  afterEach(() => h.stop());

  /** The demo file's GPs of Vitry and Ivry on Discord; the guild's channel is the announcement channel. */
  async function start() {
    h = await startDiscordHarness({
      env: { ANNOUNCEMENT_CHANNELS: `discord:${DISCORD_DEMO.guildId}:${DISCORD_DEMO.channelId}` },
      fake: { users: [DISCORD_DEMO.gp, DISCORD_DEMO.coordinator, DISCORD_DEMO.volunteer, bernard] },
    });
    const db = h.t.database.db;
    for (const [key, account] of [
      ["claire-martin", DISCORD_DEMO.gp],
      ["francois-bernard", bernard],
    ] as const) {
      const member = await db.member.update({ where: { key }, data: { preferredChannel: "discord" } });
      await db.platformIdentity.create({
        data: {
          memberId: member.id,
          channel: "discord",
          workspaceId: DISCORD_DEMO.guildId,
          externalUserId: account.id,
        },
      });
    }
  }

  it("reaches the Discord members of its audience in their DMs, and « Lu ✓ » clicked there is recorded", async () => {
    await start();
    await announceToGps(h.t);
    const [toClaire] = h.fake.messages(h.fake.dmChannel(DISCORD_DEMO.gp));
    const [toBernard] = h.fake.messages(h.fake.dmChannel(bernard));
    expect(toClaire?.content).toContain("Admissions HAD");
    expect(toBernard?.content).toContain("Admissions HAD");
    expect(h.fake.messages(h.fake.dmChannel(DISCORD_DEMO.volunteer))).toEqual([]);

    h.fake.click(DISCORD_DEMO.gp, toClaire!, buttonLabelled(toClaire!, /Lu ✓/).customId);
    await h.fake.waitFor("POST /interactions/:id/:token/callback");
    const stats = JSON.stringify(await h.t.handle(commandFrom("director", "annonce", "stats 1")));
    expect(stats).toContain('"label":"Reçue","value":"2"');
    await expect.poll(async () => h.t.database.db.delivery.count({ where: { readAt: { not: null } } })).toBe(1);
  });

  it("mentions in the announcement channel a member whose DMs are closed (50007), and nobody else", async () => {
    await start();
    h.fake.failNext("POST /channels/:id/messages", DISCORD_ERRORS.cannotDm);
    await announceToGps(h.t);
    h.t.clock.advance(11 * 60_000);
    await runJobs(h.t);
    const failed = await h.t.database.db.delivery.findFirstOrThrow({
      where: { status: "failed" },
      include: { member: { include: { identities: true } } },
    });
    const refused = failed.member.identities.find((i) => i.channel === "discord")!.externalUserId;
    const posts = h.fake.posted().filter((p) => p.path.includes(`/channels/${DISCORD_DEMO.channelId}/messages`));
    const mention = posts.find((p) => p.content?.includes(`<@${refused}>`));
    expect(mention?.content).toContain("Admissions HAD");
    expect(mention?.allowed_mentions).toEqual({ parse: [], users: [refused] });
    expect(posts.every((p) => (p.allowed_mentions as { parse: unknown[] }).parse.length === 0)).toBe(true);
  });
});
