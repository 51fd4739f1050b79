// An announcement goes out through the scheduler: stored with its publication job in one transaction,
// so a restart neither loses nor repeats it; published as one delivery per recipient (the core's
// audience send, idempotent by its key) and a post in each announcement channel asked for.
import { z } from "zod";
import type { JobKind } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import type { ChannelName } from "../../core/inbound.ts";
import type { Locale } from "../../core/locale.ts";
import { audienceWhere } from "../../core/outbound/audience.ts";
import type { Services } from "../../core/services.ts";
import { formatDateTime } from "../../util/time.ts";
import { type AnnouncementContent, announcementReply, readAudienceJson, readButtons } from "./announcement-message.ts";
import type { AnnouncementDraft } from "./draft.ts";
import { recordEvent } from "./history.ts";
import { announcementSettings } from "./settings.ts";

const PUBLISH_JOB = "announcements.publish";
const FALLBACK_JOB = "announcements.fallback";
/** Failed direct messages are made up for this long after publication (and again while some wait). */
const FALLBACK_AFTER_MS = 10 * 60_000;

export const sendKeyOf = (announcementId: number) => `announcement:${announcementId}`;
export const publishKey = (announcementId: number, at: Date) =>
  `announcement:${announcementId}:publish@${at.toISOString()}`;

/** Stores the draft as a scheduled announcement and its publication job, in one transaction. */
export async function scheduleAnnouncement(services: Services, authorId: number, draft: AnnouncementDraft) {
  const now = services.clock.now();
  const at = draft.at ? new Date(draft.at) : now;
  return services.db.$transaction(async (tx) => {
    const announcement = await tx.announcement.create({
      data: {
        authorId,
        title: draft.title ?? null,
        body: draft.body ?? "",
        link: draft.link ?? null,
        buttons: draft.buttons?.length ? JSON.stringify(draft.buttons) : null,
        audience: JSON.stringify(draft.audience ?? {}),
        urgent: draft.urgent,
        direct: draft.direct,
        inChannels: draft.inChannels,
        status: "scheduled",
        scheduledFor: at,
        createdAt: now,
      },
    });
    await recordEvent(tx, announcement.id, "created", authorId, now, { scheduledFor: at.toISOString() });
    await services.scheduler.scheduleIn(tx, publishJob(announcement.id, at));
    return announcement;
  });
}

export const publishJob = (announcementId: number, at: Date) => ({
  kind: PUBLISH_JOB,
  runAt: at,
  payload: { announcementId, at: at.toISOString() },
  dedupeKey: publishKey(announcementId, at),
});

export const contentOf = (row: {
  id: number;
  title: string | null;
  body: string;
  link: string | null;
  buttons: string | null;
  urgent: boolean;
}): AnnouncementContent => ({ ...row, buttons: readButtons(row.buttons) });

/**
 * Publishes an announcement whose time has come: its deliveries (each sent by its own job, quiet hours
 * respected unless urgent), then its channel posts. Run again after a crash, it completes what is
 * missing and repeats nothing. A job left from before a change of time does nothing.
 */
async function publishAnnouncement(services: Services, announcementId: number, at: Date): Promise<void> {
  const { db, clock, outbound } = services;
  const row = await db.announcement.findUnique({ where: { id: announcementId } });
  if (!row || row.scheduledFor?.getTime() !== at.getTime()) return;
  if (row.status !== "scheduled" && row.status !== "sending") return;
  await db.announcement.update({ where: { id: announcementId }, data: { status: "sending" } });
  const content = contentOf(row);
  if (row.direct) {
    const audience = readAudienceJson(row.audience);
    // Members who chose the weekly digest find it there instead.
    const digest = await services.db.member.findMany({
      where: { AND: [audienceWhere(audience), { digestWeekday: { not: null } }] },
      select: { id: true },
    });
    await outbound.send({
      audience: { ...audience, exceptMemberIds: digest.map((m) => m.id) },
      compose: (_member, t) => [announcementReply(content, t, { readButton: true })],
      key: sendKeyOf(announcementId),
      urgent: row.urgent,
    });
  }
  if (row.inChannels) await postInChannels(services, announcementId);
  const now = clock.now();
  await db.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id: announcementId }, data: { status: "sent", sentAt: now } });
    await recordEvent(tx, announcementId, "sent", null, now);
    if (row.direct) await services.scheduler.scheduleIn(tx, fallbackJob(announcementId, now));
  });
}

export interface ChannelPost {
  channel: ChannelName;
  workspaceId: string;
  conversationId: string;
  messageIds: string[];
}

export const readPosts = (json: string | null): ChannelPost[] => (json ? (JSON.parse(json) as ChannelPost[]) : []);

/** Posts in each configured announcement channel not posted in yet, in the network's language. */
async function postInChannels(services: Services, announcementId: number): Promise<void> {
  const { channels } = services.config.settings.of(announcementSettings);
  for (const target of channels) {
    const row = await services.db.announcement.findUniqueOrThrow({ where: { id: announcementId } });
    const posts = readPosts(row.channelPosts);
    if (posts.some((p) => p.channel === target.channel)) continue;
    const t = services.messages.translator(services.config.defaultLocale);
    try {
      const sent = await services.outbound.post(target, [announcementReply(contentOf(row), t, { readButton: false })]);
      posts.push({ ...target, messageIds: sent?.messageIds ?? [] });
      await services.db.announcement.update({
        where: { id: announcementId },
        data: { channelPosts: JSON.stringify(posts) },
      });
    } catch (error) {
      services.log.warn(
        { err: error, announcementId, channel: target.channel },
        "announcement not posted in its channel",
      );
    }
  }
}

const fallbackJob = (announcementId: number, from: Date) => {
  const runAt = new Date(from.getTime() + FALLBACK_AFTER_MS);
  return {
    kind: FALLBACK_JOB,
    runAt,
    payload: { announcementId },
    dedupeKey: `announcement:${announcementId}:fallback@${runAt.toISOString()}`,
  };
};

/**
 * Members whose direct message failed for good (DMs closed, bot blocked) are mentioned in their
 * platform's announcement channel with the announcement, once; counted by `fallbackAt`. While some
 * deliveries still wait (quiet hours, retries), the job comes back later.
 */
async function fallBack(services: Services, announcementId: number): Promise<void> {
  const { db, clock, config } = services;
  const row = await db.announcement.findUnique({ where: { id: announcementId } });
  if (!row || row.retractedAt) return;
  const failed = await db.delivery.findMany({
    where: { sendKey: sendKeyOf(announcementId), status: "failed", fallbackAt: null, channel: { not: null } },
    select: { id: true, memberId: true, channel: true },
  });
  const { channels } = config.settings.of(announcementSettings);
  const t = services.messages.translator(config.defaultLocale);
  for (const target of channels) {
    const here = failed.filter((d) => d.channel === target.channel);
    if (!here.length) continue;
    const identities = await db.platformIdentity.findMany({
      where: {
        memberId: { in: here.map((d) => d.memberId) },
        channel: target.channel,
        workspaceId: target.workspaceId,
      },
      select: { externalUserId: true },
    });
    const notice = { ...announcementReply(contentOf(row), t, { readButton: false }) };
    notice.blocks = [{ kind: "text", markdown: t("announcements.fallback.notice") }, ...notice.blocks];
    await services.outbound.post(target, [notice], { mentions: identities.map((i) => i.externalUserId) });
    await db.delivery.updateMany({ where: { id: { in: here.map((d) => d.id) } }, data: { fallbackAt: clock.now() } });
  }
  const waiting = await db.delivery.count({
    where: { sendKey: sendKeyOf(announcementId), status: { in: ["pending", "deferred"] } },
  });
  if (waiting) await services.scheduler.schedule(fallbackJob(announcementId, clock.now()));
}

const kinds = [
  {
    kind: PUBLISH_JOB,
    payload: z.object({ announcementId: z.number().int().positive(), at: z.string().datetime() }),
    run: ({ announcementId, at }, { services }) => publishAnnouncement(services, announcementId, new Date(at)),
  } satisfies JobKind<{ announcementId: number; at: string }>,
  {
    kind: FALLBACK_JOB,
    payload: z.object({ announcementId: z.number().int().positive() }),
    run: ({ announcementId }, { services }) => fallBack(services, announcementId),
  } satisfies JobKind<{ announcementId: number }>,
];

/** The announcements' job kinds, as the feature registers them (untyped payloads). */
export const announcementJobs = kinds as JobKind<unknown>[];

/** « lundi 30 novembre 2026 à 09:00 », or « maintenant ». */
export const describeWhen = (
  services: Services,
  at: string | null | undefined,
  t: Translate,
  locale: Locale,
): string => (at ? formatDateTime(new Date(at), locale, services.config.timezone) : t("announcements.when.now"));
