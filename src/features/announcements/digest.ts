// The weekly digest, for members who would rather have one message a week than one per announcement:
// at their chosen day and time (Paris), the announcements of the past week meant for them, in one message.
import { DateTime } from "luxon";
import { z } from "zod";
import type { HandlerContext, JobKind } from "../../core/feature.ts";
import { isLocale } from "../../core/locale.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { preferredLocale } from "../../core/members/member-profile.ts";
import { audienceWhere } from "../../core/outbound/audience.ts";
import { type Block, context, type Reply, reply, text } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { compact } from "../../util/fold.ts";
import { readAudienceJson } from "./announcement-message.ts";
import { readWhen } from "./when-text.ts";

const DIGEST_JOB = "announcements.digest";
const WEEK_MS = 7 * 86_400_000;
const OFF = new Set(["non", "off", "aucun", "arreter", "stop", "no", "none"].map(compact));

/** `/annonces résumé lundi 9h` or `/annonces résumé non`: the member's choice, told back. */
export async function setDigest(ctx: HandlerContext, written: string): Promise<Reply> {
  const { db, clock, config } = ctx.services;
  if (OFF.has(compact(written))) {
    await db.member.update({ where: { id: ctx.member.id }, data: { digestWeekday: null, digestTime: null } });
    return reply(ctx.t("announcements.digest.off"));
  }
  const when = readWhen(written, clock.now(), config.timezone, ctx.locale);
  if (when.kind !== "at" && when.kind !== "past") return reply(ctx.t("announcements.digest.ask"));
  const local = DateTime.fromJSDate(when.at, { zone: config.timezone }).setLocale(ctx.locale);
  await db.member.update({
    where: { id: ctx.member.id },
    data: { digestWeekday: local.weekday, digestTime: local.toFormat("HH:mm") },
  });
  return reply(ctx.t("announcements.digest.on", { day: local.toFormat("cccc"), time: local.toFormat("HH:mm") }));
}

/** Sends the digests due this hour: each member's, once per week (the key), announcements withdrawn left out. */
async function sendDigests(services: Services): Promise<number> {
  const { db, clock, config, messages, outbound } = services;
  const now = clock.now();
  const local = DateTime.fromJSDate(now, { zone: config.timezone });
  const due = await db.member.findMany({
    where: {
      digestWeekday: local.weekday,
      digestTime: { startsWith: local.toFormat("HH") },
      status: { not: "inactive" },
    },
    select: { id: true, locale: true, lastLocale: true },
  });
  if (!due.length) return 0;
  const recent = await db.announcement.findMany({
    where: { status: "sent", direct: true, retractedAt: null, sentAt: { gte: new Date(now.getTime() - WEEK_MS) } },
    orderBy: { sentAt: "asc" },
  });
  // One query per announcement (not per member and announcement): which of the members due it reaches.
  const dueIds = due.map((member) => member.id);
  const reached = await Promise.all(
    recent.map(async (a) => {
      const where = { AND: [audienceWhere(readAudienceJson(a.audience)), { id: { in: dueIds } }] };
      return new Set((await db.member.findMany({ where, select: { id: true } })).map((m) => m.id));
    }),
  );
  let sent = 0;
  for (const member of due) {
    const theirs = recent.filter((_a, i) => reached[i]!.has(member.id));
    if (!theirs.length) continue;
    const locale = preferredLocale(
      {
        locale: isLocale(member.locale) ? member.locale : null,
        lastLocale: isLocale(member.lastLocale) ? member.lastLocale : null,
      },
      config.defaultLocale,
    );
    const t = messages.translator(locale);
    const blocks: Block[] = [text(t("announcements.digest.title", { count: theirs.length }))];
    for (const a of theirs) {
      blocks.push(text(`**${escapeMarkdown(a.title ?? t("announcements.untitled"))}**\n${a.body}`));
      blocks.push(context(t("announcements.footer", { id: a.id })));
    }
    await outbound.notify(member.id, [reply(...blocks)], {
      key: `announcement-digest:${member.id}:${`${local.weekYear}-W${local.weekNumber}`}`,
    });
    sent += 1;
  }
  return sent;
}

const kinds = [
  {
    kind: DIGEST_JOB,
    payload: z.object({}).strict(),
    every: "0 * * * *",
    run: async (_payload, { services, log }) => {
      const sent = await sendDigests(services);
      if (sent) log.info({ sent }, "announcement digests sent");
    },
  } satisfies JobKind<Record<string, never>>,
];

export const digestJobs = kinds as JobKind<unknown>[];
