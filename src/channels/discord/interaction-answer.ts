import { MessageFlags } from "discord.js";
import { CALLBACK, type DiscordSender, type InteractionRef } from "./discord-sender.ts";
import type { DiscordMessage } from "./render/index.ts";

const withEphemeral = (message: DiscordMessage, ephemeral: boolean): DiscordMessage =>
  ephemeral ? { ...message, flags: message.flags | MessageFlags.Ephemeral } : message;

/**
 * Answers one interaction within Discord's 3 seconds: when the bot's work takes longer than
 * `deferAfterMs`, it acknowledges first (a deferral: "the bot is thinking", or nothing visible for a
 * click) and answers after. Every answer after the first is a follow-up.
 */
export class InteractionAnswer {
  private state: "waiting" | "deferred" | "answered" = "waiting";

  constructor(
    private readonly sender: DiscordSender,
    private readonly interaction: InteractionRef,
    private readonly deferAfterMs: number,
  ) {}

  /**
   * The work's result; if it is slower than `deferAfterMs`, the interaction is deferred meanwhile: as a
   * reply to come (a command: `ephemeral` says whether only the member will see it) or as an update
   * (a click or a form: the answers follow).
   */
  async within<T>(work: Promise<T>, deferral: { kind: "reply"; ephemeral: boolean } | { kind: "update" }): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), this.deferAfterMs);
    });
    const first = await Promise.race([work.then(() => "done" as const), late]);
    clearTimeout(timer);
    if (first === "late") {
      this.state = "deferred";
      if (deferral.kind === "reply") {
        const flags = deferral.ephemeral ? MessageFlags.Ephemeral : 0;
        await this.sender.callback(this.interaction, CALLBACK.deferredMessage, { flags });
      } else {
        await this.sender.callback(this.interaction, CALLBACK.deferredUpdate);
      }
    }
    return work;
  }

  /** A command's answer: the first message answers (or fills the deferral), the others follow. */
  async reply(messages: readonly DiscordMessage[], ephemeral: boolean): Promise<void> {
    const [first, ...rest] = messages;
    if (first) {
      if (this.state === "deferred") await this.sender.editOriginal(this.interaction, first);
      else await this.sender.callback(this.interaction, CALLBACK.message, withEphemeral(first, ephemeral));
      this.state = "answered";
    }
    await this.followUps(rest, ephemeral);
  }

  /** A click's or a form's acknowledgement: the clicked message's new content, or no change. */
  async update(message?: DiscordMessage): Promise<void> {
    if (this.state === "deferred") {
      if (message) await this.sender.editOriginal(this.interaction, message);
    } else {
      await this.sender.callback(this.interaction, message ? CALLBACK.update : CALLBACK.deferredUpdate, message);
    }
    this.state = "answered";
  }

  /** Opens a modal: only as the first answer, Discord allows no deferral before it. */
  async modal(data: unknown): Promise<void> {
    await this.sender.callback(this.interaction, CALLBACK.modal, data);
    this.state = "answered";
  }

  async followUps(messages: readonly DiscordMessage[], ephemeral: boolean): Promise<void> {
    for (const message of messages) await this.sender.followUp(this.interaction, message, ephemeral);
  }
}
