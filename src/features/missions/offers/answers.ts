// What a volunteer is answered when they accept, decline or withdraw — from a button here, or from a
// message the conversation side understood (« j'accepte la mission 3 », « pas dispo jusqu'au 15 janvier »).
import type { HandlerContext } from "../../../core/feature.ts";
import { type Button, ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { acceptMission } from "../engine/accept.ts";
import { DECLINE_REASONS, type DeclineReason, declineMission, giveDeclineReason } from "../engine/decline.ts";
import { withdrawFromMission } from "../engine/withdraw.ts";
import type { Reason } from "../matching/ranking.ts";
import type { CardContext } from "../mission-card.ts";
import { declineBecause, joinWaitlist } from "./actions.ts";
import { confirmationReply, loadCardMission } from "./confirmation.ts";
import { infoReply } from "./offer-reply.ts";

const card = (ctx: HandlerContext): CardContext => ({ t: ctx.t, locale: ctx.locale, services: ctx.services });

/**
 * Takes a seat for the member: the confirmation with its calendar file; when the mission is full, says so
 * with a button to join the waitlist (or joins it, with `ifFull: "waitlist"`).
 */
export async function acceptAnswer(
  ctx: HandlerContext,
  missionId: number,
  ifFull: "refuse" | "waitlist" = "refuse",
): Promise<Reply> {
  const now = ctx.services.clock.now();
  const result = await acceptMission(ctx.services, { missionId, memberId: ctx.member.id, now, ifFull });
  if (!result.ok) {
    const answer = reply(ctx.t(result.error, result.params));
    if (result.error !== "missions.accept.full") return ephemeral(answer);
    return withButtons(answer, { label: ctx.t("missions.button.waitlist"), actionId: joinWaitlist.id(missionId) });
  }
  const outcome = result.value;
  if (outcome.status === "waitlisted") {
    return reply(
      ctx.t("missions.waitlisted", { id: missionId, title: outcome.mission.title, position: outcome.position }),
    );
  }
  const mission = await loadCardMission(ctx.services.db, missionId);
  ctx.log.info({ missionId, filled: outcome.filled }, "mission seat taken");
  return confirmationReply(card(ctx), mission!, now, "accepted");
}

const reasonButtons = (ctx: HandlerContext, missionId: number): Button[] =>
  DECLINE_REASONS.map((reason) => ({
    label: ctx.t(`missions.decline.${reason}`),
    actionId: declineBecause.id({ missionId, reason }),
  }));

/** « Non merci »: thanks, and the optional reasons as buttons (none given: nothing more happens). */
export async function declineAnswer(
  ctx: HandlerContext,
  missionId: number,
  because?: { reason: DeclineReason; until?: Date },
): Promise<Reply> {
  const now = ctx.services.clock.now();
  const result = await declineMission(ctx.services, { missionId, memberId: ctx.member.id, now, ...because });
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  if (because) return reasonAnswer(ctx, because.reason, result.value.pausedUntil);
  return withButtons(reply(ctx.t("missions.declined", { id: missionId })), ...reasonButtons(ctx, missionId));
}

function reasonAnswer(ctx: HandlerContext, reason: DeclineReason, pausedUntil: Date | null): Reply {
  const until = pausedUntil ? formatDate(pausedUntil, ctx.locale) : "none";
  return reply(ctx.t(`missions.declined.${reason}`, { until }));
}

/** The reason given after the « non » (its buttons). */
export async function declineReasonAnswer(
  ctx: HandlerContext,
  missionId: number,
  reason: DeclineReason,
  until?: Date,
): Promise<Reply> {
  const now = ctx.services.clock.now();
  const input = { missionId, memberId: ctx.member.id, now, reason, ...(until ? { until } : {}) };
  const result = await giveDeclineReason(ctx.services, input);
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  return reasonAnswer(ctx, reason, result.value.pausedUntil);
}

/** Gives back a seat, a waitlist place or an offer; says who takes over when it was a seat. */
export async function withdrawAnswer(ctx: HandlerContext, missionId: number, reason?: string): Promise<Reply> {
  const now = ctx.services.clock.now();
  const input = { missionId, memberId: ctx.member.id, now, actorId: ctx.member.id, ...(reason ? { reason } : {}) };
  const result = await withdrawFromMission(ctx.services, input);
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  return reply(ctx.t(`missions.withdrawn.${result.value.was}`, { id: missionId, title: result.value.mission.title }));
}

/**
 * « Plus d'infos », a mission's button in a list: the whole card, its contact, why the mission was proposed
 * to the member, and what they can answer given where they stand (a seat held, an offer, nothing yet).
 */
export async function infoAnswer(ctx: HandlerContext, missionId: number): Promise<Reply> {
  const mission = await loadCardMission(ctx.services.db, missionId);
  if (!mission || mission.status === "draft")
    return ephemeral(reply(ctx.t("missions.error.notFound", { id: missionId })));
  const { db } = ctx.services;
  const where = { missionId, memberId: ctx.member.id };
  const [mine, offer] = await Promise.all([
    db.missionAssignment.findUnique({ where: { missionId_memberId: where }, select: { status: true } }),
    db.missionEvent.findFirst({ where: { ...where, kind: "offered" }, orderBy: { id: "desc" } }),
  ]);
  const reasons = offer?.detail ? (JSON.parse(offer.detail) as { reasons: Reason[] }).reasons : undefined;
  return infoReply(card(ctx), mission, { reasons, status: mine?.status });
}
