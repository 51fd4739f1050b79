import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dmMessageEvent,
  signedRequest,
  slashCommandBody,
  slashCommandPayload,
} from "../../support/fake-slack/index.ts";
import { blockText, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "../../support/slack-harness.ts";

/** The HTTP events transport, for hosted deployments with a public HTTPS endpoint. */
describe("the Slack channel over HTTP", () => {
  let h: SlackHarness;
  let url: string;
  beforeAll(async () => {
    h = await startSlackHarness({ mode: "http" });
    url = `http://127.0.0.1:${h.channel.port}/slack/events`;
  });
  afterAll(() => h.stop());

  it("acknowledges a signed event at once and answers it", async () => {
    const response = await signedRequest(url, dmMessageEvent({ text: "bonjour" }), { signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    await h.fake.waitFor("chat.postMessage", (c) => blockText(c.body).includes("Bonjour"), 5000);
  });

  it("answers an event once when Slack retries it", async () => {
    const event = dmMessageEvent({ text: "aide" });
    for (const retryNum of [undefined, 1, 2]) {
      const response = await signedRequest(url, event, {
        signingSecret: SIGNING_SECRET,
        ...(retryNum ? { retryNum, retryReason: "http_timeout" } : {}),
      });
      expect(response.status).toBe(200);
    }
    await signedRequest(url, dmMessageEvent({ text: "merci" }), { signingSecret: SIGNING_SECRET });
    await h.fake.waitFor(
      "chat.postMessage",
      (c) => !/Voici ce que je sais faire|Bonjour/.test(blockText(c.body)),
      5000,
    );
    const helps = h.fake
      .calls("chat.postMessage")
      .filter((c) => blockText(c.body).includes("Voici ce que je sais faire"));
    expect(helps).toHaveLength(1);
  });

  it("refuses a request signed with a wrong secret: 401, and no handler runs", async () => {
    const before = h.fake.calls().length;
    const forged = await signedRequest(url, dmMessageEvent({ text: "c'est quoi le réseau ?" }), {
      signingSecret: "not-the-secret-0000000000",
    });
    expect(forged.status).toBe(401);
    const command = slashCommandBody(
      slashCommandPayload({ command: "/reseau", text: "c'est quoi le réseau ?" }) as Record<string, string>,
    );
    expect((await signedRequest(url, command, { signingSecret: "not-the-secret-0000000000" })).status).toBe(401);
    // A genuine message after them is answered; nothing was answered for the forged ones.
    await signedRequest(url, dmMessageEvent({ text: "numéro de la coordination" }), { signingSecret: SIGNING_SECRET });
    await h.fake.waitFor("chat.postMessage", (c) => blockText(c.body).includes("01 99 00 10 00"), 5000);
    const after = h.fake.calls().slice(before);
    expect(after.some((c) => blockText(c.body).includes("ville–hôpital"))).toBe(false);
    expect(h.fake.responses()).toEqual([]);
  });

  it("refuses a replayed request older than five minutes", async () => {
    const old = Math.floor(Date.now() / 1000) - 600;
    expect(
      (await signedRequest(url, dmMessageEvent({ text: "bonjour" }), { signingSecret: SIGNING_SECRET, timestamp: old }))
        .status,
    ).toBe(401);
  });
});
