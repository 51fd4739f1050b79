import { toPlainText } from "./markdown.ts";

/**
 * The one reply model. Handlers build replies from these blocks; each channel renders them
 * natively (Block Kit, Discord embeds and components, numbered choices in the terminal).
 * Texts are in the Markdown subset of markdown.ts.
 */
export type Block =
  | { kind: "text"; markdown: string }
  | { kind: "list"; items: string[]; ordered?: boolean }
  | { kind: "fields"; fields: Field[] }
  /** Small print under the content: source, last update, hints. */
  | { kind: "context"; markdown: string }
  | { kind: "divider" };

export interface Field {
  label: string;
  value: string;
}

/** Asks the user to confirm before the action is sent (e.g. "Withdraw from mission 12?"). */
export interface Confirmation {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

export interface Button {
  label: string;
  /** Typed action id, built by the owning feature's action definition (see action-id.ts). */
  actionId: string;
  style?: "primary" | "danger";
  confirm?: Confirmation;
  /** Opens this form instead of sending the action; the form's submission is sent instead. */
  opensForm?: Form;
}

/** A button that opens a web page (« Je m'inscris » on a training's site): clicking it sends the bot nothing. */
export interface LinkButton {
  label: string;
  /** An http(s) address. */
  url: string;
}

/**
 * A short form filled in one go where a form is clearer than chat: a modal on Slack and Discord,
 * questions one after the other in the terminal. Its submission reaches the feature's form handler.
 */
export interface Form {
  /** Typed action id of the submission (the feature's form definition builds it). */
  actionId: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export interface FormField {
  /** Key of the value in the submission: lower case letters and underscores. */
  name: string;
  label: string;
  kind: "text" | "paragraph" | "select";
  /** The choices of a select field. */
  options?: { value: string; label: string }[];
  optional?: boolean;
  /** Shown under the field (e.g. "no patient name"). */
  hint?: string;
  initial?: string;
}

/**
 * What the bot answers to one event. For a button click, what becomes of the clicked message is decided
 * here, not by each channel: a reply marked `replaceOriginal` takes its place; otherwise a handled click
 * leaves "✓ label" where the buttons were, so the choice shows and cannot be made twice.
 */
export interface BotResponse {
  /** Replies posted in the conversation, in order (ephemeral ones shown to the member alone). */
  replies: Reply[];
  /** For a button click: the new content of the clicked message; absent, it stays as it was. */
  clicked?: { kind: "replace"; reply: Reply } | { kind: "choice"; label: string };
  /** For a click on a form button: the form to open (a modal), when it is still offered. */
  form?: Form;
}

/**
 * A file sent with a reply (e.g. the member's data export). Channels that carry files send it as one
 * (Slack: uploaded into the member's direct conversation, never into a shared one); the others show
 * its text (the terminal). Only ever in answer to the member it is about.
 */
export interface Attachment {
  filename: string;
  /** MIME type of `content`, e.g. "application/json". */
  mimeType: string;
  /** The file's text (UTF-8). */
  content: string;
  /** What the file is, in the member's language ("Vos données"). */
  title: string;
}

export interface Reply {
  blocks: Block[];
  buttons?: Button[];
  /** Buttons that open web pages, after the action buttons. */
  links?: LinkButton[];
  attachments?: Attachment[];
  /** Ephemeral replies are shown only to the person who wrote; channels without them send a direct message. */
  visibility: "visible" | "ephemeral";
  /** For button clicks: this reply takes the place of the clicked message (see {@link BotResponse}). */
  replaceOriginal?: boolean;
}

/** What handlers return: one reply, several, or none (an empty list). */
export type Replies = Reply | Reply[];

export const asReplies = (replies: Replies): Reply[] => (Array.isArray(replies) ? replies : [replies]);

/** Builds a reply; every argument may be a block or a plain Markdown string (a text block). */
export function reply(...content: (Block | string)[]): Reply {
  return { blocks: content.map((c) => (typeof c === "string" ? text(c) : c)), visibility: "visible" };
}

export const text = (markdown: string): Block => ({ kind: "text", markdown });
export const list = (items: string[], ordered = false): Block => ({ kind: "list", items, ordered });
export const fields = (...entries: Field[]): Block => ({ kind: "fields", fields: entries });
export const context = (markdown: string): Block => ({ kind: "context", markdown });
export const divider = (): Block => ({ kind: "divider" });

export const withButtons = (r: Reply, ...buttons: Button[]): Reply => ({
  ...r,
  buttons: [...(r.buttons ?? []), ...buttons],
});
export const ephemeral = (r: Reply): Reply => ({ ...r, visibility: "ephemeral" });
export const withAttachment = (r: Reply, attachment: Attachment): Reply => ({
  ...r,
  attachments: [...(r.attachments ?? []), attachment],
});

/** The whole reply as plain text: notification previews, logs at debug level, platforms' fallbacks. */
export function replyToPlainText(r: Reply): string {
  const lines = r.blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "text":
      case "context":
        return [toPlainText(block.markdown)];
      case "list":
        return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "•"} ${toPlainText(item)}`);
      case "fields":
        return block.fields.map((f) => `${toPlainText(f.label)}: ${toPlainText(f.value)}`);
      case "divider":
        return ["—"];
      default:
        return [];
    }
  });
  if (r.buttons?.length) lines.push(r.buttons.map((b) => `[${b.label}]`).join(" "));
  for (const link of r.links ?? []) lines.push(`🔗 ${link.label}: ${link.url}`);
  for (const attachment of r.attachments ?? []) lines.push(`📎 ${attachment.filename}`);
  return lines.join("\n");
}
