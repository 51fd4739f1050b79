import { afterEach, describe, expect, it } from "vitest";
import { announceToGps, runJobs } from "../../features/announcements/announcement-fixtures.ts";
import { commandFrom } from "../../support/events.ts";
import { blockActionsPayload, DEFAULT_USERS } from "../../support/fake-slack/index.ts";
import { blockText, DEMO, type SlackHarness, startSlackHarness } from "../../support/slack-harness.ts";

const BERNARD = "U0FB";

describe("announcements on Slack", () => {
  let h: SlackHarness;
  afterEach(() => h.stop());

  /** The demo file's GPs of Vitry and Ivry on Slack, the announcement channel #general. */
  async function start() {
    h = await startSlackHarness({
      env: { ANNOUNCEMENT_CHANNELS: `slack:${DEMO.teamId}:${DEMO.channel}` },
      fake: {
        users: [...DEFAULT_USERS, { id: BERNARD, name: "fbernard", realName: "François Bernard" }],
      },
    });
    const db = h.t.database.db;
    for (const [key, user] of [
      ["claire-martin", DEMO.gp],
      ["francois-bernard", BERNARD],
    ] as const) {
      const member = await db.member.update({ where: { key }, data: { preferredChannel: "slack" } });
      await db.platformIdentity.create({
        data: { memberId: member.id, channel: "slack", workspaceId: DEMO.teamId, externalUserId: user },
      });
    }
  }

  it("edits every posted copy, direct messages and the channel's, with chat.update", async () => {
    await start();
    await announceToGps(h.t, { inChannels: true });
    const copies = h.fake.messages().filter((m) => /Admissions HAD/.test(m.text ?? ""));
    expect(copies.map((m) => m.channel).sort()).toEqual([DEMO.channel, "D0FB", "D0GP"]);

    const answer = await h.t.handle(
      commandFrom(
        "director",
        "annonce",
        "modifier 1 Les admissions en HAD passent par la plateforme dès le 2 décembre.",
      ),
    );
    expect(JSON.stringify(answer)).toContain("3 copies mises à jour");
    const updates = h.fake.calls("chat.update");
    expect(updates.map((c) => `${c.body.channel} ${c.body.ts}`).sort()).toEqual(
      copies.map((m) => `${m.channel} ${m.ts}`).sort(),
    );
    for (const m of h.fake.messages().filter((m) => copies.some((c) => c.ts === m.ts))) {
      expect(m.edits).toBe(1);
      expect(blockText(m.message)).toContain("dès le 2 décembre");
    }
    // « Lu ✓ » in the direct messages only: a click in #general would speak for everyone.
    expect(blockText(h.fake.messages("D0GP")[0]!.message)).toContain("Lu ✓");
    expect(blockText(h.fake.messages(DEMO.channel)[0]!.message)).not.toContain("Lu ✓");
  });

  it("mentions in #general a member Slack refuses a direct message to, and counts it", async () => {
    await start();
    h.fake.failNext("conversations.open", "cannot_dm_bot");
    await announceToGps(h.t);
    h.t.clock.advance(11 * 60_000);
    await runJobs(h.t);
    const refused = await h.t.database.db.delivery.findFirstOrThrow({ where: { status: "failed" } });
    expect(refused.reason).toMatch(/cannot_dm_bot/);
    const mention = h.fake.messages(DEMO.channel).find((m) => /<@U0(GP|FB)>/.test(m.text ?? ""))!;
    expect(blockText(mention.message)).toContain("Admissions HAD");
    const stats = JSON.stringify(await h.t.handle(commandFrom("director", "annonce", "stats 1")));
    expect(stats).toContain("1 (dont 1 mentionnés dans le canal d'annonces)");
  });

  it("records « Lu ✓ » clicked on Slack", async () => {
    await start();
    await announceToGps(h.t);
    const posted = h.fake.messages("D0GP")[0]!;
    const button = (
      posted.message.blocks as { elements?: { text: { text: string }; action_id: string; value: string }[] }[]
    )
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === "Lu ✓")!;
    await h.fake.sendEnvelope(
      "interactive",
      blockActionsPayload({ actionId: button.action_id, value: button.value, message: posted.message }),
    );
    await h.fake.waitFor("chat.update", (c) => c.body.ts === posted.ts, 5000);
    const readers = await h.t.database.db.delivery.findMany({
      where: { readAt: { not: null } },
      select: { memberId: true },
    });
    const claire = await h.t.database.db.member.findUniqueOrThrow({ where: { key: "claire-martin" } });
    expect(readers).toEqual([{ memberId: claire.id }]);
  });
});
