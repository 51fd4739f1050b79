// The job kinds of the missions engine and of the mission's clock (registered by the missions feature).
import { z } from "zod";
import type { JobKind } from "../../../core/feature.ts";
import { missionCheckIn } from "../follow-up/check-in.ts";
import { missionReminder } from "../follow-up/reminders.ts";
import { tellAboutEvent } from "../offers/notices.ts";
import { offerSeats } from "../offers/offer-seats.ts";
import { endMission, expireOffer, reachDeadline, startMission } from "./clock.ts";
import { MISSION_JOBS } from "./follow-ups.ts";
import { reconcileMissions } from "./reconcile.ts";

const missionId = z.number().int().positive();
const timed = z.object({ missionId, at: z.string().datetime() });

const kinds = [
  {
    kind: MISSION_JOBS.match,
    payload: z.object({ missionId }),
    run: async ({ missionId }, { services, log }) => {
      const asked = await offerSeats(services, missionId);
      if (asked.length) log.info({ missionId, asked: asked.length }, "mission offered");
    },
  } satisfies JobKind<{ missionId: number }>,
  {
    kind: MISSION_JOBS.offerExpiry,
    payload: z.object({ missionId, memberId: z.number().int().positive() }),
    run: async (offer, { services }) => {
      await expireOffer(services, offer, services.clock.now());
    },
  } satisfies JobKind<{ missionId: number; memberId: number }>,
  {
    kind: MISSION_JOBS.deadline,
    payload: timed,
    run: (input, { services }) => reachDeadline(services, input, services.clock.now()),
  } satisfies JobKind<{ missionId: number; at: string }>,
  {
    kind: MISSION_JOBS.start,
    payload: timed,
    run: (input, { services }) => startMission(services, input, services.clock.now()),
  } satisfies JobKind<{ missionId: number; at: string }>,
  {
    kind: MISSION_JOBS.end,
    payload: timed,
    run: (input, { services }) => endMission(services, input, services.clock.now()),
  } satisfies JobKind<{ missionId: number; at: string }>,
  {
    kind: MISSION_JOBS.tell,
    payload: z.object({ eventId: z.number().int().positive() }),
    run: ({ eventId }, { services }) => tellAboutEvent(services, eventId),
  } satisfies JobKind<{ eventId: number }>,
  {
    kind: MISSION_JOBS.reconcile,
    payload: z.object({}).strict(),
    every: "7 * * * *",
    run: async (_payload, { services, log }) => {
      const outcome = await reconcileMissions(services);
      if (outcome.released || outcome.rounds) log.info(outcome, "missions reconciled");
    },
  } satisfies JobKind<Record<string, never>>,
  missionReminder,
  missionCheckIn,
];

/** The engine's job kinds, as the feature registers them (untyped payloads). */
export const engineJobs = kinds as JobKind<unknown>[];
