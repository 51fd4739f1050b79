// The engine's jobs, and how a change schedules the work that follows it up: always in the change's own
// transaction (`scheduleIn`), so that a crash can never leave a seat without its message or an offer
// without its expiry.
import type { Mission } from "../../../core/persistence.ts";
import type { JobScheduler } from "../../../core/scheduler-port.ts";
import { checkInTime, REMINDER_DAYS, reminderTime } from "../follow-up/follow-up-times.ts";
import type { Tx } from "./mission-tx.ts";

export const MISSION_JOBS = {
  /** Offers free seats to the best-ranked volunteers (the cascade step). */
  match: "missions.match",
  /** An unanswered offer lapses; the next candidates are asked. */
  offerExpiry: "missions.offer-expiry",
  start: "missions.start",
  end: "missions.end",
  /** J-7 and J-1: those holding a seat are reminded, in the evening. */
  reminder: "missions.reminder",
  /** The evening after the end: those who held a seat say whether it took place and how long it took. */
  checkIn: "missions.check-in",
  /** The answer deadline: pending offers lapse, the contact hears the outcome. */
  deadline: "missions.deadline",
  /** Tells whoever an event concerns (a promoted volunteer, the contact, those of a cancelled mission). */
  tell: "missions.tell",
  /** Hourly: seats of members who left, missions that could use another round of offers. */
  reconcile: "missions.reconcile",
} as const;

/** The send key of an offer's direct message: one offer per volunteer and mission, ever. */
export const offerSendKey = (missionId: number, memberId: number) => `mission-offer:${missionId}:${memberId}`;

/** The send key of what an event tells (the event's id makes it once per event). */
export const tellSendKey = (eventId: number, audience: "members" | "contact") => `mission-tell:${eventId}:${audience}`;

type Scheduler = Pick<JobScheduler, "scheduleIn">;

/** A round of offers for the mission, named by what triggered it (an event's id, an hourly sweep). */
export function requestMatching(scheduler: Scheduler, tx: Tx, missionId: number, why: string, at: Date) {
  return scheduler.scheduleIn(tx, {
    kind: MISSION_JOBS.match,
    runAt: at,
    payload: { missionId },
    dedupeKey: `mission-match:${missionId}:${why}`,
  });
}

/** The messages an event calls for, sent by a job once the event is committed. */
export function tellAbout(scheduler: Scheduler, tx: Tx, eventId: number, at: Date) {
  return scheduler.scheduleIn(tx, {
    kind: MISSION_JOBS.tell,
    runAt: at,
    payload: { eventId },
    dedupeKey: `mission-tell:${eventId}`,
  });
}

/** When an offer lapses unanswered. */
export function scheduleOfferExpiry(scheduler: Scheduler, tx: Tx, offer: OfferRef & { expiresAt: Date }) {
  return scheduler.scheduleIn(tx, {
    kind: MISSION_JOBS.offerExpiry,
    runAt: offer.expiresAt,
    payload: { missionId: offer.missionId, memberId: offer.memberId },
    dedupeKey: `mission-offer-expiry:${offer.missionId}:${offer.memberId}`,
  });
}

export interface OfferRef {
  missionId: number;
  memberId: number;
}

/**
 * The mission's clock: in progress at its start, done at its end, the outcome at its answer deadline, the
 * reminders a week and a day before (those still to come at `now`), the check-in after the end. Keyed by
 * the time, so an edited time schedules new jobs and the old ones find the time moved and do nothing.
 */
export async function scheduleMissionClock(
  scheduler: Scheduler,
  tx: Tx,
  mission: Pick<Mission, "id" | "startsAt" | "endsAt" | "respondBy">,
  now: Date,
  zone: string,
): Promise<void> {
  const at = (kind: string, what: string, time: Date, runAt = time, extra: Record<string, string> = {}) =>
    scheduler.scheduleIn(tx, {
      kind,
      runAt,
      payload: { missionId: mission.id, at: time.toISOString(), ...extra },
      dedupeKey: `mission-${what}:${mission.id}@${time.toISOString()}`,
    });
  await at(MISSION_JOBS.start, "start", mission.startsAt);
  await at(MISSION_JOBS.end, "end", mission.endsAt);
  if (mission.respondBy) await at(MISSION_JOBS.deadline, "deadline", mission.respondBy);
  for (const day of REMINDER_DAYS) {
    const runAt = reminderTime(mission.startsAt, day, zone);
    if (runAt > now) await at(MISSION_JOBS.reminder, `reminder-${day}`, mission.startsAt, runAt, { day });
  }
  await at(MISSION_JOBS.checkIn, "check-in", mission.endsAt, checkInTime(mission.endsAt, zone));
}
