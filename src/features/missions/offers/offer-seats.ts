// The cascade step: free seats are offered to the best-ranked volunteers, as many at a time as
// MISSION_OFFERS_PER_SEAT says, each offer with its expiry job; then every offer not yet messaged is sent.
// Safe to run twice or at once: the transaction recounts what is pending, and the messages are keyed.
import type { Services } from "../../../core/services.ts";
import { type OfferRef, offerSendKey, scheduleOfferExpiry } from "../engine/follow-ups.ts";
import { inTransaction, lockMission, type Tx } from "../engine/mission-tx.ts";
import { loadVolunteers, missionFacts } from "../matching/candidates.ts";
import { VolunteerRanking } from "../matching/ranking.ts";
import { rankingRules } from "../matching/rules.ts";
import { missionsSettings } from "../settings.ts";
import { loadCardMission } from "./confirmation.ts";
import { offerReply } from "./offer-reply.ts";

const HOUR_MS = 3_600_000;

/** Offers go out until the answer deadline (the start, when there is none). */
const answerDeadline = (mission: { respondBy: Date | null; startsAt: Date }) => mission.respondBy ?? mission.startsAt;

/** Creates the offers this round needs, in one transaction; returns whom they go to. */
async function createOffers(services: Services, tx: Tx, missionId: number, now: Date): Promise<OfferRef[]> {
  const { offersPerSeat, offerHours } = services.config.settings.of(missionsSettings);
  await lockMission(tx, missionId);
  const mission = await tx.mission.findUnique({ where: { id: missionId }, include: { tags: true } });
  if (mission?.status !== "open" || answerDeadline(mission) <= now || mission.startsAt <= now) return [];
  const pending = await tx.missionAssignment.count({ where: { missionId, status: "offered" } });
  const wanted = (mission.seats - mission.seatsTaken) * offersPerSeat - pending;
  if (wanted <= 0) return [];
  const ranking = new VolunteerRanking(await loadVolunteers(tx, now), rankingRules(services, now));
  const chosen = ranking.rank(missionFacts(mission)).ranked.slice(0, wanted);
  const deadline = answerDeadline(mission);
  const expiresAt = new Date(Math.min(now.getTime() + offerHours * HOUR_MS, deadline.getTime()));
  await tx.missionAssignment.createMany({
    data: chosen.map(({ memberId }) => ({
      missionId,
      memberId,
      status: "offered" as const,
      offeredAt: now,
      expiresAt,
    })),
  });
  await tx.missionEvent.createMany({
    data: chosen.map(({ memberId, score, reasons }) => ({
      missionId,
      kind: "offered",
      at: now,
      memberId,
      detail: JSON.stringify({ score, reasons, expiresAt }),
    })),
  });
  for (const { memberId } of chosen) {
    await scheduleOfferExpiry(services.scheduler, tx, { missionId, memberId, expiresAt });
  }
  return chosen.map(({ memberId }) => ({ missionId, memberId }));
}

/**
 * Messages every pending offer of the mission that has none yet (one delivery per volunteer, keyed, in
 * their language, after their quiet hours): this round's, and a round interrupted before its messages.
 */
async function sendOffers(services: Services, missionId: number): Promise<void> {
  const offers = await services.db.missionAssignment.findMany({
    where: { missionId, status: "offered" },
    select: { memberId: true, expiresAt: true },
  });
  const keys = offers.map(({ memberId }) => offerSendKey(missionId, memberId));
  const messaged = await services.db.delivery.findMany({ where: { sendKey: { in: keys } }, select: { sendKey: true } });
  const done = new Set(messaged.map((delivery) => delivery.sendKey));
  const unsent = offers.filter(({ memberId }) => !done.has(offerSendKey(missionId, memberId)));
  if (unsent.length === 0) return;
  const mission = await loadCardMission(services.db, missionId);
  if (!mission) return;
  for (const { memberId, expiresAt } of unsent) {
    await services.outbound.send({
      audience: { memberIds: [memberId] },
      key: offerSendKey(missionId, memberId),
      compose: (_member, t, locale) => [offerReply({ t, locale, services }, mission, expiresAt!)],
    });
  }
}

/** One round of offers for the mission (the matching job). Returns the volunteers newly asked. */
export async function offerSeats(services: Services, missionId: number): Promise<number[]> {
  const now = services.clock.now();
  const created = await inTransaction(services.db, (tx) => createOffers(services, tx, missionId, now));
  await sendOffers(services, missionId);
  return created.map(({ memberId }) => memberId);
}
