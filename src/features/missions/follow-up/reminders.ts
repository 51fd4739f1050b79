// J-7 and J-1: a volunteer holding a seat is reminded of the mission a week and a day before, in their
// evening, once each.
import { z } from "zod";
import type { JobKind } from "../../../core/feature.ts";
import { preferredLocale } from "../../../core/members/member-profile.ts";
import { reply } from "../../../core/reply.ts";
import { recordEvent } from "../catalogue/mission-store.ts";
import { missionCard } from "../mission-card.ts";
import { type ReminderDay, reminderTime } from "./follow-up-times.ts";

const REMINDER_JOB = "missions.reminder";

const payload = z.object({
  missionId: z.number().int().positive(),
  memberId: z.number().int().positive(),
  day: z.enum(["j7", "j1"]),
  /** The start the reminder was planned for: a mission moved since gets new reminders, this one is dropped. */
  startsAt: z.string(),
});

/** One reminder per mission, volunteer, day and start: moving the mission plans new ones. */
const reminderKey = (missionId: number, memberId: number, day: ReminderDay, startsAt: Date) =>
  `mission-reminder:${missionId}:${memberId}:${day}:${startsAt.toISOString()}`;

export const missionReminder: JobKind<z.infer<typeof payload>> = {
  kind: REMINDER_JOB,
  payload,
  // A reminder found hours late (the bot was down) would arrive at the wrong moment, or on the day.
  stale: { afterMs: 3 * 3600_000, action: "skip" },
  async run({ missionId, memberId, day, startsAt }, { services, log }) {
    const assignment = await services.db.missionAssignment.findUnique({
      where: { missionId_memberId: { missionId, memberId } },
      include: { mission: { include: { tags: true, contact: { select: { displayName: true } } } } },
    });
    const member = await services.members.load(memberId);
    const mission = assignment?.mission;
    if (assignment?.status !== "accepted" || !member || !mission || mission.status === "cancelled") return;
    if (mission.startsAt.toISOString() !== startsAt) return; // moved: the sweep planned new reminders
    const locale = preferredLocale(member, services.config.defaultLocale);
    const t = services.messages.translator(locale);
    const card = missionCard({ t, locale, services }, mission, mission.contact ?? undefined);
    const key = reminderKey(missionId, memberId, day, mission.startsAt);
    await services.outbound.notify(memberId, [reply(t("missions.reminder", { day }), ...card.blocks)], { key });
    await recordEvent(
      services.db,
      missionId,
      "reminded",
      { actorId: null, now: services.clock.now() },
      { memberId, detail: { day } },
    );
    log.info({ missionId, memberId, day }, "mission reminder sent");
  },
};

/** The reminders of one seat, those still to come. */
export function reminderRequests(a: { missionId: number; memberId: number; startsAt: Date; zone: string }, now: Date) {
  return (["j7", "j1"] as const)
    .map((day) => ({ day, runAt: reminderTime(a.startsAt, day, a.zone) }))
    .filter(({ runAt }) => runAt > now)
    .map(({ day, runAt }) => ({
      kind: REMINDER_JOB,
      runAt,
      payload: { missionId: a.missionId, memberId: a.memberId, day, startsAt: a.startsAt.toISOString() },
      dedupeKey: reminderKey(a.missionId, a.memberId, day, a.startsAt),
    }));
}
