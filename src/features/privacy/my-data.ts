import type { HandlerContext } from "../../core/feature.ts";
import { isLocale } from "../../core/locale.ts";
import { professionKey } from "../../core/members/member-profile.ts";
import type { Database } from "../../core/persistence.ts";
import {
  type Block,
  context,
  ephemeral,
  fields,
  list,
  type Reply,
  reply,
  text,
  withButtons,
} from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import { eraseButton } from "./erasure.ts";
import { exportButton } from "./export.ts";

/** Everything the bot stores about one member (never a message text: there is none to show). */
async function loadStoredData(db: Database, memberId: number) {
  const member = await db.member.findUnique({
    where: { id: memberId },
    include: {
      roles: { orderBy: { role: "asc" } },
      communes: { orderBy: { communeCode: "asc" } },
      tags: { orderBy: [{ kind: "asc" }, { value: "asc" }] },
      identities: { orderBy: { id: "asc" } },
      _count: { select: { requests: true, trainingRegistrations: true, missionAssignments: true, deliveries: true } },
    },
  });
  if (!member) return undefined;
  const conversationLogs = await db.conversationLog.count({ where: { memberId } });
  return { ...member, conversationLogs };
}

type StoredData = NonNullable<Awaited<ReturnType<typeof loadStoredData>>>;

/** A stored language, or "auto" (shown as "the language of each message"). */
const language = (stored: string | null): string => (isLocale(stored) ? stored : "auto");

/** The profile fields, each shown even when empty, so the member sees what could be kept. */
function profileBlock(ctx: HandlerContext, data: StoredData): Block {
  const none = ctx.t("privacy.mydata.none");
  const or = (value: string | null | undefined) => value || none;
  const { territory } = ctx.services;
  return fields(
    { label: ctx.t("privacy.mydata.name"), value: data.displayName },
    { label: ctx.t("privacy.mydata.status"), value: ctx.t("privacy.mydata.status.value", { status: data.status }) },
    {
      label: ctx.t("privacy.mydata.profession"),
      value: data.profession ? ctx.t(professionKey(data.profession)) : none,
    },
    {
      label: ctx.t("privacy.mydata.roles"),
      value: or(data.roles.map((r) => ctx.t("privacy.mydata.role", { role: r.role })).join(", ")),
    },
    {
      label: ctx.t("privacy.mydata.communes"),
      value: or(data.communes.map((c) => territory.nameOf(c.communeCode)).join(", ")),
    },
    { label: ctx.t("privacy.mydata.tags"), value: or(data.tags.map((tag) => tag.value).join(", ")) },
    { label: ctx.t("privacy.mydata.availability"), value: data.availability ? ctx.t("privacy.mydata.given") : none },
    { label: ctx.t("privacy.mydata.email"), value: or(data.email) },
    { label: ctx.t("privacy.mydata.phone"), value: or(data.phone) },
    {
      label: ctx.t("privacy.mydata.quietHours"),
      value:
        data.quietHoursStart && data.quietHoursEnd
          ? ctx.t("privacy.mydata.quietHoursValue", { start: data.quietHoursStart, end: data.quietHoursEnd })
          : none,
    },
    {
      label: ctx.t("privacy.mydata.language"),
      value: ctx.t("privacy.mydata.language.value", { locale: language(data.locale) }),
    },
    {
      label: ctx.t("privacy.mydata.lastLanguage"),
      value: ctx.t("privacy.mydata.language.value", { locale: language(data.lastLocale) }),
    },
    {
      label: ctx.t("privacy.mydata.since"),
      value: formatDate(data.createdAt, ctx.locale, ctx.services.config.timezone),
    },
  );
}

function identitiesBlock(ctx: HandlerContext, data: StoredData): Block {
  const date = (at: Date) => formatDate(at, ctx.locale, ctx.services.config.timezone);
  return list(
    data.identities.map((identity) => {
      const params = { channel: identity.channel, workspace: identity.workspaceId };
      return identity.lastSeenAt
        ? ctx.t("privacy.mydata.identity", { ...params, seen: date(identity.lastSeenAt) })
        : ctx.t("privacy.mydata.identityNeverSeen", params);
    }),
  );
}

function activityBlock(ctx: HandlerContext, data: StoredData): Block {
  const { _count: counts } = data;
  return fields(
    { label: ctx.t("privacy.mydata.requests"), value: String(counts.requests) },
    { label: ctx.t("privacy.mydata.trainings"), value: String(counts.trainingRegistrations) },
    { label: ctx.t("privacy.mydata.missions"), value: String(counts.missionAssignments) },
    { label: ctx.t("privacy.mydata.announcements"), value: String(counts.deliveries) },
    { label: ctx.t("privacy.mydata.logs"), value: String(data.conversationLogs) },
  );
}

/**
 * What the bot stores about the member asking, read from the database, and how to have it erased.
 * Shown only to them (ephemeral): it holds their contact details.
 */
export async function myDataReply(ctx: HandlerContext): Promise<Reply> {
  const data = await loadStoredData(ctx.services.db, ctx.member.id);
  if (!data) return ephemeral(reply(ctx.t("privacy.mydata.unknownMember")));
  const { config } = ctx.services;
  const blocks = [
    text(ctx.t("privacy.mydata.title")),
    profileBlock(ctx, data),
    text(ctx.t("privacy.mydata.identities")),
    identitiesBlock(ctx, data),
    text(ctx.t("privacy.mydata.activity")),
    activityBlock(ctx, data),
    context(ctx.t("privacy.mydata.logPolicy", { days: config.conversationLogRetentionDays })),
  ];
  if (data.erasureRequestedAt) {
    const date = formatDate(data.erasureRequestedAt, ctx.locale, config.timezone);
    return ephemeral(withButtons(reply(...blocks, ctx.t("privacy.mydata.erasePending", { date })), exportButton(ctx)));
  }
  return ephemeral(
    withButtons(reply(...blocks, ctx.t("privacy.mydata.eraseOffer")), exportButton(ctx), eraseButton(ctx)),
  );
}
