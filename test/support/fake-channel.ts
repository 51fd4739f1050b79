import type { ChannelName } from "../../src/core/inbound.ts";
import {
  type ConversationTarget,
  type DeliveryChannel,
  type IdentityTarget,
  type PostedMessages,
  type PostOptions,
  type SentMessage,
  UndeliverableError,
} from "../../src/core/outbound-port.ts";
import type { Reply } from "../../src/core/reply.ts";

/** A channel that records what the outbound port delivers, for assertions; it can be told to fail. */
export class FakeChannel implements DeliveryChannel {
  readonly direct: { target: IdentityTarget; replies: Reply[] }[] = [];
  readonly posts: { target: ConversationTarget; replies: Reply[]; mentions: readonly string[] }[] = [];
  readonly edits: { posted: PostedMessages; replies: Reply[] }[] = [];
  private readonly failures = new Map<string, number>();
  private readonly refusing = new Set<string>();
  private sent = 0;

  constructor(readonly name: ChannelName = "console") {}

  /** The next `times` direct messages to this user fail, as a platform error would. */
  failFor(externalUserId: string, times = 1): void {
    this.failures.set(externalUserId, times);
  }

  /** The next `times` posts to this conversation fail, as a platform error would. */
  failPostsTo(conversationId: string, times = 1): void {
    this.failures.set(`post:${conversationId}`, times);
  }

  /** Whether this message is one that was told to fail (and counts it). */
  private failing(key: string): boolean {
    const left = this.failures.get(key) ?? 0;
    if (left > 0) this.failures.set(key, left - 1);
    return left > 0;
  }

  /** Every direct message to this user is refused for good, as when they closed their direct messages. */
  refuseFor(externalUserId: string): void {
    this.refusing.add(externalUserId);
  }

  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    if (this.refusing.has(target.externalUserId))
      throw new UndeliverableError(`${target.externalUserId} does not accept direct messages`);
    if (this.failing(target.externalUserId)) throw new Error(`cannot_dm_user ${target.externalUserId}`);
    this.direct.push({ target, replies });
    return { directConversationId: `dm-${target.externalUserId}`, messageIds: [`m${++this.sent}`] };
  }

  async postTo(target: ConversationTarget, replies: Reply[], options: PostOptions = {}): Promise<SentMessage> {
    if (this.failing(`post:${target.conversationId}`)) throw new Error(`channel_not_found ${target.conversationId}`);
    this.posts.push({ target, replies, mentions: options.mentions ?? [] });
    return { messageIds: [`m${++this.sent}`] };
  }

  async edit(posted: PostedMessages, replies: Reply[]): Promise<void> {
    this.edits.push({ posted, replies });
  }
}
