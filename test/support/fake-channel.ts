import type { ChannelName } from "../../src/core/inbound.ts";
import type { ConversationTarget, DeliveryChannel, IdentityTarget } from "../../src/core/outbound-port.ts";
import type { Reply } from "../../src/core/reply.ts";

/** A channel that records what the outbound port delivers, for assertions. */
export class FakeChannel implements DeliveryChannel {
  readonly direct: { target: IdentityTarget; replies: Reply[] }[] = [];
  readonly posts: { target: ConversationTarget; replies: Reply[] }[] = [];

  constructor(readonly name: ChannelName = "console") {}

  async sendDirect(target: IdentityTarget, replies: Reply[]) {
    this.direct.push({ target, replies });
    return { directConversationId: `dm-${target.externalUserId}` };
  }

  async postTo(target: ConversationTarget, replies: Reply[]) {
    this.posts.push({ target, replies });
  }
}
