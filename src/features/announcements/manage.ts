// Announcements after they are written: listed, rescheduled or cancelled before they go; edited or
// withdrawn after (every copy already posted follows), with their delivery and read counts.
import type { HandlerContext } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { type Button, ephemeral, fields, list, type Reply, reply, withButtons } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { cancelScheduled } from "./actions.ts";
import { announcementReply, readAudienceJson, withdrawnReply } from "./announcement-message.ts";
import { describeAudience } from "./audience.ts";
import { readBody } from "./draft.ts";
import { recordEvent } from "./history.ts";
import { contentOf, describeWhen, publishJob, publishKey, readPosts, sendKeyOf } from "./publish.ts";
import { readWhen } from "./when-text.ts";

/** Scheduled announcements, and the last ones sent. */
export async function listReply(ctx: HandlerContext): Promise<Reply> {
  const { db } = ctx.services;
  const rows = await db.announcement.findMany({
    where: { status: { in: ["scheduled", "sending", "sent"] } },
    orderBy: [{ scheduledFor: "desc" }, { id: "desc" }],
    take: 10,
  });
  if (!rows.length) return reply(ctx.t("announcements.list.none"));
  const items = rows.map((row) =>
    ctx.t("announcements.list.item", {
      id: row.id,
      title: escapeMarkdown(row.title ?? ctx.t("announcements.untitled")),
      status: ctx.t(`announcements.status.${row.retractedAt ? "retracted" : row.status}`),
      when: describeWhen(ctx.services, row.scheduledFor?.toISOString(), ctx.t, ctx.locale),
      audience: describeAudience(readAudienceJson(row.audience), ctx.services, ctx.t, ctx.locale),
    }),
  );
  const cancels: Button[] = rows
    .filter((row) => row.status === "scheduled")
    .map((row) => ({
      label: ctx.t("announcements.button.cancel", { id: row.id }),
      actionId: cancelScheduled.id(row.id),
      style: "danger",
      confirm: {
        title: ctx.t("announcements.confirm.cancel.title"),
        text: ctx.t("announcements.confirm.cancel.text", { id: row.id }),
        confirm: ctx.t("announcements.confirm.cancel.yes"),
        deny: ctx.t("announcements.confirm.cancel.no"),
      },
    }));
  return withButtons(
    reply(ctx.t("announcements.list.title"), list(items), ctx.t("announcements.list.hint")),
    ...cancels,
  );
}

type Row = NonNullable<Awaited<ReturnType<Services["db"]["announcement"]["findUnique"]>>>;

async function load(ctx: HandlerContext, id: number): Promise<Row | Reply> {
  const row = await ctx.services.db.announcement.findUnique({ where: { id } });
  return row ?? ephemeral(reply(ctx.t("announcements.error.notFound", { id })));
}

const isReply = (value: Row | Reply): value is Reply => "blocks" in value;

export async function cancelAnnouncement(ctx: HandlerContext, id: number): Promise<Reply> {
  const row = await load(ctx, id);
  if (isReply(row)) return row;
  if (row.status !== "scheduled") return ephemeral(reply(ctx.t("announcements.error.notScheduled", { id })));
  const { db, clock, scheduler } = ctx.services;
  await db.announcement.update({ where: { id }, data: { status: "cancelled" } });
  if (row.scheduledFor) await scheduler.cancel(publishKey(id, row.scheduledFor));
  await recordEvent(db, id, "cancelled", ctx.member.id, clock.now());
  return reply(ctx.t("announcements.cancelled", { id }));
}

export async function reschedule(ctx: HandlerContext, id: number, written: string): Promise<Reply> {
  const row = await load(ctx, id);
  if (isReply(row)) return row;
  if (row.status !== "scheduled") return ephemeral(reply(ctx.t("announcements.error.notScheduled", { id })));
  const { services, t, locale } = ctx;
  const now = services.clock.now();
  const when = readWhen(written, now, services.config.timezone, locale);
  if (when.kind !== "at" && when.kind !== "now") return ephemeral(reply(t("announcements.retry.when")));
  const at = when.kind === "now" ? now : when.at;
  await services.db.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id }, data: { scheduledFor: at } });
    await recordEvent(tx, id, "rescheduled", ctx.member.id, now, {
      from: row.scheduledFor?.toISOString(),
      to: at.toISOString(),
    });
    await services.scheduler.scheduleIn(tx, publishJob(id, at));
  });
  // The old job finds another time on the announcement and does nothing; cancelling it spares a claim.
  if (row.scheduledFor) await services.scheduler.cancel(publishKey(id, row.scheduledFor));
  return reply(t("announcements.rescheduled", { id, when: describeWhen(services, at.toISOString(), t, locale) }));
}

/** Replaces the text (and its link and buttons); a sent announcement is edited wherever it was posted. */
export async function editAnnouncement(ctx: HandlerContext, id: number, written: string): Promise<Reply> {
  const row = await load(ctx, id);
  if (isReply(row)) return row;
  if (row.retractedAt || row.status === "cancelled") return ephemeral(reply(ctx.t("announcements.error.gone", { id })));
  const { body, link, buttons } = readBody(written);
  if (!body) return ephemeral(reply(ctx.t("announcements.retry.body")));
  const { db, clock } = ctx.services;
  const now = clock.now();
  const updated = await db.announcement.update({
    where: { id },
    data: {
      body,
      link: link ?? row.link,
      buttons: buttons.length ? JSON.stringify(buttons) : row.buttons,
      editedAt: now,
    },
  });
  await recordEvent(db, id, "edited", ctx.member.id, now, { previousBody: row.body });
  if (row.status === "scheduled") return reply(ctx.t("announcements.edited.scheduled", { id }));
  const content = contentOf(updated);
  const copies = await rewriteCopies(ctx.services, id, (t, read) =>
    announcementReply(content, t, { readButton: true, read }),
  );
  return reply(ctx.t("announcements.edited", { id, ...copies }));
}

/** Withdraws an announcement: scheduled, it is cancelled; sent, every copy says it was withdrawn. */
export async function retractAnnouncement(ctx: HandlerContext, id: number): Promise<Reply> {
  const row = await load(ctx, id);
  if (isReply(row)) return row;
  if (row.status === "scheduled") return cancelAnnouncement(ctx, id);
  if (row.retractedAt || row.status === "cancelled") return ephemeral(reply(ctx.t("announcements.error.gone", { id })));
  const { db, clock } = ctx.services;
  const now = clock.now();
  // Messages still waiting (quiet hours) are not sent at all.
  const dropped = await db.delivery.deleteMany({
    where: { sendKey: sendKeyOf(id), status: { in: ["pending", "deferred"] } },
  });
  await db.announcement.update({ where: { id }, data: { retractedAt: now } });
  await recordEvent(db, id, "retracted", ctx.member.id, now, { notSent: dropped.count });
  const copies = await rewriteCopies(ctx.services, id, (t) => withdrawnReply(row, t));
  return reply(ctx.t("announcements.retracted", { id, ...copies, dropped: dropped.count }));
}

/** Every posted copy rewritten: the members' direct messages and the announcement channels' posts. */
async function rewriteCopies(
  services: Services,
  id: number,
  render: (t: Translate, read: boolean) => Reply,
): Promise<{ edited: number; failed: number }> {
  const { db, outbound, messages, config, log } = services;
  const reads = new Set(
    (
      await db.delivery.findMany({
        where: { sendKey: sendKeyOf(id), readAt: { not: null } },
        select: { memberId: true },
      })
    ).map((d) => d.memberId),
  );
  const direct = await outbound.editSend(sendKeyOf(id), (member, t) => [render(t, reads.has(member.id))]);
  let { edited, failed } = direct;
  const row = await db.announcement.findUniqueOrThrow({ where: { id } });
  const t = messages.translator(config.defaultLocale);
  for (const post of readPosts(row.channelPosts)) {
    // A channel's copy carries no « Lu ✓ »: one click there would speak for everyone.
    const shared = { ...render(t, false), buttons: [] };
    try {
      await outbound.editPosted(post.channel, post, [shared]);
      edited += 1;
    } catch (error) {
      failed += 1;
      log.warn({ err: error, announcementId: id, channel: post.channel }, "announcement channel post not edited");
    }
  }
  return { edited, failed };
}

/** « Lu ✓ »: the member's read is recorded once, and their copy says so. */
export async function markAsRead(ctx: HandlerContext, id: number): Promise<Reply[]> {
  const { db, clock } = ctx.services;
  const row = await db.announcement.findUnique({ where: { id } });
  if (!row || row.retractedAt) return [ephemeral(reply(ctx.t("announcements.error.gone", { id })))];
  await db.delivery.updateMany({
    where: { sendKey: sendKeyOf(id), memberId: ctx.member.id, readAt: null },
    data: { readAt: clock.now() },
  });
  return [{ ...announcementReply(contentOf(row), ctx.t, { readButton: true, read: true }), replaceOriginal: true }];
}

/** `/annonce stats N`: delivered, deferred, failed (and made up for in the channel), read. */
export async function statsReply(ctx: HandlerContext, id: number): Promise<Reply> {
  const row = await load(ctx, id);
  if (isReply(row)) return row;
  const { db } = ctx.services;
  const key = sendKeyOf(id);
  const count = (where: object) => db.delivery.count({ where: { sendKey: key, ...where } });
  const [total, delivered, deferred, pending, failed, unreachable, fallback, read] = await Promise.all([
    count({}),
    count({ status: "sent" }),
    count({ status: "deferred" }),
    count({ status: "pending" }),
    count({ status: "failed" }),
    count({ status: "unreachable" }),
    count({ fallbackAt: { not: null } }),
    count({ readAt: { not: null } }),
  ]);
  const { t } = ctx;
  return reply(
    t("announcements.stats.title", { id, title: escapeMarkdown(row.title ?? t("announcements.untitled")) }),
    fields(
      { label: t("announcements.stats.recipients"), value: String(total) },
      { label: t("announcements.stats.delivered"), value: String(delivered) },
      { label: t("announcements.stats.deferred"), value: String(deferred + pending) },
      {
        label: t("announcements.stats.failed"),
        value: t("announcements.stats.failedValue", { failed: failed + unreachable, fallback }),
      },
      { label: t("announcements.stats.read"), value: String(read) },
    ),
  );
}
