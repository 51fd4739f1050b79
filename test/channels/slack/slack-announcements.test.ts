import { afterEach, describe, expect, it } from "vitest";
import { announceToGps, runJobs } from "../../features/announcements/announcement-fixtures.ts";
import { commandFrom } from "../../support/events.ts";
import {
  blockActionsPayload,
  DEFAULT_USERS,
  slashCommandPayload,
  viewSubmissionPayload,
} from "../../support/fake-slack/index.ts";
import { blockText, DEMO, type SlackHarness, startSlackHarness } from "../../support/slack-harness.ts";

const BERNARD = "U0FB";

interface Element {
  action_id: string;
  value: string;
  text?: { text: string };
  url?: string;
}
const elementsOf = (body: Record<string, unknown>): Element[] =>
  ((body.blocks ?? []) as { elements?: Element[] }[]).flatMap((b) => b.elements ?? []).filter((e) => e.action_id);

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

  it("lets a coordinator write it in a Slack modal and send it from the preview", async () => {
    await start();
    const coordinator = DEMO.coordinator;
    await h.fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({
        command: "/annonce",
        text: "",
        user: coordinator,
        response_url: h.fake.responseUrl("ann"),
      }),
    );
    const asked = await h.fake.waitForResponse("ann", undefined, 5000);
    const formButton = elementsOf(asked.body).find((e) => e.action_id.startsWith("form:"))!;
    await h.fake.sendEnvelope(
      "interactive",
      blockActionsPayload({ actionId: formButton.action_id, value: formButton.value, user: coordinator }),
    );
    const opened = await h.fake.waitFor("views.open", undefined, 5000);
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    const input = (value: string) => ({ value: { type: "plain_text_input", value } });
    await h.fake.sendEnvelope(
      "interactive",
      viewSubmissionPayload({
        user: coordinator,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          title: input("Admissions HAD"),
          body: input("Les admissions en HAD passent par la plateforme.\nbouton : Le détail https://example.org/had"),
          audience: input("les médecins généralistes de Vitry et d'Ivry"),
          when: input("maintenant"),
        },
      }),
    );
    const preview = await h.fake.waitFor(
      "chat.postMessage",
      (c) => /Vérifiez avant d'envoyer/.test(blockText(c.body)),
      5000,
    );
    expect(blockText(preview.body)).toContain("2 membres");
    const posted = h.fake.messages().find((m) => m.ts === preview.response?.ts)!;
    const sendButton = elementsOf(preview.body).find((e) => e.text?.text === "Envoyer")!;
    await h.fake.sendEnvelope(
      "interactive",
      blockActionsPayload({
        actionId: sendButton.action_id,
        value: sendButton.value,
        user: coordinator,
        message: posted.message,
      }),
    );
    await h.fake.waitFor("chat.postMessage", (c) => /en cours d'envoi/.test(blockText(c.body)), 5000);
    await runJobs(h.t);
    // Besides the preview in the coordinator's own conversation, the two GPs' direct messages.
    const reached = h.fake.messages().filter((m) => /Admissions HAD/.test(m.text ?? "") && m.channel !== "D0COORD");
    expect(reached.map((m) => m.channel).sort()).toEqual(["D0FB", "D0GP"]);
    // The author's button opens its page; « Lu ✓ » is the bot's.
    const buttons = elementsOf(reached[0]!.message).map((e) => [e.text?.text, e.url ?? "action"]);
    expect(buttons).toEqual([
      ["Lu ✓", "action"],
      ["Le détail", "https://example.org/had"],
    ]);
    // Slack tells the app of a click on a link button too: it is acknowledged, and nothing more.
    const link = elementsOf(reached[0]!.message).find((e) => e.url)!;
    const before = h.fake.calls("chat.postMessage").length;
    const ack = await h.fake.sendEnvelope(
      "interactive",
      blockActionsPayload({ actionId: link.action_id, value: "", user: DEMO.gp, message: reached[0]!.message }),
    );
    expect(ack.late).toBe(false);
    expect(h.fake.calls("chat.postMessage")).toHaveLength(before);
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
