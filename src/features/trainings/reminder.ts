import { DateTime } from "luxon";
import { z } from "zod";
import type { JobKind } from "../../core/feature.ts";
import { preferredLocale } from "../../core/members/member-profile.ts";
import { reply } from "../../core/reply.ts";
import { formatTime } from "../../util/time.ts";

export const REMINDER_JOB = "trainings.reminder";
/** Reminders go out the day before, at this local hour. */
const REMINDER_HOUR = 9;

export const reminderKey = (trainingId: number, memberId: number) => `training-reminder:${trainingId}:${memberId}`;

/** 09:00 the day before the training, in the network's zone; null when that moment has passed. */
export function reminderTime(startsAt: Date, now: Date, zone: string): Date | null {
  const at = DateTime.fromJSDate(startsAt, { zone })
    .minus({ days: 1 })
    .set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 });
  return at.toJSDate() > now ? at.toJSDate() : null;
}

/** "Tomorrow: <training> at 19:30, <place>" to a registered member, unless they cancelled since. */
export const trainingReminder: JobKind<{ trainingId: number; memberId: number }> = {
  kind: REMINDER_JOB,
  payload: z.object({ trainingId: z.number().int().positive(), memberId: z.number().int().positive() }),
  // A reminder found after the training began is pointless.
  stale: { afterMs: 20 * 3600_000, action: "skip" },
  async run({ trainingId, memberId }, { services }) {
    const registration = await services.db.trainingRegistration.findUnique({
      where: { trainingId_memberId: { trainingId, memberId } },
      include: { training: true },
    });
    const member = await services.members.load(memberId);
    if (registration?.status !== "registered" || !member) return;
    const { training } = registration;
    const locale = preferredLocale(member, services.config.defaultLocale);
    const t = services.messages.translator(locale);
    const where = training.online ? t("trainings.online") : (training.place ?? "");
    await services.outbound.notify(memberId, [
      reply(
        t("trainings.reminder", {
          title: training.title,
          time: formatTime(training.startsAt, locale, services.config.timezone),
          where,
        }),
      ),
    ]);
  },
};
