import type { ChannelName } from "../../src/core/inbound.ts";
import {
  type ConversationTarget,
  type DeliveryChannel,
  type IdentityTarget,
  type SentMessage,
  UndeliverableError,
} from "../../src/core/outbound-port.ts";
import type { Reply } from "../../src/core/reply.ts";

/** A channel that records what the outbound port delivers, for assertions; it can be told to fail. */
export class FakeChannel implements DeliveryChannel {
  readonly direct: { target: IdentityTarget; replies: Reply[] }[] = [];
  readonly posts: { target: ConversationTarget; replies: Reply[] }[] = [];
  private readonly failures = new Map<string, number>();
  private readonly refusing = new Set<string>();
  private sent = 0;

  constructor(readonly name: ChannelName = "console") {}

  /** The next `times` direct messages to this user fail, as a platform error would. */
  failFor(externalUserId: string, times = 1): void {
    this.failures.set(externalUserId, times);
  }

  /** Every direct message to this user is refused for good, as when they closed their direct messages. */
  refuseFor(externalUserId: string): void {
    this.refusing.add(externalUserId);
  }

  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    if (this.refusing.has(target.externalUserId))
      throw new UndeliverableError(`${target.externalUserId} does not accept direct messages`);
    const failuresLeft = this.failures.get(target.externalUserId) ?? 0;
    if (failuresLeft > 0) {
      this.failures.set(target.externalUserId, failuresLeft - 1);
      throw new Error(`cannot_dm_user ${target.externalUserId}`);
    }
    this.direct.push({ target, replies });
    return { directConversationId: `dm-${target.externalUserId}`, messageIds: [`m${++this.sent}`] };
  }

  async postTo(target: ConversationTarget, replies: Reply[]) {
    this.posts.push({ target, replies });
  }
}
