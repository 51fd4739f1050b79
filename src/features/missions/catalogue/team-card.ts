// A mission as the coordination team sees it: the volunteers' card, its status, its history (who did
// what, when) and who was asked and what they answered (the engine's view, with why they were ranked), with
// what can be done next.
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { MissionEvent } from "../../../core/persistence.ts";
import { type Button, context, ephemeral, list, type Reply, reply, text, withButtons } from "../../../core/reply.ts";
import { formatShortDateTime } from "../../../util/time.ts";
import { missionCard } from "../mission-card.ts";
import { askedLine, missionAskedView } from "../offers/asked-view.ts";
import { cancelButton } from "./cancel-form.ts";
import { fieldLabels, missionFormButton, valuesOf } from "./mission-form.ts";

/** Buttons of the team's card: its card again, publish a draft. */
export const showTeamCard = defineAction("missions:team-card", idArg);
export const publish = defineAction("missions:publish", idArg);

/** Entries of the history shown: the latest ones, the whole history stays in the database. */
const HISTORY_SHOWN = 12;

type Named = { displayName: string } | null;

/** The team's card of mission n, or why there is none. */
export async function teamCard(ctx: HandlerContext, missionId: number): Promise<Reply> {
  const mission = await ctx.services.db.mission.findUnique({
    where: { id: missionId },
    include: {
      tags: true,
      contact: { select: { displayName: true } },
      events: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: HISTORY_SHOWN,
        include: { actor: true, member: true },
      },
    },
  });
  const asked = await missionAskedView(ctx.services.db, missionId);
  if (!mission || !asked) return ephemeral(reply(ctx.t("missions.error.notFound", { id: missionId })));
  const card = missionCard(ctx, mission, mission.contact ?? undefined);
  const blocks = [
    ...card.blocks,
    context(ctx.t("missions.team.status", { status: mission.status })),
    text(ctx.t("missions.team.history")),
    list(mission.events.reverse().map((event) => historyLine(ctx, event))),
    text(ctx.t("missions.team.asked", { count: asked.rows.length })),
    ...(asked.rows.length ? [list(asked.rows.map((row) => askedLine(ctx, row)))] : []),
  ];
  const buttons: Button[] = [];
  if (mission.status === "draft")
    buttons.push({ label: ctx.t("missions.button.publish"), actionId: publish.id(missionId), style: "primary" });
  if (mission.status !== "done" && mission.status !== "cancelled") {
    buttons.push(
      await missionFormButton(ctx, ctx.t("missions.button.edit"), { missionId, initial: valuesOf(ctx, mission) }),
    );
    buttons.push(cancelButton(ctx, missionId));
  }
  return withButtons({ ...card, blocks }, ...buttons);
}

/** « 2 déc. 14:05 — publiée par Julie Moreau ». */
function historyLine(ctx: HandlerContext, event: MissionEvent & { actor: Named; member: Named }): string {
  const detail = event.detail ? (JSON.parse(event.detail) as Record<string, unknown>) : {};
  const bot = ctx.t(detail.source === "import" ? "missions.team.import" : "missions.team.bot");
  const what = ctx.t("missions.event", {
    kind: event.kind,
    actor: event.actor ? escapeMarkdown(event.actor.displayName) : bot,
    member: event.member ? escapeMarkdown(event.member.displayName) : "—",
    detail: eventDetail(ctx, detail),
  });
  return `${formatShortDateTime(event.at, ctx.locale, ctx.services.config.timezone)} — ${what}`;
}

/** The event's detail in words: the fields edited, a reason, hours; « none » without one. */
function eventDetail(ctx: HandlerContext, detail: Record<string, unknown>): string {
  if (Array.isArray(detail.fields)) return fieldLabels(ctx, detail.fields.map(String));
  if (typeof detail.reason === "string") return reasonLabel(ctx, detail.reason);
  if (typeof detail.hours === "number") return ctx.t("missions.hours", { hours: detail.hours });
  return "none";
}

/** A decline reason by its label (« Trop loin »), any other reason as it was written. */
function reasonLabel(ctx: HandlerContext, reason: string): string {
  const known = `missions.decline.${reason}`;
  return ctx.services.messages.has(known) ? ctx.t(known) : escapeMarkdown(reason);
}
