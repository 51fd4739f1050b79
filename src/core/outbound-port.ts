import type { Translate } from "./i18n.ts";
import type { ChannelName } from "./inbound.ts";
import type { Locale } from "./locale.ts";
import type { MemberProfile } from "./members/member-profile.ts";
import type { Profession, Role } from "./persistence.ts";
import type { Reply } from "./reply.ts";

/**
 * Who a send reaches: active members matching every criterion given (any value of a criterion).
 * No criterion: every active member. `memberIds` also reaches guests (members not imported yet).
 */
export interface Audience {
  memberIds?: readonly number[];
  roles?: readonly Role[];
  professions?: readonly Profession[];
  /** INSEE codes of the communes where members practise. */
  communes?: readonly string[];
  tags?: readonly { kind: "skill" | "interest" | "motivation"; value: string }[];
  /** Members left out whatever they match (e.g. those who get a digest instead). */
  exceptMemberIds?: readonly number[];
}

/** The replies for one recipient, written in their language. */
export type ComposeFor = (recipient: MemberProfile, t: Translate, locale: Locale) => Reply[];

export interface AudienceSend {
  audience: Audience;
  compose: ComposeFor;
  /**
   * Names the send ("announcement:12"): one delivery per recipient and key, so sending again with the
   * same key (a retried job, a double click) reaches nobody twice.
   */
  key: string;
  /** Urgent messages ignore quiet hours. */
  urgent?: boolean;
  /** Not before this time (a scheduled announcement); now by default. */
  notBefore?: Date;
}

export interface AudienceSendResult {
  /** Deliveries created by this call, one per new recipient. */
  created: number;
  /** Recipients who already had a delivery under this key. */
  alreadyThere: number;
}

export interface EditSendResult {
  /** Copies edited where they were posted. */
  edited: number;
  /** Deliveries not sent yet, which will go out rewritten. */
  rewritten: number;
  /** Copies the platform would not let the bot edit (logged). */
  failed: number;
}

export interface NotifyOptions {
  /** Urgent messages ignore the member's quiet hours. */
  urgent?: boolean;
  /** Names the message: notifying again with the same key sends nothing. Default: a new key each time. */
  key?: string;
}

export type NotifyResult =
  | { status: "sent"; channel: ChannelName }
  | { status: "deferred"; until: Date }
  /** The channel failed; the delivery is retried by a job. */
  | { status: "retrying" }
  /** The platform refused for good (e.g. the member closed their direct messages): not retried. */
  | { status: "failed"; reason: string }
  | { status: "already-sent" }
  | { status: "unreachable"; reason: "no-identity" | "channel-offline" };

/**
 * The one way to message members proactively (answers, reminders, offers, announcements). Every
 * message is a persisted delivery to one member: it goes to the member's preferred channel (else the
 * one they used last) among the running ones, waits for the end of their quiet hours unless urgent,
 * and is retried alone when a platform fails.
 */
export interface OutboundPort {
  /** One member, tried at once (the result says what happened); retried by a job if the channel fails. */
  notify(memberId: number, replies: Reply[], options?: NotifyOptions): Promise<NotifyResult>;
  /** Many members: one delivery per recipient, each sent by its own job. */
  send(send: AudienceSend): Promise<AudienceSendResult>;
  /** Posts into a shared conversation (the coordinators' channel, an announcement channel) on a given channel. */
  post(target: ConversationTarget, replies: Reply[], options?: PostOptions): Promise<SentMessage | undefined>;
  /** Replaces messages posted earlier on `channel` (an edited or withdrawn announcement). */
  editPosted(channel: ChannelName, posted: PostedMessages, replies: Reply[]): Promise<void>;
  /**
   * Rewrites every message of a send, composed again for each recipient: the copies already posted are
   * edited where they are, those still waiting (quiet hours) will be sent as rewritten.
   */
  editSend(key: string, compose: ComposeFor): Promise<EditSendResult>;
  /** Sends one delivery: the core's delivery job. Throws when the channel failed, so the job retries. */
  deliver(deliveryId: number, attempt: { last: boolean }): Promise<void>;
  /** Gives every pending delivery without a job its job (the nightly sweep after a crash); returns how many. */
  scheduleDeliveries(): Promise<number>;
}

/** A direct-message target on one platform. */
export interface IdentityTarget {
  workspaceId: string;
  externalUserId: string;
  /** Cached DM conversation id, when known. */
  directConversationId?: string | null;
}

export interface ConversationTarget {
  channel: ChannelName;
  workspaceId: string;
  conversationId: string;
  threadId?: string;
}

/** Where a channel put a direct message: its conversation, and the platform's ids of the messages. */
export interface SentMessage {
  directConversationId?: string;
  messageIds?: string[];
}

/**
 * Thrown by a channel when a message can never be delivered as it is (the member does not accept direct
 * messages from the bot, their account is gone): the delivery is recorded as failed with this reason at
 * once, instead of being retried.
 */
export class UndeliverableError extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(reason, options);
    this.name = "UndeliverableError";
  }
}

/** Messages the bot posted earlier in one conversation (a member's direct messages or a shared channel). */
export interface PostedMessages {
  conversationId: string;
  messageIds: readonly string[];
}

export interface PostOptions {
  /** Platform user ids called out at the top of the post (a mention that notifies them, never @everyone). */
  mentions?: readonly string[];
}

/**
 * What a channel adapter offers the outbound port. Throwing means "not delivered": the delivery is
 * retried, unless the error is an {@link UndeliverableError}.
 */
export interface DeliveryChannel {
  readonly name: ChannelName;
  sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage>;
  /** Posts in a shared conversation; the platform's ids of the messages when it has lasting ones. */
  postTo(target: ConversationTarget, replies: Reply[], options?: PostOptions): Promise<SentMessage | undefined>;
  /** Replaces posted messages with new content, the i-th message with the i-th reply (or the last). Throws when it could not. */
  edit(posted: PostedMessages, replies: Reply[]): Promise<void>;
}
