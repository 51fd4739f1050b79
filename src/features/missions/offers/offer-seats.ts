// The cascade step: free seats are offered to the best-ranked volunteers, as many at a time as
// MISSION_OFFERS_PER_SEAT says, each offer with its expiry job; then every offer not yet messaged is sent.
// Safe to run twice or at once: the transaction recounts what is pending, and the messages are keyed.
import type { Services } from "../../../core/services.ts";
import { type OfferRef, offerSendKey, scheduleOfferExpiry } from "../engine/follow-ups.ts";
import { inTransaction, lockMission, type Tx } from "../engine/mission-tx.ts";
import { loadVolunteers, missionFacts } from "../matching/candidates.ts";
import { type Ranked, VolunteerRanking } from "../matching/ranking.ts";
import { rankingRules } from "../matching/rules.ts";
import { missionsSettings } from "../settings.ts";
import { loadCardMission } from "./confirmation.ts";
import { offerReply } from "./offer-reply.ts";

const HOUR_MS = 3_600_000;

/** Offers go out until the answer deadline (the start, when there is none). */
const answerDeadline = (mission: { respondBy: Date | null; startsAt: Date }) => mission.respondBy ?? mission.startsAt;

/** Candidates re-checked inside the transaction, per offer wanted. */
const SHORTLIST_PER_OFFER = 3;

type RankedMission = NonNullable<Awaited<ReturnType<typeof readMission>>>;

function readMission(db: Pick<Tx, "mission">, missionId: number) {
  return db.mission.findUnique({ where: { id: missionId }, include: { tags: true } });
}

const takesOffers = (mission: RankedMission | null, now: Date): mission is RankedMission =>
  mission?.status === "open" && answerDeadline(mission) > now && mission.startsAt > now;

async function rank(
  services: Services,
  db: Pick<Tx, "member" | "missionAssignment">,
  mission: RankedMission,
  now: Date,
  among?: number[],
) {
  const ranking = new VolunteerRanking(await loadVolunteers(db, now, among), rankingRules(services, now));
  return ranking.rank(missionFacts(mission)).ranked;
}

/**
 * Creates the offers this round needs; returns whom they go to. Every volunteer is read and ranked
 * before the transaction, which would hold back every other query of the process meanwhile; inside it,
 * where nothing can change, the shortlist is read and ranked again, so the caps and « never twice » hold
 * exactly (the whole list again if the shortlist ran dry).
 */
async function createOffers(services: Services, missionId: number, now: Date): Promise<OfferRef[]> {
  const { offersPerSeat, offerHours } = services.config.settings.of(missionsSettings);
  const wantedIn = async (db: Pick<Tx, "missionAssignment">, mission: RankedMission) =>
    (mission.seats - mission.seatsTaken) * offersPerSeat -
    (await db.missionAssignment.count({ where: { missionId, status: "offered" } }));
  const before = await readMission(services.db, missionId);
  // Several lapsed offers of one mission each ask for a round: the first one does the work.
  if (!takesOffers(before, now) || (await wantedIn(services.db, before)) <= 0) return [];
  const preview = (await rank(services, services.db, before, now)).map((r) => r.memberId);
  if (preview.length === 0) return [];
  return inTransaction(services.db, async (tx) => {
    await lockMission(tx, missionId);
    const mission = await readMission(tx, missionId);
    if (!takesOffers(mission, now)) return [];
    const wanted = await wantedIn(tx, mission);
    if (wanted <= 0) return [];
    const shortlist = preview.slice(0, wanted * SHORTLIST_PER_OFFER);
    let chosen = (await rank(services, tx, mission, now, shortlist)).slice(0, wanted);
    if (chosen.length < wanted && shortlist.length < preview.length) {
      chosen = (await rank(services, tx, mission, now)).slice(0, wanted);
    }
    return offer(services, tx, { mission, chosen, now, offerHours });
  });
}

interface Round {
  mission: RankedMission;
  chosen: Ranked[];
  now: Date;
  offerHours: number;
}

/** The offers of a round, with their history rows and expiry jobs. */
async function offer(services: Services, tx: Tx, { mission, chosen, now, offerHours }: Round): Promise<OfferRef[]> {
  const missionId = mission.id;
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
  const created = await createOffers(services, missionId, now);
  await sendOffers(services, missionId);
  return created.map(({ memberId }) => memberId);
}
