/** Chat platforms the core can receive from and deliver to (the Prisma `Channel` enum). */
export const CHANNEL_NAMES = ["console", "slack", "discord"] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export type ConversationKind = "direct" | "channel" | "thread";

/** Where a message was written, and so where its answer goes. */
export interface ConversationRef {
  channel: ChannelName;
  /** Slack team id, Discord guild id, "local" for the console. */
  workspaceId: string;
  conversationId: string;
  kind: ConversationKind;
  /** Thread the message belongs to, when `kind` is "thread". */
  threadId?: string;
}

/** Who wrote, as the platform knows them. */
export interface SenderRef {
  externalUserId: string;
  displayName?: string;
  /** Only when the platform may share it; used to link a new identity to an imported member. */
  email?: string;
}

export type InboundPayload =
  /** A chat message; the core classifies it. */
  | { type: "text"; text: string }
  /**
   * A button click: `actionId` is a typed action id such as `missions:accept:42` (see action-id.ts);
   * `label` is the clicked button's label, shown on the message once the choice is made.
   */
  | { type: "action"; actionId: string; label?: string }
  /** A click on a button that opens a form: `formKey` names it (see form-key.ts). */
  | { type: "open-form"; formKey: string }
  /** A slash command such as `/repondre 12 …`: `command` without the slash, `text` the rest. */
  | { type: "command"; command: string; text: string }
  /**
   * A submitted form: the form's action id and the values by field name (see `Form` in reply.ts);
   * `formKey`, when the channel knows it, lets the core check the values against the form it offered.
   */
  | { type: "form"; actionId: string; values: Record<string, string>; formKey?: string }
  /** The member opened their home (Slack's App Home tab, `/home` in the terminal). */
  | { type: "home" };

/** One thing a member did on a channel, in platform-neutral form. */
export interface InboundEvent {
  /** Unique per platform and workspace; a redelivered event carries the same id and is handled once. */
  eventId: string;
  sender: SenderRef;
  conversation: ConversationRef;
  payload: InboundPayload;
  receivedAt: Date;
}
