import { randomUUID } from "node:crypto";
import { createInterface, type Interface } from "node:readline";
import type { InboundSink } from "../../core/bot.ts";
import type { Clock } from "../../core/clock.ts";
import { formKey as formKeyOf } from "../../core/form-key.ts";
import type { InboundEvent, InboundPayload } from "../../core/inbound.ts";
import type { Locale } from "../../core/locale.ts";
import type {
  ConversationTarget,
  IdentityTarget,
  PostedMessages,
  PostOptions,
  SentMessage,
} from "../../core/outbound-port.ts";
import type { BotResponse, Button, Reply } from "../../core/reply.ts";
import { CONSOLE_WORKSPACE, findPersona, isNewcomerWord, newcomerPersona, type Persona } from "../../demo/personas.ts";
import type { ChannelAdapter } from "../channel.ts";
import { FormFiller } from "../form-filler.ts";
import { consoleTexts } from "./console-messages.ts";
import { renderReplies } from "./render.ts";

export interface ConsoleChannelOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** The demo personas `/as` switches between (`loadPersonas`); `/as nouveau` adds a newcomer. */
  personas: readonly Persona[];
  /** Who speaks first. */
  persona: Persona;
  locale: Locale;
  color: boolean;
  clock: Clock;
}

const YES = /^(o|oui|y|yes)$/i;

/** The console identity's conversation with the bot. */
const consoleConversation = (persona: Persona) => ({
  channel: "console" as const,
  workspaceId: CONSOLE_WORKSPACE,
  conversationId: `dm-${persona.key}`,
  kind: "direct" as const,
});

/** Builds the inbound event a persona's line becomes. */
export function consoleEvent(persona: Persona, payload: InboundPayload, receivedAt: Date): InboundEvent {
  return {
    eventId: randomUUID(),
    sender: { externalUserId: persona.key, displayName: persona.displayName },
    conversation: consoleConversation(persona),
    payload,
    receivedAt,
  };
}

/**
 * Interactive terminal chat, the embedded default channel: buttons become numbered choices, and
 * `/as <persona>` switches between the demo personas so every role can be tried (`/as nouveau`: someone
 * the bot has never met). A direct message for another persona is shown at once and kept: switching to
 * that persona shows it again with its buttons, so they can answer it.
 */
export class ConsoleChannel implements ChannelAdapter {
  readonly name = "console" as const;
  private persona: Persona;
  private readonly personas: Persona[];
  /** Direct messages for personas other than the current one, by persona key, until they take over. */
  private readonly waiting = new Map<string, Reply[]>();
  private choices: Button[] = [];
  private awaitingConfirmation: Button | undefined;
  private filling: { filler: FormFiller; formKey: string } | undefined;
  private sink: InboundSink | undefined;
  private rl: Interface | undefined;
  /** True while the prompt waits for the user, so that a proactive message redraws it. */
  private promptShown = false;
  /** Numbers the messages the bot sent, so an edit can name them. */
  private posted = 0;
  private resolveClosed!: () => void;
  /** Resolves when the user quits or the input ends. */
  readonly closed = new Promise<void>((resolve) => (this.resolveClosed = resolve));

  constructor(private readonly options: ConsoleChannelOptions) {
    this.persona = options.persona;
    this.personas = [...options.personas];
    if (!findPersona(this.personas, options.persona.key)) this.personas.push(options.persona);
  }

  private get texts() {
    return consoleTexts[this.options.locale];
  }

  async start(sink: InboundSink): Promise<void> {
    this.sink = sink;
    const { input, output } = this.options;
    this.rl = createInterface({ input, output, terminal: Boolean(output.isTTY) });
    // In a terminal, Ctrl-C reaches readline, not the process: treat it as /quit.
    this.rl.on("SIGINT", () => {
      this.print(this.texts.bye);
      this.rl?.close();
    });
    this.print(`${this.texts.banner}\n${this.texts.commands}\n${this.whoAmI()}`);
    void this.readLines(this.rl);
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.closed;
  }

  private async readLines(rl: Interface): Promise<void> {
    this.prompt();
    for await (const line of rl) {
      if (!(await this.onLine(line.trim()))) break;
      this.prompt();
    }
    rl.close();
    this.resolveClosed();
  }

  /** Handles one line; false when the user quits. */
  private async onLine(line: string): Promise<boolean> {
    this.promptShown = false;
    if (this.awaitingConfirmation) {
      const button = this.awaitingConfirmation;
      this.awaitingConfirmation = undefined;
      if (YES.test(line)) await this.press(button);
      else this.print(this.texts.cancelled);
      return true;
    }
    if (this.filling) return this.fillForm(this.filling, line);
    if (line === "") return true;
    if (line === "/quit" || line === "/exit") {
      this.print(this.texts.bye);
      return false;
    }
    if (line === "/personas") this.print(this.personaList());
    else if (line === "/home") await this.send({ type: "home" });
    else if (line === "/help") this.print(this.texts.commands);
    else if (line.startsWith("/as")) this.switchPersona(line.slice(3).trim());
    else if (/^\d{1,2}$/.test(line) && this.choices.length) await this.choose(Number(line));
    else if (line.startsWith("/")) {
      const [command = "", ...rest] = line.slice(1).split(/\s+/);
      await this.send({ type: "command", command, text: rest.join(" ") });
    } else await this.send({ type: "text", text: line });
    return true;
  }

  private async choose(n: number): Promise<void> {
    const button = this.choices[n - 1];
    if (!button) return this.print(this.texts.noSuchChoice(n));
    if (button.confirm) {
      const { title, text, confirm, deny } = button.confirm;
      this.awaitingConfirmation = button;
      return this.print(this.texts.confirm(title, text, confirm, deny));
    }
    await this.press(button);
  }

  /** A button sends its action, or opens its form: the terminal then asks the fields one by one. */
  private async press(button: Button): Promise<void> {
    if (!button.opensForm) {
      await this.send({ type: "action", actionId: button.actionId, label: button.label });
      return;
    }
    const formKey = formKeyOf(button.opensForm);
    const response = await this.send({ type: "open-form", formKey });
    if (!response.form) return;
    const filler = new FormFiller(response.form, this.texts.form);
    this.filling = { filler, formKey };
    this.print(`${response.form.title} — ${this.texts.form.cancel}\n${filler.prompt()}`);
  }

  private async fillForm({ filler, formKey }: { filler: FormFiller; formKey: string }, line: string): Promise<boolean> {
    if (line === "/annuler" || line === "/cancel") {
      this.filling = undefined;
      this.print(this.texts.cancelled);
      return true;
    }
    const step = filler.answer(line);
    if ("error" in step) this.print(`${step.error}\n${filler.prompt()}`);
    else if ("next" in step) this.print(step.next);
    else {
      this.filling = undefined;
      await this.send({ type: "form", actionId: filler.form.actionId, values: step.values, formKey });
    }
    return true;
  }

  private async send(payload: InboundPayload): Promise<BotResponse> {
    if (!this.sink) throw new Error("The console channel must be started before it sends");
    const response = await this.sink.handle(consoleEvent(this.persona, payload, this.options.clock.now()));
    const replacing = response.clicked?.kind === "replace" ? response.clicked.reply : undefined;
    this.show(replacing ? [replacing, ...response.replies] : response.replies, true, undefined, replacing);
    return response;
  }

  /** Prints replies; with `captureChoices`, numbers typed next pick their buttons (and only theirs). */
  private show(replies: readonly Reply[], captureChoices: boolean, heading?: string, replacing?: Reply): void {
    if (replies.length === 0) return;
    const { ephemeral, updated } = this.texts;
    const rendered = renderReplies(replies, {
      color: this.options.color,
      labels: { ephemeral, updated },
      ...(replacing ? { replacing } : {}),
    });
    if (captureChoices) this.choices = rendered.choices;
    this.print(heading ? `${heading}\n${rendered.text}` : rendered.text);
  }

  private switchPersona(key: string): void {
    const persona = isNewcomerWord(key) ? this.newcomer() : findPersona(this.personas, key);
    if (!persona) {
      this.print(this.texts.unknownPersona(key, this.personas.map((p) => p.key).join(", ")));
      return;
    }
    this.persona = persona;
    this.choices = [];
    this.print(this.whoAmI());
    const waiting = this.waiting.get(persona.key);
    if (waiting) {
      this.waiting.delete(persona.key);
      this.show(waiting, true, this.texts.received);
    }
  }

  private newcomer(): Persona {
    const persona = newcomerPersona(this.options.clock.now().getTime().toString(36).slice(-6));
    this.personas.push(persona);
    return persona;
  }

  private whoAmI(): string {
    return this.texts.youAre(this.persona.displayName, this.persona.label[this.options.locale]);
  }

  private personaList(): string {
    const lines = this.personas.map((p) => `  ${p.key.padEnd(12)} ${p.displayName} — ${p.label[this.options.locale]}`);
    return [this.texts.personas, ...lines, this.texts.newcomer].join("\n");
  }

  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    const persona = findPersona(this.personas, target.externalUserId);
    const name = persona?.displayName ?? target.externalUserId;
    const current = persona?.key === this.persona.key;
    this.show(replies, current, this.texts.directMessageTo(name));
    if (persona && !current) {
      this.waiting.set(persona.key, [...(this.waiting.get(persona.key) ?? []), ...replies]);
      this.print(this.texts.answerAs(persona.key));
    }
    return { directConversationId: `dm-${target.externalUserId}`, messageIds: [`message-${++this.posted}`] };
  }

  async postTo(target: ConversationTarget, replies: Reply[], options: PostOptions = {}): Promise<SentMessage> {
    const mentions = options.mentions?.length ? ` ${options.mentions.map((id) => `@${id}`).join(" ")}` : "";
    this.show(replies, false, `${this.texts.postedIn(target.conversationId)}${mentions}`);
    return { messageIds: [`message-${++this.posted}`] };
  }

  async edit(posted: PostedMessages, replies: Reply[]): Promise<void> {
    this.show(replies, false, this.texts.edited(posted.conversationId));
  }

  private prompt(): void {
    this.rl?.setPrompt(`${this.persona.key}> `);
    this.rl?.prompt();
    this.promptShown = true;
  }

  private print(text: string): void {
    const { output } = this.options;
    if (!this.promptShown || !output.isTTY) return void output.write(`${text}\n`);
    output.write(`\r\x1b[K${text}\n`);
    this.rl?.prompt(true);
  }
}
