import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from "@slack/bolt";
import webApi, { type RetryOptions } from "@slack/web-api";
import type { InboundSink } from "../../core/bot.ts";
import {
  type ConversationTarget,
  type IdentityTarget,
  type PostedMessages,
  type PostOptions,
  type SentMessage,
  UndeliverableError,
} from "../../core/outbound-port.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import type { ChannelAdapter } from "../channel.ts";
import { boltLogger } from "./bolt-logger.ts";
import { renderMessage } from "./render/index.ts";
import { registerListeners } from "./slack-listeners.ts";
import { SlackSender } from "./slack-sender.ts";
import type { SlackSettings } from "./slack-settings.ts";
import { SlackUsers } from "./slack-users.ts";

export interface SlackChannelOptions {
  settings: SlackSettings;
  log: Logger;
  /** How the Web API client retries failed calls (default: ten retries in about thirty minutes). */
  retryConfig?: RetryOptions;
  /** Socket Mode's ping timeout, which is also its reconnection delay (default 5 s; tests lower it). */
  clientPingTimeoutMs?: number;
}

/** A message that could not be delivered: the outbound port's delivery job retries it. */
class SlackDeliveryError extends Error {}

/**
 * The Slack channel on Bolt: Socket Mode (no public endpoint needed) or HTTP events, chosen by
 * configuration. Only this folder imports Slack's libraries.
 */
export class SlackChannel implements ChannelAdapter {
  readonly name = "slack" as const;
  private readonly app: App;
  private readonly sender: SlackSender;
  private readonly pending = new Set<Promise<unknown>>();
  private botUserId: string | undefined;
  private server: Server | undefined;

  constructor(private readonly options: SlackChannelOptions) {
    const { settings, log } = options;
    const logger = boltLogger(log);
    // Separate objects: the Socket Mode client writes its own retry policy into the options it gets.
    const clientOptions = () => ({
      ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
      // retryPolicies is not a named export Node's ESM loader can see in this CommonJS package.
      retryConfig: options.retryConfig ?? webApi.retryPolicies.tenRetriesInAboutThirtyMinutes,
    });
    const receiver: Receiver =
      settings.mode === "socket"
        ? new SocketModeReceiver({
            appToken: settings.appToken,
            logger,
            installerOptions: { clientOptions: clientOptions() },
            ...(options.clientPingTimeoutMs ? { clientPingTimeout: options.clientPingTimeoutMs } : {}),
          })
        : new HTTPReceiver({ signingSecret: settings.signingSecret, logger, endpoints: "/slack/events" });
    this.app = new App({ token: settings.botToken, receiver, logger, clientOptions: clientOptions() });
    this.sender = new SlackSender(this.app.client, log);
  }

  /** Port the HTTP receiver listens on (HTTP mode only; 0 in the configuration picks a free one). */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async start(sink: InboundSink): Promise<void> {
    const { settings, log } = this.options;
    registerListeners(this.app, {
      sink,
      sender: this.sender,
      users: new SlackUsers(this.app.client, log),
      log,
      botUserId: () => this.botUserId,
      afterAck: (work) => this.track(work()),
    });
    const auth = await this.app.client.auth.test();
    this.botUserId = auth.user_id;
    const started = await (settings.mode === "http" ? this.app.start(settings.port) : this.app.start());
    if (settings.mode === "http") this.server = started as Server;
    log.info({ mode: settings.mode, team: auth.team_id, port: this.port }, "Slack channel started");
  }

  async stop(): Promise<void> {
    await this.app.stop();
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    const opened = target.directConversationId
      ? { channel: target.directConversationId }
      : await this.sender.openDirect(target.externalUserId);
    const refusedFor = (code: string) => new UndeliverableError(`Slack user ${target.externalUserId}: ${code}`);
    if (opened.refused) throw refusedFor(opened.refused);
    const { channel } = opened;
    if (!channel)
      throw new SlackDeliveryError(`Could not open a direct message with Slack user ${target.externalUserId}`);
    const { delivered, messageIds, refused } = await this.sender.post({ channel }, replies);
    if (refused) throw refusedFor(refused);
    if (!delivered)
      throw new SlackDeliveryError(`Could not deliver a direct message to Slack user ${target.externalUserId}`);
    return { directConversationId: channel, messageIds };
  }

  async postTo(target: ConversationTarget, replies: Reply[], options: PostOptions = {}): Promise<SentMessage> {
    const place = {
      channel: target.conversationId,
      ...(target.threadId ? { threadTs: target.threadId } : {}),
      ...(options.mentions?.length ? { mentions: options.mentions } : {}),
    };
    const { delivered, messageIds } = await this.sender.post(place, replies);
    if (!delivered) throw new SlackDeliveryError(`Could not post to Slack conversation ${target.conversationId}`);
    return { messageIds };
  }

  async edit(posted: PostedMessages, replies: Reply[]): Promise<void> {
    for (const [i, ts] of posted.messageIds.entries()) {
      const message = renderMessage(replies[Math.min(i, replies.length - 1)]!);
      if (!(await this.sender.update(posted.conversationId, ts, message)))
        throw new SlackDeliveryError(`Could not edit Slack message ${ts} in ${posted.conversationId}`);
    }
  }

  /** Work done after an acknowledgement: never an unhandled rejection, and waited for on stop. */
  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) =>
      this.options.log.error({ err: error }, "Slack event handling failed"),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}
