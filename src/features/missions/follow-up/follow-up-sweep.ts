// Plans every seat's reminders and check-in, whoever took the seat and however (an offer accepted, a
// promotion from the waitlist): a recurring sweep that schedules what is missing, as soon as the seat is
// taken. Each message has its dedupe key, so a sweep run twice, or after a restart, plans nothing twice.
import { z } from "zod";
import type { JobKind } from "../../../core/feature.ts";
import { checkInRequest } from "./check-in.ts";
import { reminderRequests } from "./reminders.ts";

const FOLLOW_UP_JOB = "missions.follow-up";

/** Missions that ended less than this many days ago still get their check-in (after a long outage). */
const BEHIND_DAYS = 3;
const DAY_MS = 86_400_000;

export const followUpSweep: JobKind<Record<string, never>> = {
  kind: FOLLOW_UP_JOB,
  payload: z.object({}).strict(),
  every: "*/15 * * * *",
  // A sweep found late still plans what is due next.
  stale: { afterMs: 15 * 60_000, action: "run" },
  async run(_payload, { services, log }) {
    const now = services.clock.now();
    const seats = await services.db.missionAssignment.findMany({
      where: {
        status: "accepted",
        mission: {
          status: { in: ["open", "full", "in_progress", "done"] },
          endsAt: { gte: new Date(now.getTime() - BEHIND_DAYS * DAY_MS) },
        },
      },
      select: {
        missionId: true,
        memberId: true,
        member: { select: { timezone: true } },
        mission: { select: { startsAt: true, endsAt: true } },
      },
    });
    const requests = seats.flatMap(({ missionId, memberId, member, mission }) => {
      const seat = { missionId, memberId, zone: member.timezone, ...mission };
      return [...reminderRequests(seat, now), checkInRequest(seat)];
    });
    const planned = (await services.scheduler.scheduleMany(requests)).filter((r) => r.scheduled).length;
    if (planned) log.info({ planned, seats: seats.length }, "mission follow-ups planned");
  },
};
