import type { Database } from "../db/client.ts";
import type { Logger } from "../log.ts";
import { isQuiet, quietHoursEnd } from "./quiet-hours.ts";
import type { Clock } from "./clock.ts";
import type { ChannelName } from "./inbound.ts";
import type { MemberDirectory } from "./members/member-directory.ts";
import type {
  ConversationTarget,
  DeliveryChannel,
  NotifyOptions,
  NotifyResult,
  OutboundPort,
} from "./outbound-port.ts";
import type { Reply } from "./reply.ts";
import type { JobScheduler } from "./scheduler-port.ts";

/** Job kind that delivers a message deferred by quiet hours (registered by the core feature). */
export const DELIVER_JOB = "core.deliver";

export interface OutboundDeps {
  db: Database;
  clock: Clock;
  log: Logger;
  members: MemberDirectory;
  scheduler: () => JobScheduler;
}

/**
 * The outbound port: channels attach when they start; a proactive message goes to the member's
 * identity seen most recently on a running channel, or waits for the end of their quiet hours.
 */
export class Outbound implements OutboundPort {
  private readonly channels = new Map<ChannelName, DeliveryChannel>();

  constructor(private readonly deps: OutboundDeps) {}

  attach(channel: DeliveryChannel): void {
    this.channels.set(channel.name, channel);
  }

  detach(name: ChannelName): void {
    this.channels.delete(name);
  }

  async notify(memberId: number, replies: Reply[], options: NotifyOptions = {}): Promise<NotifyResult> {
    const member = await this.deps.members.load(memberId);
    if (!member) return { status: "unreachable", reason: "no-identity" };
    const now = this.deps.clock.now();
    if (!options.urgent && member.quietHours && isQuiet(member.quietHours, member.timezone, now)) {
      const until = quietHoursEnd(member.quietHours, member.timezone, now);
      await this.deps.scheduler().schedule({ kind: DELIVER_JOB, runAt: until, payload: { memberId, replies } });
      return { status: "deferred", until };
    }
    const identities = await this.deps.db.platformIdentity.findMany({
      where: { memberId, channel: { in: [...this.channels.keys()] } },
      orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    });
    const identity = identities[0];
    if (!identity) {
      const known = await this.deps.db.platformIdentity.count({ where: { memberId } });
      return { status: "unreachable", reason: known ? "channel-offline" : "no-identity" };
    }
    const channel = this.channels.get(identity.channel)!;
    const { directConversationId } = await channel.sendDirect(identity, replies);
    if (directConversationId && directConversationId !== identity.directConversationId) {
      await this.deps.db.platformIdentity.update({ where: { id: identity.id }, data: { directConversationId } });
    }
    return { status: "sent", channel: identity.channel };
  }

  async post(target: ConversationTarget, replies: Reply[]): Promise<void> {
    const channel = this.channels.get(target.channel);
    if (!channel) throw new Error(`Cannot post to ${target.channel}: that channel is not running`);
    await channel.postTo(target, replies);
  }
}
