import { MessageFlags } from "discord.js";
import { CALLBACK, type DiscordSender, type InteractionRef } from "./discord-sender.ts";
import type { DiscordMessage } from "./render/index.ts";

const withEphemeral = (message: DiscordMessage, ephemeral: boolean): DiscordMessage =>
  ephemeral ? { ...message, flags: message.flags | MessageFlags.Ephemeral } : message;

/**
 * Answers one interaction within Discord's 3 seconds: when the bot's work takes longer than
 * `deferAfterMs` (0: always), it acknowledges first (a deferral: "the bot is thinking", or nothing
 * visible for a click) and answers after. Every answer after the first is a follow-up. An interaction
 * whose first answer Discord refused (10062, counted by the sender) is lost: nothing more is sent.
 */
export class InteractionAnswer {
  private state: "waiting" | "deferred" | "answered" | "lost" = "waiting";

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
    const first = this.deferAfterMs <= 0 ? "late" : await Promise.race([work.then(() => "done" as const), late]);
    clearTimeout(timer);
    if (first === "late") {
      const acknowledged =
        deferral.kind === "reply"
          ? await this.sender.callback(this.interaction, CALLBACK.deferredMessage, {
              flags: deferral.ephemeral ? MessageFlags.Ephemeral : 0,
            })
          : await this.sender.callback(this.interaction, CALLBACK.deferredUpdate);
      this.state = acknowledged ? "deferred" : "lost";
    }
    return work;
  }

  /** The first answer, through the callback: the interaction is lost if Discord refuses it. */
  private async first(type: number, data?: unknown): Promise<void> {
    this.state = (await this.sender.callback(this.interaction, type, data)) ? "answered" : "lost";
  }

  /** A command's answer: the first message answers (or fills the deferral), the others follow. */
  async reply(messages: readonly DiscordMessage[], ephemeral: boolean): Promise<void> {
    const [first, ...rest] = messages;
    if (first && this.state === "deferred") {
      await this.sender.editOriginal(this.interaction, first);
      this.state = "answered";
    } else if (first && this.state === "waiting") {
      await this.first(CALLBACK.message, withEphemeral(first, ephemeral));
    }
    await this.followUps(rest, ephemeral);
  }

  /** A click's or a form's acknowledgement: the clicked message's new content, or no change. */
  async update(message?: DiscordMessage): Promise<void> {
    if (this.state === "deferred") {
      if (message) await this.sender.editOriginal(this.interaction, message);
      this.state = "answered";
    } else if (this.state === "waiting") {
      await this.first(message ? CALLBACK.update : CALLBACK.deferredUpdate, message);
    }
  }

  /** Opens a modal: only as the first answer, Discord allows no deferral before it. */
  async modal(data: unknown): Promise<void> {
    if (this.state === "waiting") await this.first(CALLBACK.modal, data);
  }

  async followUps(messages: readonly DiscordMessage[], ephemeral: boolean): Promise<void> {
    if (this.state === "lost") return;
    for (const message of messages) await this.sender.followUp(this.interaction, message, ephemeral);
  }
}
