import { pino } from "pino";
import { SlackChannel } from "../../src/channels/slack/slack-channel.ts";
import type { SlackSettings } from "../../src/channels/slack/slack-settings.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { type RunningChannel, runChannel } from "./channel-harness.ts";
import {
  blockActionsPayload,
  DEMO,
  FakeSlack,
  type FakeSlackOptions,
  type RecordedCall,
  viewSubmissionPayload,
} from "./fake-slack/index.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "./test-bot.ts";

export interface SlackHarness extends RunningChannel<SlackChannel> {
  fake: FakeSlack;
  t: TestBot;
  config: SlackSettings;
}

export interface SlackHarnessOptions extends Omit<TestBotOptions, "features"> {
  mode?: "socket" | "http";
  fake?: FakeSlackOptions;
  signingSecret?: string;
  /**
   * Socket Mode's ping timeout, which is also its reconnection delay. Short only where a test makes
   * Slack drop the socket: under load a short one makes the client reconnect on its own, and a
   * reconnection cut by the test's end rejects inside the library, where nothing can catch it.
   */
  clientPingTimeoutMs?: number;
}

export const SIGNING_SECRET = "test-signing-secret-0123456789";

/**
 * The real Slack channel on Bolt, against a local Slack-compatible server, on the real core with the
 * installed features, the trained model and the fictional demo network. The coordinator of the fake
 * workspace is made a coordinator of the network.
 */
export async function startSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const fake = await FakeSlack.start({ ackDeadlineMs: 3000, ...options.fake });
  const t = await createTestBot({ classifier: "trained", ...options, features });
  await seedDemo(t.services);
  await t.database.db.member.create({
    data: {
      displayName: "Paul Durand",
      status: "active",
      email: "paul.durand@example.org",
      roles: { create: [{ role: "coordinator" }] },
    },
  });
  const config: SlackSettings =
    options.mode === "http"
      ? {
          mode: "http",
          botToken: fake.botToken,
          apiUrl: fake.apiUrl,
          signingSecret: options.signingSecret ?? SIGNING_SECRET,
          port: 0,
        }
      : { mode: "socket", botToken: fake.botToken, apiUrl: fake.apiUrl, appToken: fake.appToken };
  const make = () =>
    new SlackChannel({
      settings: config,
      log: options.log ?? pino({ level: "silent" }),
      retryConfig: { retries: 5, factor: 1, minTimeout: 5, maxTimeout: 20 },
      clientPingTimeoutMs: options.clientPingTimeoutMs ?? 5000,
    });
  // Object.assign keeps the running channel's getter: `channel` is the new one after a restart.
  return Object.assign(await runChannel(t, fake, make), { fake, t, config });
}

/** The text of every block of a recorded Slack message, for assertions on what the member reads. */
export function blockText(body: Record<string, unknown>): string {
  const blocks = (body.blocks ?? []) as Record<string, unknown>[];
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.text === "string") texts.push(record.text);
      for (const value of Object.values(record)) if (typeof value === "object") visit(value);
    }
  };
  visit(blocks);
  return texts.join("\n");
}

export { DEMO };

/** What a member fills in the coordination request's modal. */
export interface RequestModalAnswers {
  summary: string;
  need: string;
  commune: string;
  urgency: string;
}

/**
 * Clicks the "fill it all in at once" button of a posted message, waits for the modal and submits it
 * with these answers, as a member would in Slack.
 */
export async function submitRequestModal(h: SlackHarness, posted: RecordedCall, answers: RequestModalAnswers) {
  const button = (posted.body.blocks as { elements?: { action_id: string; value: string }[] }[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id.startsWith("form:"));
  if (!button) throw new Error(`no form button in: ${blockText(posted.body)}`);
  const before = h.fake.calls("views.open").length;
  await h.fake.sendEnvelope("interactive", blockActionsPayload({ actionId: button.action_id, value: button.value }));
  await h.fake.waitForCalls("views.open", before + 1, undefined, 5000);
  const view = h.fake.calls("views.open").at(-1)!.body.view as { callback_id: string; private_metadata: string };
  const select = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });
  await h.fake.sendEnvelope(
    "interactive",
    viewSubmissionPayload({
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        summary: { value: { type: "plain_text_input", value: answers.summary } },
        need: select(answers.need),
        commune: select(answers.commune),
        urgency: select(answers.urgency),
        callback: { value: { type: "plain_text_input", value: "" } },
      },
    }),
  );
}
