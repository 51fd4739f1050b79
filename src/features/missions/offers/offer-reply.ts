// What a volunteer reads: the offer (short, for a phone), and « plus d'infos » (the whole card, the
// contact, why it is proposed to them).
import { context, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import { explainForVolunteer } from "../matching/explain.ts";
import type { Reason } from "../matching/ranking.ts";
import { type CardContext, missionCard, missionLine } from "../mission-card.ts";
import { acceptOffer, declineOffer, missionInfo } from "./actions.ts";
import type { CardMission } from "./confirmation.ts";

const answerButtons = (ctx: CardContext, missionId: number) => [
  { label: ctx.t("missions.button.accept"), actionId: acceptOffer.id(missionId), style: "primary" as const },
  { label: ctx.t("missions.button.decline"), actionId: declineOffer.id(missionId) },
];

/** The direct message of an offer: the mission in one line, until when to answer, three buttons. */
export function offerReply(ctx: CardContext, mission: CardMission, expiresAt: Date): Reply {
  return withButtons(
    reply(
      ctx.t("missions.offer.intro"),
      missionLine(ctx, mission),
      context(ctx.t("missions.offer.answerBy", { date: formatDateTime(expiresAt, ctx.locale) })),
    ),
    ...answerButtons(ctx, mission.id),
    { label: ctx.t("missions.button.info"), actionId: missionInfo.id(mission.id) },
  );
}

/** « Plus d'infos »: the card with its contact and why the mission was proposed; the buttons while it takes volunteers. */
export function infoReply(ctx: CardContext, mission: CardMission, reasons: readonly Reason[] | undefined): Reply {
  const card = missionCard(ctx, mission, mission.contact ?? undefined);
  const why = reasons && explainForVolunteer(ctx, reasons);
  const withWhy = why ? { ...card, blocks: [...card.blocks, context(why)] } : card;
  return mission.status === "open" || mission.status === "full"
    ? withButtons(withWhy, ...answerButtons(ctx, mission.id))
    : withWhy;
}
