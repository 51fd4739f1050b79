import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import { formKey } from "../../../core/form-key.ts";
import { toPlainText } from "../../../core/markdown.ts";
import type { Block, Button, LinkButton, Reply } from "../../../core/reply.ts";
import { cutText, ELLIPSIS, splitText } from "../../../util/cut-text.ts";
import { actionCustomId, confirmCustomId, formCustomId } from "./custom-ids.ts";
import { escapeDiscord, markdownToDiscord, plainToDiscord } from "./discord-markdown.ts";
import { LIMITS } from "./limits.ts";

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId | APIButtonComponentWithURL>;

/** Nothing the bot posts may ping anyone: no @everyone, no role, no user, not even the one it answers. */
export const NO_MENTIONS = { parse: [] as [] };

/** A message body for Discord's REST API (channel messages, interaction responses, webhooks). */
export interface DiscordMessage {
  content?: string;
  components: ButtonRow[];
  allowed_mentions: typeof NO_MENTIONS;
  /** Link previews off (a directory answer is a list of sites); the adapter adds Ephemeral where it applies. */
  flags: number;
}

const message = (content: string | undefined, components: ButtonRow[]): DiscordMessage => ({
  ...(content !== undefined ? { content } : {}),
  components,
  allowed_mentions: NO_MENTIONS,
  flags: MessageFlags.SuppressEmbeds,
});

/**
 * A reply as Discord messages: usually one. Text longer than a message holds (2,000 characters) is
 * split at line breaks into several; the buttons go with the last, 25 to a message (5 rows of 5).
 * A reply with files only gives no message (the files are sent on their own).
 */
export function renderReply(reply: Reply): DiscordMessage[] {
  const chunks = packLines(reply.blocks.flatMap(blockLines), LIMITS.content);
  const rows = buttonRows(reply.buttons ?? [], reply.links ?? []);
  if (!chunks.length && !rows.length) return reply.attachments?.length ? [] : [message(ELLIPSIS, [])];
  const messages = chunks.map((chunk) => message(chunk, []));
  for (let i = 0; i < rows.length; i += LIMITS.rowsPerMessage) {
    const components = rows.slice(i, i + LIMITS.rowsPerMessage);
    const last = messages.at(-1);
    if (i === 0 && last) last.components = components;
    else messages.push(message(undefined, components));
  }
  return messages;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "text":
      return markdownToDiscord(block.markdown).split("\n");
    case "context":
      return markdownToDiscord(block.markdown)
        .split("\n")
        .map((line) => (line.trim() ? `-# ${line}` : line));
    case "list":
      return block.items.flatMap((item, i) => {
        const [first = "", ...rest] = markdownToDiscord(item).split("\n");
        return [`${block.ordered ? `${i + 1}.` : "•"} ${first}`, ...rest.map((line) => `  ${line}`)];
      });
    case "fields":
      return block.fields.flatMap(({ label, value }) => {
        const name = `**${escapeDiscord(toPlainText(label).trim())}**`;
        const lines = markdownToDiscord(value).split("\n");
        return lines.length === 1 ? [`${name} : ${lines[0]}`] : [name, ...lines];
      });
    case "divider":
      return [""];
  }
}

/**
 * Buttons as rows of five, a custom_id carrying what each does (see custom-ids.ts). A second button
 * with the same custom_id does the same thing: Discord refuses duplicates in a message, so it is left out.
 */
function buttonRows(buttons: readonly Button[], links: readonly LinkButton[]): ButtonRow[] {
  const seen = new Set<string>();
  const linkElements = links.map(
    (link): APIButtonComponentWithURL => ({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: cutText(link.label.trim() || ELLIPSIS, LIMITS.buttonLabel),
      url: link.url,
    }),
  );
  const actionElements = buttons.flatMap((button): APIButtonComponentWithCustomId[] => {
    const customId = customIdOf(button);
    if (seen.has(customId)) return [];
    seen.add(customId);
    return [
      {
        type: ComponentType.Button,
        custom_id: customId,
        label: cutText(button.label.trim() || ELLIPSIS, LIMITS.buttonLabel),
        style: styleOf(button),
      },
    ];
  });
  const elements = [...actionElements, ...linkElements];
  const rows: ButtonRow[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: elements.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

function customIdOf(button: Button): string {
  const what = `Button "${button.label}"`;
  if (button.opensForm) return formCustomId(formKey(button.opensForm));
  return button.confirm ? confirmCustomId(button.actionId, what) : actionCustomId(button.actionId, what);
}

type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger;

export const styleOf = (button: Pick<Button, "style">): ActionStyle =>
  button.style === "primary"
    ? ButtonStyle.Primary
    : button.style === "danger"
      ? ButtonStyle.Danger
      : ButtonStyle.Secondary;

/**
 * The clicked message once a choice is made: its buttons give way to a "✓ label" line, so that the
 * conversation shows what was chosen and the buttons cannot be clicked twice.
 */
export function choiceMade(content: string, label: string): DiscordMessage {
  const choice = `✓ ${plainToDiscord(label)}`;
  const room = LIMITS.content - choice.length - 1;
  const kept = content.length <= room ? content : `${cutText(content, room)}`;
  return message(kept.trim() ? `${kept}\n${choice}` : choice, []);
}

/** A plain-text line as a message without buttons (the adapter's own notices). */
export const noticeMessage = (text: string): DiscordMessage => message(plainToDiscord(text), []);

/** Joins lines into texts of at most `max` characters; a longer line is cut at a space. */
function packLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  const flush = () => {
    const text = current?.replace(/^\n+|\n+$/g, "");
    if (text?.trim()) chunks.push(text);
    current = undefined;
  };
  for (const line of lines.flatMap((l) => cutLine(l, max))) {
    if (current !== undefined && current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      flush();
      current = line;
    }
  }
  flush();
  return chunks;
}

/** A line in pieces of at most `max`: after a space when one is near, never after an escaping backslash. */
const cutLine = (line: string, max: number): string[] =>
  line
    ? splitText(line, max, (rest, cut) => {
        let kept = cut;
        while (kept > 1 && rest[kept - 1] === "\\") kept--;
        return kept;
      })
    : [line];
