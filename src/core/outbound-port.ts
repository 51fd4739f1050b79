import type { ChannelName } from "./inbound.ts";
import type { Reply } from "./reply.ts";

export interface NotifyOptions {
  /** Urgent messages ignore the member's quiet hours. */
  urgent?: boolean;
}

export type NotifyResult =
  | { status: "sent"; channel: ChannelName }
  | { status: "deferred"; until: Date }
  | { status: "unreachable"; reason: "no-identity" | "channel-offline" };

/**
 * The one way to message a member proactively (reminders, proposals, announcements). It picks the
 * member's channel (the identity seen most recently on a running channel) and respects quiet hours.
 */
export interface OutboundPort {
  notify(memberId: number, replies: Reply[], options?: NotifyOptions): Promise<NotifyResult>;
  /** Posts into a team conversation (e.g. the coordinators' channel) on a given channel. */
  post(target: ConversationTarget, replies: Reply[]): Promise<void>;
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

/** What a channel adapter offers the outbound port. */
export interface DeliveryChannel {
  readonly name: ChannelName;
  /** Sends a direct message; returns the DM conversation id so it can be cached. */
  sendDirect(target: IdentityTarget, replies: Reply[]): Promise<{ directConversationId?: string }>;
  postTo(target: ConversationTarget, replies: Reply[]): Promise<void>;
}
