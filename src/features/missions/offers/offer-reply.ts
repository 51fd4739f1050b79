// What a volunteer reads: the offer (short, for a phone), and « plus d'infos » (the whole card, the
// contact, why it is proposed to them).
import type { AssignmentStatus } from "../../../core/persistence.ts";
import { type Button, context, type Reply, reply, text, withButtons } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import { explainForVolunteer } from "../matching/explain.ts";
import type { Reason } from "../matching/ranking.ts";
import { type CardContext, missionCard, missionLine } from "../mission-card.ts";
import { acceptOffer, declineOffer, missionInfo, withdrawSeat } from "./actions.ts";
import type { CardMission } from "./confirmation.ts";

const answerButtons = (ctx: CardContext, missionId: number): Button[] => [
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

/** What the member's card shows besides the mission: why it was proposed, where they stand. */
export interface CardStanding {
  reasons?: readonly Reason[] | undefined;
  status?: AssignmentStatus | undefined;
}

/** The buttons of a card: « Je me désiste » for a seat or a waitlist place, else the answers while it takes volunteers. */
function cardButtons(ctx: CardContext, mission: CardMission, status: AssignmentStatus | undefined): Button[] {
  if (mission.status !== "open" && mission.status !== "full") return [];
  if (status === "accepted" || status === "waitlisted")
    return [{ label: ctx.t("missions.button.withdraw"), actionId: withdrawSeat.id(mission.id) }];
  return status === "declined" ? [] : answerButtons(ctx, mission.id);
}

/** The card with its contact, why the mission was proposed, and the buttons where the member stands. */
export function infoReply(ctx: CardContext, mission: CardMission, standing: CardStanding = {}): Reply {
  const card = missionCard(ctx, mission, mission.contact ?? undefined);
  const why = standing.reasons && explainForVolunteer(ctx, standing.reasons);
  const after = [
    ...(why ? [context(why)] : []),
    ...(mission.status === "cancelled" ? [text(ctx.t("missions.card.cancelled"))] : []),
  ];
  return withButtons({ ...card, blocks: [...card.blocks, ...after] }, ...cardButtons(ctx, mission, standing.status));
}
