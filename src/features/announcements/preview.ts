// The preview before sending: the message as recipients will read it, then who, where, when — counted.
import type { HandlerContext } from "../../core/feature.ts";
import type { ChannelName } from "../../core/inbound.ts";
import { type Button, fields, type Reply, reply, withButtons } from "../../core/reply.ts";
import { discardDraft, draftOption, sendDraft } from "./actions.ts";
import { announcementReply } from "./announcement-message.ts";
import { describeAudience, type Reach, reachOf } from "./audience.ts";
import type { AnnouncementDraft } from "./draft.ts";
import { describeWhen } from "./publish.ts";
import { announcementSettings } from "./settings.ts";

export async function previewReplies(ctx: HandlerContext, draft: AnnouncementDraft): Promise<Reply[]> {
  const { t, locale, services } = ctx;
  const content = {
    id: 0, // numbered when it is stored

    title: draft.title ?? null,
    body: draft.body ?? "",
    link: draft.link ?? null,
    buttons: draft.buttons ?? [],
    urgent: draft.urgent,
  };
  const reach = await reachOf(services, draft.audience ?? {});
  const summary = reply(
    t("announcements.preview.summary"),
    fields(
      { label: t("announcements.field.audience"), value: describeAudience(draft.audience ?? {}, services, t, locale) },
      { label: t("announcements.field.reach"), value: describeReach(ctx, reach, draft) },
      { label: t("announcements.field.where"), value: describeWhere(ctx, draft) },
      { label: t("announcements.field.when"), value: describeWhen(services, draft.at, t, locale) },
      {
        label: t("announcements.field.urgent"),
        value: t(draft.urgent ? "announcements.urgent.yes" : "announcements.urgent.no"),
      },
    ),
  );
  const buttons: Button[] = [
    {
      label: t(draft.at ? "announcements.button.schedule" : "announcements.button.send"),
      actionId: sendDraft.id(),
      style: "primary",
    },
    {
      label: t(draft.urgent ? "announcements.button.notUrgent" : "announcements.button.urgent"),
      actionId: draftOption.id("urgent"),
    },
    { label: t("announcements.button.where"), actionId: draftOption.id("where") },
    { label: t("announcements.button.discard"), actionId: discardDraft.id() },
  ];
  return [
    reply(t("announcements.preview.title")),
    announcementReply(content, t, { readButton: false, preview: true }),
    withButtons(summary, ...buttons),
  ];
}

/** « 4 membres : 3 sur Slack, 1 sur Discord ; 1 sans compte de chat ; 2 par le résumé hebdomadaire ». */
function describeReach(ctx: HandlerContext, reach: Reach, draft: AnnouncementDraft): string {
  const { t } = ctx;
  const parts = (Object.entries(reach.byChannel) as [ChannelName, number][]).map(([channel, count]) =>
    t("announcements.reach.channel", { count, where: t("core.onChannel", { channel }) }),
  );
  const digest = reach.digestMemberIds.length;
  const lines = [t("announcements.reach.total", { count: reach.memberIds.length + digest })];
  if (draft.direct && parts.length) lines.push(parts.join(", "));
  if (reach.noAccount) lines.push(t("announcements.reach.noAccount", { count: reach.noAccount }));
  if (digest) lines.push(t("announcements.reach.digest", { count: digest }));
  return lines.join(" — ");
}

function describeWhere(ctx: HandlerContext, draft: AnnouncementDraft): string {
  const { t, services } = ctx;
  const channels = services.config.settings.of(announcementSettings).channels;
  const posted = channels.map((c) => t("core.channel", { channel: c.channel })).join(", ");
  const where = [
    ...(draft.direct ? [t("announcements.where.direct")] : []),
    ...(draft.inChannels ? [t("announcements.where.channels", { channels: posted || "—" })] : []),
  ];
  return where.join(" + ");
}
