import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import type { Clock } from "../clock.ts";
import type { FormStore } from "../form-store.ts";
import type { Messages } from "../i18n.ts";
import type { ChannelName } from "../inbound.ts";
import type { Locale } from "../locale.ts";
import type { MemberDirectory } from "../members/member-directory.ts";
import { type MemberProfile, preferredLocale } from "../members/member-profile.ts";
import {
  type AudienceSend,
  type AudienceSendResult,
  type ComposeFor,
  type ConversationTarget,
  type DeliveryChannel,
  type EditSendResult,
  type NotifyOptions,
  type NotifyResult,
  type OutboundPort,
  type PostedMessages,
  type PostOptions,
  type SentMessage,
  UndeliverableError,
} from "../outbound-port.ts";
import type { Database } from "../persistence.ts";
import { isQuiet, quietHoursEnd } from "../quiet-hours.ts";
import type { Reply } from "../reply.ts";
import type { JobScheduler } from "../scheduler-port.ts";
import { audienceWhere } from "./audience.ts";

/** Job kind that sends one delivery (registered by the core feature). */
export const DELIVER_JOB = "core.deliver";
/** A delivery whose channel failed during `notify` is tried again by its job this much later. */
const RETRY_AFTER_MS = 30_000;
/** Deliveries written per statement. */
const ROWS_PER_INSERT = 500;

const deliverJobKey = (deliveryId: number, runAt?: Date) =>
  runAt ? `delivery:${deliveryId}@${runAt.toISOString()}` : `delivery:${deliveryId}`;

const repliesSchema = z.array(
  z.custom<Reply>((r) => typeof r === "object" && r !== null && Array.isArray((r as Reply).blocks)),
);

export interface OutboundDeps {
  db: Database;
  clock: Clock;
  log: Logger;
  members: MemberDirectory;
  messages: Messages;
  forms: FormStore;
  defaultLocale: Locale;
  scheduler: () => JobScheduler;
}

interface DeliveryRow {
  id: number;
  memberId: number;
  replies: string;
  urgent: boolean;
  status: string;
  attempts: number;
}

type Attempt =
  | { kind: "sent"; channel: ChannelName }
  | { kind: "deferred"; until: Date }
  | { kind: "unreachable"; reason: "no-identity" | "channel-offline" }
  | { kind: "undeliverable"; reason: string }
  | { kind: "failed"; error: unknown };

/**
 * The outbound port: channels attach when they start. Every proactive message is a `Delivery` row
 * for one member, sent on the member's preferred running channel (else the one seen last), deferred
 * to the end of their quiet hours unless urgent, and recorded: sent, deferred, unreachable or failed,
 * and why.
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
    const sendKey = options.key ?? `notify:${randomUUID()}`;
    const existing = await this.deps.db.delivery.findUnique({ where: { sendKey_memberId: { sendKey, memberId } } });
    if (existing) return recorded(existing);
    const delivery = await this.deps.db.delivery.create({
      data: { sendKey, memberId, replies: JSON.stringify(replies), urgent: options.urgent ?? false },
    });
    const attempt = await this.attempt(delivery, member);
    switch (attempt.kind) {
      case "sent":
        return { status: "sent", channel: attempt.channel };
      case "deferred":
        return { status: "deferred", until: attempt.until };
      case "unreachable":
        return { status: "unreachable", reason: attempt.reason };
      case "undeliverable":
        return { status: "failed", reason: attempt.reason };
      case "failed": {
        const retryAt = new Date(this.deps.clock.now().getTime() + RETRY_AFTER_MS);
        await this.deps.scheduler().schedule({
          kind: DELIVER_JOB,
          runAt: retryAt,
          payload: { deliveryId: delivery.id },
          dedupeKey: deliverJobKey(delivery.id, retryAt),
        });
        return { status: "retrying" };
      }
    }
  }

  async send(send: AudienceSend): Promise<AudienceSendResult> {
    const { db, messages, defaultLocale } = this.deps;
    const recipients = await this.deps.members.list(audienceWhere(send.audience));
    const already = new Set(
      (await db.delivery.findMany({ where: { sendKey: send.key }, select: { memberId: true } })).map((d) => d.memberId),
    );
    const fresh = recipients.filter((member) => !already.has(member.id));
    const rows = fresh.map((member) => {
      const locale = preferredLocale(member, defaultLocale);
      const replies = send.compose(member, messages.translator(locale), locale);
      return { sendKey: send.key, memberId: member.id, replies: JSON.stringify(replies), urgent: send.urgent ?? false };
    });
    // In slices: SQLite takes a bounded number of values per statement.
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await db.delivery.createMany({ data: rows.slice(i, i + ROWS_PER_INSERT) });
    }
    // Every delivery still pending gets its job: the keys make this idempotent, so a send interrupted
    // between the deliveries and their jobs is completed by calling it again (or by the nightly sweep).
    await this.scheduleDeliveries(send.key, send.notBefore);
    this.deps.log.info({ sendKey: send.key, created: fresh.length, alreadyThere: already.size }, "audience send");
    return { created: fresh.length, alreadyThere: recipients.length - fresh.length };
  }

  /** Gives every pending delivery of a send (or of all sends) its job, if it has none. */
  async scheduleDeliveries(sendKey?: string, notBefore?: Date): Promise<number> {
    const pending = await this.deps.db.delivery.findMany({
      where: { status: "pending", ...(sendKey ? { sendKey } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const runAt = notBefore ?? this.deps.clock.now();
    const results = await this.deps.scheduler().scheduleMany(
      pending.map(({ id }) => ({
        kind: DELIVER_JOB,
        runAt,
        payload: { deliveryId: id },
        dedupeKey: deliverJobKey(id),
      })),
    );
    return results.filter((r) => r.scheduled).length;
  }

  /**
   * Sends one delivery (the delivery job): done when it was sent, deferred or is unreachable; throws
   * when the channel failed, so the job retries it, and records the failure for good on the last try.
   */
  async deliver(deliveryId: number, attempt: { last: boolean }): Promise<void> {
    const delivery = await this.deps.db.delivery.findUnique({ where: { id: deliveryId } });
    if (!delivery || (delivery.status !== "pending" && delivery.status !== "deferred")) return;
    const member = await this.deps.members.load(delivery.memberId);
    if (!member) return;
    const outcome = await this.attempt(delivery, member);
    if (outcome.kind !== "failed") return;
    if (attempt.last) await this.deps.db.delivery.update({ where: { id: deliveryId }, data: { status: "failed" } });
    throw outcome.error;
  }

  async post(target: ConversationTarget, replies: Reply[], options?: PostOptions): Promise<SentMessage | undefined> {
    const channel = this.running(target.channel);
    await this.deps.forms.offer(replies);
    return (await channel.postTo(target, replies, options)) ?? undefined;
  }

  async editPosted(name: ChannelName, posted: PostedMessages, replies: Reply[]): Promise<void> {
    await this.deps.forms.offer(replies);
    await this.running(name).edit(posted, replies);
  }

  async editSend(key: string, compose: ComposeFor): Promise<EditSendResult> {
    const { db, messages, defaultLocale, members, log } = this.deps;
    const deliveries = await db.delivery.findMany({ where: { sendKey: key }, orderBy: { id: "asc" } });
    const result: EditSendResult = { edited: 0, rewritten: 0, failed: 0 };
    for (const delivery of deliveries) {
      const member = await members.load(delivery.memberId);
      if (!member) continue;
      const locale = preferredLocale(member, defaultLocale);
      const replies = compose(member, messages.translator(locale), locale);
      await db.delivery.update({ where: { id: delivery.id }, data: { replies: JSON.stringify(replies) } });
      if (delivery.status === "pending" || delivery.status === "deferred") result.rewritten += 1;
      if (delivery.status !== "sent" || !delivery.channel || !delivery.conversationId || !delivery.messageIds) continue;
      const posted = {
        conversationId: delivery.conversationId,
        messageIds: JSON.parse(delivery.messageIds) as string[],
      };
      try {
        await this.editPosted(delivery.channel, posted, replies);
        result.edited += 1;
      } catch (error) {
        result.failed += 1;
        log.warn(
          { err: error, deliveryId: delivery.id, channel: delivery.channel },
          "could not edit a delivered message",
        );
      }
    }
    return result;
  }

  private running(name: ChannelName): DeliveryChannel {
    const channel = this.channels.get(name);
    if (!channel) throw new Error(`Cannot reach ${name}: that channel is not running`);
    return channel;
  }

  /** One try: quiet hours, then the member's channel; the delivery row records what happened. */
  private async attempt(delivery: DeliveryRow, member: MemberProfile): Promise<Attempt> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const record = (data: Parameters<Database["delivery"]["update"]>[0]["data"]) =>
      db.delivery.update({ where: { id: delivery.id }, data });
    if (!delivery.urgent && member.quietHours && isQuiet(member.quietHours, member.timezone, now)) {
      const until = quietHoursEnd(member.quietHours, member.timezone, now);
      await record({ status: "deferred", deferredUntil: until, reason: "quiet-hours" });
      await this.deps.scheduler().schedule({
        kind: DELIVER_JOB,
        runAt: until,
        payload: { deliveryId: delivery.id },
        dedupeKey: deliverJobKey(delivery.id, until),
      });
      return { kind: "deferred", until };
    }
    const identity = await this.identityFor(member);
    if (!identity) {
      const known = await db.platformIdentity.count({ where: { memberId: member.id } });
      const reason = known ? "channel-offline" : "no-identity";
      await record({ status: "unreachable", reason });
      return { kind: "unreachable", reason };
    }
    const channel = this.channels.get(identity.channel)!;
    const replies = repliesSchema.parse(JSON.parse(delivery.replies));
    try {
      await this.deps.forms.offer(replies);
      const sent = await channel.sendDirect(identity, replies);
      await record({
        status: "sent",
        sentAt: clock.now(),
        attempts: { increment: 1 },
        channel: identity.channel,
        conversationId: sent.directConversationId ?? identity.directConversationId ?? null,
        messageIds: sent.messageIds ? JSON.stringify(sent.messageIds) : null,
        reason: null,
      });
      if (sent.directConversationId && sent.directConversationId !== identity.directConversationId) {
        await db.platformIdentity.update({
          where: { id: identity.id },
          data: { directConversationId: sent.directConversationId },
        });
      }
      return { kind: "sent", channel: identity.channel };
    } catch (error) {
      if (error instanceof UndeliverableError) {
        // The channel it was refused on: the sender may make up for it there (a mention in a shared channel).
        await record({
          status: "failed",
          attempts: { increment: 1 },
          reason: describe(error),
          channel: identity.channel,
        });
        this.deps.log.warn(
          { err: error, deliveryId: delivery.id, channel: identity.channel },
          "delivery refused for good",
        );
        return { kind: "undeliverable", reason: describe(error) };
      }
      await record({ status: "pending", attempts: { increment: 1 }, reason: describe(error) });
      this.deps.log.warn({ err: error, deliveryId: delivery.id, channel: identity.channel }, "delivery failed");
      return { kind: "failed", error };
    }
  }

  /** The member's identity on their preferred running channel, else the one they used last. */
  private async identityFor(member: MemberProfile) {
    const identities = await this.deps.db.platformIdentity.findMany({
      where: { memberId: member.id, channel: { in: [...this.channels.keys()] } },
      orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    });
    return identities.find((i) => i.channel === member.preferredChannel) ?? identities[0];
  }
}

/** What `notify` says of a delivery made earlier under the same key. */
function recorded(delivery: { status: string; reason: string | null; deferredUntil: Date | null }): NotifyResult {
  switch (delivery.status) {
    case "sent":
      return { status: "already-sent" };
    case "deferred":
      return { status: "deferred", until: delivery.deferredUntil! };
    case "unreachable":
      return { status: "unreachable", reason: delivery.reason === "no-identity" ? "no-identity" : "channel-offline" };
    case "failed":
      return { status: "failed", reason: delivery.reason ?? "failed" };
    default:
      return { status: "retrying" };
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);
