import type { WebClient } from "@slack/web-api";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import type { FormCache } from "./form-cache.ts";
import { formKey, renderMessage } from "./render/index.ts";
import { slackErrorCode } from "./slack-users.ts";

/** Where replies go: a Slack conversation, in a thread or not, and who asked (for ephemeral replies). */
export interface SlackPlace {
  channel: string;
  threadTs?: string;
  /** The member who wrote; ephemeral replies in a shared channel are shown to them only. */
  asker?: string;
}

/** A direct-message channel id ("D…"): there, every message is already private. */
export const isDirectChannel = (channel: string) => channel.startsWith("D");

/**
 * Posts the core's replies into Slack. Rate limits are the Web API client's business: it queues
 * calls, honours `Retry-After` and retries, so a burst never loses a message. A failure is logged
 * with Slack's error code and never thrown at the caller's event loop.
 */
export class SlackSender {
  constructor(
    private readonly client: WebClient,
    private readonly forms: FormCache,
    private readonly log: Logger,
  ) {}

  /** Posts each reply; ephemeral ones privately to the asker in shared channels. Returns false if one failed. */
  async post(place: SlackPlace, replies: readonly Reply[]): Promise<boolean> {
    let delivered = true;
    for (const r of replies) {
      const message = this.render(r);
      const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
      const ephemeral = r.visibility === "ephemeral" && place.asker && !isDirectChannel(place.channel);
      delivered &&= await this.call(ephemeral ? "chat.postEphemeral" : "chat.postMessage", () =>
        ephemeral
          ? this.client.chat.postEphemeral({ channel: place.channel, user: place.asker!, ...thread, ...message })
          : this.client.chat.postMessage({ channel: place.channel, ...thread, ...message }),
      );
    }
    return delivered;
  }

  /** Replaces a message the bot posted (a clicked button's message). */
  async update(channel: string, ts: string, reply: Reply): Promise<boolean> {
    return this.updateRaw(channel, ts, this.render(reply));
  }

  /** Replaces a message with already rendered content (e.g. the clicked message without its buttons). */
  async updateRaw(channel: string, ts: string, message: { text: string; blocks: unknown[] }): Promise<boolean> {
    return this.call("chat.update", () =>
      this.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks as never }),
    );
  }

  /** Opens (or finds) the direct-message channel with a user. */
  async directChannel(userId: string): Promise<string | undefined> {
    let channel: string | undefined;
    await this.call("conversations.open", async () => {
      channel = (await this.client.conversations.open({ users: userId })).channel?.id;
    });
    return channel;
  }

  /** Renders a reply and remembers the forms its buttons open. */
  render(reply: Reply): ReturnType<typeof renderMessage> {
    for (const button of reply.buttons ?? [])
      if (button.opensForm) this.forms.remember(formKey(button.opensForm), button.opensForm);
    return renderMessage(reply);
  }

  /** Runs a Web API call; false (logged with Slack's error code) when it fails for good. */
  async call(method: string, run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (error) {
      this.log.error({ err: error, slackError: slackErrorCode(error), method }, "Slack Web API call failed");
      return false;
    }
  }
}
