import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySlackRequest } from "@slack/bolt";
import { SocketModeClient } from "@slack/socket-mode";
import type { Logger } from "@slack/web-api";
import { LogLevel, WebClient, WebClientEvent } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { FakeSlackOptions } from "./fake-slack/index.ts";
import {
  blockActionsPayload,
  DEMO,
  dmMessageEvent,
  FakeSlack,
  interactionBody,
  signedRequest,
  slashCommandBody,
  slashCommandPayload,
  viewSubmissionPayload,
} from "./fake-slack/index.ts";

/** Fast retries: the WebClient's default retries for about 30 minutes. */
const FAST_RETRIES = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 };

const cleanups: (() => Promise<void>)[] = [];

/** What the Slack libraries log at warn and error, kept out of the test output. */
const logged: string[] = [];
const quietLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...message) => void logged.push(`warn ${message.join(" ")}`),
  error: (...message) => void logged.push(`error ${message.join(" ")}`),
  setLevel: () => undefined,
  getLevel: () => LogLevel.WARN,
  setName: () => undefined,
};

afterEach(async () => {
  // Clients first: a Socket Mode client whose server vanishes keeps trying to reconnect.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startFake(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = await FakeSlack.start(options);
  cleanups.push(() => fake.stop());
  return fake;
}

function webClient(fake: FakeSlack, token = fake.botToken): WebClient {
  return new WebClient(token, { slackApiUrl: fake.apiUrl, retryConfig: FAST_RETRIES, logger: quietLogger });
}

/** A started SocketModeClient; `clientPingTimeout` also sets its reconnection delay (default 5 s). */
async function socketClient(fake: FakeSlack): Promise<SocketModeClient> {
  const client = new SocketModeClient({
    appToken: fake.appToken,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: FAST_RETRIES },
    clientPingTimeout: 300,
    logger: quietLogger,
  });
  cleanups.push(() => client.disconnect());
  await client.start();
  return client;
}

function slackError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

describe("FakeSlack Web API, driven by the real WebClient", () => {
  it("answers auth.test with the bot's identity", async () => {
    const fake = await startFake();
    const result = await webClient(fake).auth.test();
    expect(result).toMatchObject({ ok: true, team_id: DEMO.teamId, user_id: DEMO.botUserId, bot_id: DEMO.botId });
    expect(result.url).toMatch(/^https:\/\//);
  });

  it("records a post with its blocks decoded from the form body, and posts to a user in their DM", async () => {
    const fake = await startFake();
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "Bonjour *Claire*" } }];
    const first = await webClient(fake).chat.postMessage({ channel: DEMO.gp, text: "Bonjour", blocks });
    const second = await webClient(fake).chat.postMessage({ channel: "C0GENERAL", text: "Suite" });

    expect(first).toMatchObject({ ok: true, channel: "D0GP", message: { text: "Bonjour", user: DEMO.botUserId } });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const [call] = fake.calls("chat.postMessage");
    expect(call?.body).toMatchObject({ channel: DEMO.gp, text: "Bonjour", blocks });
    expect(call?.body).not.toHaveProperty("token");
    expect(fake.messages("D0GP")).toHaveLength(1);
  });

  it("accepts a JSON body as well as a form body", async () => {
    const fake = await startFake();
    const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: { authorization: `Bearer ${fake.botToken}`, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ channel: "D0GP", text: "En JSON", blocks: [{ type: "divider" }] }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: "D0GP" });
    expect(fake.calls("chat.postMessage")[0]?.body.blocks).toEqual([{ type: "divider" }]);
  });

  it("updates a posted message and refuses to update one it never posted", async () => {
    const fake = await startFake();
    const client = webClient(fake);
    const posted = await client.chat.postMessage({ channel: "D0GP", text: "Mission proposée" });
    await client.chat.update({ channel: "D0GP", ts: posted.ts!, text: "Mission acceptée" });

    expect(fake.messages("D0GP")).toMatchObject([{ text: "Mission acceptée", edits: 1 }]);
    await expect(client.chat.update({ channel: "D0GP", ts: "1.000001", text: "?" })).rejects.toSatisfy(
      (error) => slackError(error) === "message_not_found",
    );
  });

  it("gives a user's e-mail only when granted users:read.email", async () => {
    const withEmail = await startFake();
    const withoutEmail = await startFake({ scopes: ["chat:write", "users:read", "im:write"] });

    const granted = await webClient(withEmail).users.info({ user: DEMO.gp });
    const refused = await webClient(withoutEmail).users.info({ user: DEMO.gp });

    expect(granted.user).toMatchObject({
      id: DEMO.gp,
      real_name: "Claire Martin",
      profile: { email: "claire.martin@example.org" },
    });
    expect(refused.user?.profile?.email).toBeUndefined();
    expect(refused.user?.profile?.display_name).toBe("Dr Claire Martin");
  });

  it("opens the same DM channel for a user every time", async () => {
    const fake = await startFake();
    const client = webClient(fake);
    const first = await client.conversations.open({ users: DEMO.coordinator });
    const second = await client.conversations.open({ users: DEMO.coordinator });
    expect(first.channel?.id).toBe("D0COORD");
    expect(second.channel?.id).toBe("D0COORD");
  });

  it("refuses an invalid token, and an app token where a bot token is needed", async () => {
    const fake = await startFake();
    const send = (token: string) => webClient(fake, token).chat.postMessage({ channel: "D0GP", text: "x" });

    await expect(send("xoxb-not-the-bot")).rejects.toSatisfy((error) => slackError(error) === "invalid_auth");
    await expect(send(fake.appToken)).rejects.toSatisfy((error) => slackError(error) === "not_allowed_token_type");
    expect(fake.messages()).toHaveLength(0);
  });

  it("serves a 429 with Retry-After that the WebClient retries, and the message arrives once", async () => {
    const fake = await startFake();
    fake.rateLimit("chat.postMessage", { first: 1, retryAfterSeconds: 0 });
    const client = webClient(fake);
    const rateLimitedEvents: number[] = [];
    client.on(WebClientEvent.RATE_LIMITED, (seconds: number) => rateLimitedEvents.push(seconds));

    const result = await client.chat.postMessage({ channel: "D0GP", text: "Rappel de garde" });

    expect(result.ok).toBe(true);
    expect(rateLimitedEvents).toEqual([0]);
    expect(fake.rateLimited("chat.postMessage")).toBe(1);
    expect(fake.calls("chat.postMessage")).toHaveLength(1);
    expect(fake.messages()).toHaveLength(1);
  });

  it("rate-limits every n-th call, or as a function decides", async () => {
    const fake = await startFake();
    fake.rateLimit("users.info", { every: 2, retryAfterSeconds: 0 });
    fake.rateLimit("conversations.open", ({ args }) => (args.users === DEMO.coordinator ? 0 : undefined));
    const client = new WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      rejectRateLimitedCalls: true,
      logger: quietLogger,
    });

    await client.users.info({ user: DEMO.gp });
    await expect(client.users.info({ user: DEMO.gp })).rejects.toMatchObject({
      code: "slack_webapi_rate_limited_error",
    });
    await client.conversations.open({ users: DEMO.gp });
    await expect(client.conversations.open({ users: DEMO.coordinator })).rejects.toMatchObject({ retryAfter: 0 });
    expect(fake.rateLimited()).toBe(2);
  });

  it("answers the next call with a queued error, then serves again", async () => {
    const fake = await startFake();
    fake.failNext("chat.postMessage", "channel_not_found");
    const client = webClient(fake);

    await expect(client.chat.postMessage({ channel: "D0GP", text: "x" })).rejects.toSatisfy(
      (error) => slackError(error) === "channel_not_found",
    );
    await expect(client.chat.postMessage({ channel: "D0GP", text: "x" })).resolves.toMatchObject({ ok: true });
  });

  it("refuses a modal whose title Slack would find too long", async () => {
    const fake = await startFake();
    const view = { type: "modal", title: { type: "plain_text", text: "Demande de remplacement urgent" }, blocks: [] };
    await expect(webClient(fake).views.open({ trigger_id: "1.2.3", view: view as never })).rejects.toSatisfy(
      (error) => slackError(error) === "invalid_arguments",
    );
    const [call] = fake.calls("views.open");
    expect(call?.response.response_metadata).toEqual({
      messages: ["[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"],
    });
  });

  it("refuses a section text over Slack's 3,000 characters, naming the field", async () => {
    const fake = await startFake();
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } }];
    await expect(webClient(fake).chat.postMessage({ channel: "D0GP", text: "long", blocks })).rejects.toMatchObject({
      data: {
        error: "invalid_blocks",
        response_metadata: {
          messages: ["[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"],
        },
      },
    });
  });

  it("publishes an App Home view", async () => {
    const fake = await startFake();
    const result = await webClient(fake).views.publish({
      user_id: DEMO.gp,
      view: { type: "home", blocks: [{ type: "divider" }] },
    });
    expect(result.view).toMatchObject({ type: "home", id: expect.stringMatching(/^V/) });
  });

  it("resolves waitFor when the call arrives later, without sleeping", async () => {
    const fake = await startFake();
    const waiting = fake.waitFor("chat.postEphemeral", (call) => call.body.user === DEMO.gp);
    const result = await webClient(fake).chat.postEphemeral({
      channel: "C0GENERAL",
      user: DEMO.gp,
      text: "Pour vous seul",
    });
    await expect(waiting).resolves.toMatchObject({ method: "chat.postEphemeral", body: { text: "Pour vous seul" } });
    expect(result.message_ts).toMatch(/^\d+\.\d{6}$/);
  });

  it("records what the bot posts to a response_url", async () => {
    const fake = await startFake();
    await fetch(fake.responseUrl("cmd-1"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Commande reçue", response_type: "ephemeral" }),
    });
    await expect(fake.waitForResponse("cmd-1")).resolves.toMatchObject({
      body: { text: "Commande reçue" },
      accepted: true,
    });
  });

  it("takes a file uploaded with files.uploadV2 in its three steps and shares it in the DM", async () => {
    const fake = await startFake();
    const client = webClient(fake);
    const dm = await client.conversations.open({ users: DEMO.gp });
    const result = await client.filesUploadV2({
      channel_id: dm.channel!.id!,
      file: Buffer.from('{"nom": "Claire Martin"}', "utf8"),
      filename: "mes-donnees.json",
      title: "Vos données",
    });
    expect(result.ok).toBe(true);
    expect(fake.calls().map((c) => c.method)).toEqual([
      "conversations.open",
      "files.getUploadURLExternal",
      "files.completeUploadExternal",
    ]);
    expect(fake.files()).toEqual([
      {
        id: expect.stringMatching(/^F0/),
        channel: "D0GP",
        filename: "mes-donnees.json",
        title: "Vos données",
        content: '{"nom": "Claire Martin"}',
      },
    ]);
  });

  it("refuses to share a file that was never uploaded, and an upload without files:write", async () => {
    const fake = await startFake();
    const client = webClient(fake);
    const { file_id } = await client.files.getUploadURLExternal({ filename: "x.json", length: 2 });
    await expect(
      client.files.completeUploadExternal({ files: [{ id: file_id! }], channel_id: "D0GP" }),
    ).rejects.toMatchObject({ data: { error: "file_upload_incomplete" } });
    const narrow = await startFake({ scopes: ["chat:write"] });
    await expect(webClient(narrow).files.getUploadURLExternal({ filename: "x.json", length: 2 })).rejects.toMatchObject(
      {
        data: { error: "missing_scope", needed: "files:write" },
      },
    );
  });
});

describe("FakeSlack Socket Mode, driven by the real SocketModeClient", () => {
  it("says hello, delivers an envelope to slack_event and records the ack with its latency", async () => {
    const fake = await startFake();
    const client = await socketClient(fake);
    const received: { type: string; body: Record<string, unknown>; retryNum: unknown }[] = [];
    client.on("slack_event", async ({ ack, type, body, retry_num }) => {
      received.push({ type, body, retryNum: retry_num });
      await ack();
    });

    const event = dmMessageEvent({ text: "Bonjour" });
    const ack = await fake.sendEnvelope("events_api", event);

    expect(fake.connections).toBe(1);
    expect(fake.calls("apps.connections.open")).toHaveLength(1);
    expect(received).toEqual([{ type: "events_api", body: event, retryNum: 0 }]);
    expect(ack).toMatchObject({ envelopeId: expect.any(String), payload: {}, late: false });
    expect(ack.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.lateAcks).toEqual([]);
  });

  it("flags an ack that comes after the deadline", async () => {
    const fake = await startFake({ ackDeadlineMs: 40 });
    const client = await socketClient(fake);
    client.on("slack_event", ({ ack }) => {
      setTimeout(() => void ack(), 80); // the bot under test acking too late
    });

    const ack = await fake.sendEnvelope("events_api", dmMessageEvent({ text: "Lent" }));

    expect(ack.late).toBe(true);
    expect(fake.lateAcks).toHaveLength(1);
    expect(fake.lateAcks[0]).toMatchObject({ code: "slack.late_ack", envelopeId: ack.envelopeId, deadlineMs: 40 });
  });

  it("redelivers the same event in a new envelope with retry_attempt and retry_reason", async () => {
    const fake = await startFake();
    const client = await socketClient(fake);
    const deliveries: { eventId: unknown; retryNum: unknown; retryReason: unknown }[] = [];
    client.on("slack_event", async ({ ack, body, retry_num, retry_reason }) => {
      deliveries.push({ eventId: body.event_id, retryNum: retry_num, retryReason: retry_reason });
      await ack();
    });
    const event = dmMessageEvent({ text: "Encore", eventId: "Ev0SAME" });

    const first = await fake.sendEnvelope("events_api", event);
    const retry = await fake.sendEnvelope("events_api", event, { retryAttempt: 1, retryReason: "timeout" });

    expect(retry.envelopeId).not.toBe(first.envelopeId);
    expect(deliveries).toEqual([
      { eventId: "Ev0SAME", retryNum: 0, retryReason: "" },
      { eventId: "Ev0SAME", retryNum: 1, retryReason: "timeout" },
    ]);
  });

  it("passes the payload a slash command or a view submission is acked with", async () => {
    const fake = await startFake();
    const client = await socketClient(fake);
    const accepts: unknown[] = [];
    client.on("slack_event", async ({ ack, type, accepts_response_payload }) => {
      accepts.push(accepts_response_payload);
      await ack(type === "slash_commands" ? { text: "Commande reçue" } : { response_action: "clear" });
    });

    const command = await fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({ command: "/garde", text: "demain" }),
    );
    const submission = await fake.sendEnvelope("interactive", viewSubmissionPayload({ callbackId: "mission:new" }));

    expect(command.payload).toEqual({ text: "Commande reçue" });
    expect(submission.payload).toEqual({ response_action: "clear" });
    expect(accepts).toEqual([true, true]);
  });

  it("lets a button click on a posted message update that message", async () => {
    const fake = await startFake();
    const client = await socketClient(fake);
    const web = webClient(fake);
    client.on("slack_event", async ({ ack, body }) => {
      await ack();
      const { channel_id, message_ts } = body.container as { channel_id: string; message_ts: string };
      await web.chat.update({ channel: channel_id, ts: message_ts, text: "Mission acceptée" });
    });
    await web.chat.postMessage({ channel: DEMO.gp, text: "Mission proposée" });
    const [offer] = fake.messages("D0GP");

    await fake.sendEnvelope(
      "interactive",
      blockActionsPayload({ actionId: "missions:accept:42", message: offer!.message }),
    );
    await fake.waitFor("chat.update");

    expect(fake.messages("D0GP")).toMatchObject([{ text: "Mission acceptée", edits: 1 }]);
  });

  it("sees the client reconnect after a refresh_requested disconnect, then delivers again", async () => {
    const fake = await startFake();
    const client = await socketClient(fake);
    client.on("slack_event", ({ ack }) => void ack());

    await fake.disconnect("refresh_requested");
    await fake.waitForConnection(2);

    expect(fake.calls("apps.connections.open")).toHaveLength(2);
    await expect(fake.sendEnvelope("events_api", dmMessageEvent({ text: "Après" }))).resolves.toMatchObject({
      late: false,
    });
  });

  it("sees the client reconnect after its socket is dropped", async () => {
    const fake = await startFake();
    await socketClient(fake);

    await fake.disconnect("close");
    await fake.waitForConnection(2);

    expect(fake.connections).toBe(2);
  });

  it("refuses a Socket Mode URL used twice, and apps.connections.open with a bot token", async () => {
    const fake = await startFake();
    const opened = await webClient(fake, fake.appToken).apps.connections.open({});
    const first = new WebSocket(opened.url!);
    const hello = await new Promise<string>((resolve) => first.once("message", (data) => resolve(String(data))));
    const second = new WebSocket(opened.url!);
    const refusal = await new Promise<string>((resolve) => second.once("error", (error) => resolve(error.message)));
    first.close();

    expect(JSON.parse(hello)).toMatchObject({ type: "hello", connection_info: { app_id: DEMO.appId } });
    expect(refusal).toMatch(/401/);
    await expect(webClient(fake).apps.connections.open({})).rejects.toSatisfy(
      (error) => slackError(error) === "not_allowed_token_type",
    );
  });
});

describe("signedRequest, checked by Bolt's own verifier", () => {
  async function receiver(): Promise<{ url: string; verdicts: string[] }> {
    const verdicts: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        try {
          verifySlackRequest({
            signingSecret: "le-secret",
            body: Buffer.concat(chunks).toString("utf8"),
            headers: {
              "x-slack-signature": String(req.headers["x-slack-signature"]),
              "x-slack-request-timestamp": Number(req.headers["x-slack-request-timestamp"]),
            },
          });
          verdicts.push(`valid retry=${req.headers["x-slack-retry-num"] ?? "-"}`);
          res.writeHead(200).end();
        } catch {
          verdicts.push("invalid");
          res.writeHead(401).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, verdicts };
  }

  it("signs events, commands and interactions as Slack does, and a wrong secret fails", async () => {
    const { url, verdicts } = await receiver();

    await signedRequest(url, dmMessageEvent({ text: "Bonjour" }), { signingSecret: "le-secret", retryNum: 1 });
    await signedRequest(url, slashCommandBody(slashCommandPayload({ command: "/garde" })), {
      signingSecret: "le-secret",
    });
    await signedRequest(url, interactionBody(viewSubmissionPayload({ callbackId: "x" })), {
      signingSecret: "le-secret",
    });
    const forged = await signedRequest(url, "command=%2Fgarde", { signingSecret: "pas-le-secret" });

    expect(verdicts).toEqual(["valid retry=1", "valid retry=-", "valid retry=-", "invalid"]);
    expect(forged.status).toBe(401);
  });

  it("refuses to send anywhere but the loopback interface", async () => {
    await expect(signedRequest("https://example.org/slack/events", {}, { signingSecret: "s" })).rejects.toThrow(
      /loopback/,
    );
  });
});
