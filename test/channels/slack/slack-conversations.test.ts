import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appHomeOpenedEvent,
  blockActionsPayload,
  dmMessageEvent,
  mentionEvent,
  slashCommandPayload,
  threadMessageEvent,
} from "../../support/fake-slack/index.ts";
import {
  blockText,
  DEMO,
  type SlackHarness,
  startSlackHarness,
  submitRequestModal,
} from "../../support/slack-harness.ts";

/** Slack conversations end to end: the real Bolt app in Socket Mode against a local Slack-compatible server. */
describe("the Slack channel, in Socket Mode", () => {
  let h: SlackHarness;
  const toGp = (predicate: (text: string) => boolean) =>
    h.fake.waitFor("chat.postMessage", (c) => c.body.channel === "D0GP" && predicate(blockText(c.body)), 5000);

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    expect(h.fake.lateAcks).toEqual([]);
    await h.stop();
  });

  it("answers a direct message with a Block Kit list of the resources of the commune", async () => {
    const ack = await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "besoin d'une HAD à Ivry" }));
    expect(ack.late).toBe(false);
    const call = await toGp((text) => text.includes("Ivry-sur-Seine"));
    const text = blockText(call.body);
    expect(text).toMatch(/\*Hospitalisation à domicile \(HAD\)\* pour \*Ivry-sur-Seine\*/);
    expect(text).toMatch(/couvre Ivry-sur-Seine/);
    expect(call.body.text).toMatch(/Ivry-sur-Seine/); // the plain-text fallback for notifications
  });

  it("answers a mention in a thread, then the thread's next messages without a mention", async () => {
    const mention = mentionEvent({ text: `<@${DEMO.botUserId}> qui appeler pour un SSIAD à Vitry ?`, user: DEMO.gp });
    await h.fake.sendEnvelope("events_api", mention);
    const threadTs = (mention.event as { ts: string }).ts;
    const answer = await h.fake.waitFor(
      "chat.postMessage",
      (c) => c.body.channel === DEMO.channel && c.body.thread_ts === threadTs,
      5000,
    );
    expect(blockText(answer.body)).toMatch(/Vitry-sur-Seine/);
    await h.fake.sendEnvelope("events_api", threadMessageEvent({ text: "et une HAD ?", threadTs, user: DEMO.gp }));
    await h.fake.waitForCalls("chat.postMessage", 2, (c) => c.body.thread_ts === threadTs, 5000);
  });

  it("does not answer ordinary channel messages", async () => {
    const before = h.fake.calls("chat.postMessage").length;
    await h.fake.sendEnvelope(
      "events_api",
      threadMessageEvent({ text: "la réunion est à 14 h", threadTs: "1700000000.000100", user: DEMO.gp }),
    );
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "bonjour" }));
    await toGp((text) => /Bonjour/.test(text));
    expect(h.fake.calls("chat.postMessage").length).toBe(before + 1);
  });

  it("routes a button click to the core and shows the choice made on the clicked message", async () => {
    await h.fake.sendEnvelope(
      "events_api",
      dmMessageEvent({ text: "qui appeler pour des soins palliatifs à domicile ?" }),
    );
    const question = await toGp((text) => text.includes("Dans quelle commune"));
    const posted = h.fake.messages("D0GP").find((m) => m.ts === question.response?.ts)!;
    // The GP's own commune is the first choice offered.
    const vitry = (
      question.body.blocks as {
        type: string;
        elements?: { text: { text: string }; action_id: string; value: string }[];
      }[]
    )
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === "Vitry-sur-Seine")!;
    await h.fake.sendEnvelope(
      "interactive",
      blockActionsPayload({ actionId: vitry.action_id, value: vitry.value, message: posted.message }),
    );
    const update = await h.fake.waitFor("chat.update", (c) => c.body.ts === posted.ts, 5000);
    expect(blockText(update.body)).toMatch(/✓/);
    await toGp((text) => /Équipe mobile de soins palliatifs \(EMSP\)\* pour \*Vitry-sur-Seine/.test(text));
  });

  it("answers /reseau aide ephemerally, to the one who typed it", async () => {
    const payload = slashCommandPayload({
      command: "/reseau",
      text: "aide",
      channel: DEMO.channel,
      response_url: h.fake.responseUrl("help"),
    });
    await h.fake.sendEnvelope("slash_commands", payload);
    const response = await h.fake.waitForResponse("help", undefined, 5000);
    expect(response.body.response_type).toBe("ephemeral");
    expect(blockText(response.body)).toMatch(/Voici ce que je sais faire pour vous/);
  });

  it("links a Slack user to the imported member with the same e-mail", async () => {
    const members = await h.t.database.db.member.findMany({
      where: { email: "claire.martin@example.org" },
      include: { identities: true },
    });
    expect(members).toHaveLength(1);
    expect(members[0]!.identities.map((i) => `${i.channel}:${i.workspaceId}:${i.externalUserId}`)).toContain(
      `slack:${DEMO.teamId}:${DEMO.gp}`,
    );
  });

  it("shows open requests and upcoming trainings on the App Home", async () => {
    await h.fake.sendEnvelope("events_api", appHomeOpenedEvent({ user: DEMO.gp }));
    const publish = await h.fake.waitFor("views.publish", (c) => c.body.user_id === DEMO.gp, 5000);
    const view = publish.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(blockText(view as never)).toMatch(/Vos demandes à la coordination[\s\S]*Prochaines formations/);
  });

  it("opens the coordination request as a modal and creates the request from its submission", async () => {
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "j'ai besoin de la coordination pour un patient" }));
    const question = await toGp((text) => text.includes("De quel type d'appui"));
    await submitRequestModal(h, question, {
      summary: "retour à domicile, aidant épuisé <!channel>",
      need: "home_care",
      commune: "94041",
      urgency: "within_week",
    });
    await toGp((text) => /Demande \*n°\d+\* transmise/.test(text));
    const request = await h.t.database.db.coordinationRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(request).toMatchObject({
      needType: "home_care",
      communeCode: "94041",
      urgency: "within_week",
      sourceChannel: "slack",
    });
  });

  it("never lets a member's text post a mass mention: an echoed <!channel> is escaped", async () => {
    const request = await h.t.database.db.coordinationRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    await h.fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({
        command: "/repondre",
        text: `${request.id} <!channel> rappel de la famille demain`,
        user: DEMO.coordinator,
        response_url: h.fake.responseUrl("answer"),
      }),
    );
    await h.fake.waitForResponse("answer", undefined, 5000);
    const answer = await toGp((text) => text.includes("rappel de la famille demain"));
    const everything = JSON.stringify(answer.body);
    expect(everything).not.toContain("<!channel>");
    expect(blockText(answer.body)).toContain("&lt;!channel&gt;");
  });
});
