// J-7 and J-1: volunteers holding a seat are reminded of the mission a week and a day before, in the
// evening, once each. A job of the mission's clock (engine/follow-ups.ts).
import { z } from "zod";
import type { JobKind } from "../../../core/feature.ts";
import { reply } from "../../../core/reply.ts";
import { MISSION_JOBS } from "../engine/follow-ups.ts";
import { TAKING_SEATS } from "../engine/lifecycle.ts";
import { missionCard } from "../mission-card.ts";
import { loadCardMission } from "../offers/confirmation.ts";
import { REMINDER_DAYS } from "./follow-up-times.ts";
import { toSeatHolders } from "./to-seat-holders.ts";

const payload = z.object({
  missionId: z.number().int().positive(),
  /** The start it was planned for: a mission moved since has new reminders, this one does nothing. */
  at: z.string().datetime(),
  day: z.enum(REMINDER_DAYS),
});

export const missionReminder: JobKind<z.infer<typeof payload>> = {
  kind: MISSION_JOBS.reminder,
  payload,
  // A reminder found hours late (the bot was down) would arrive at the wrong moment, or on the day.
  stale: { afterMs: 3 * 3600_000, action: "skip" },
  async run({ missionId, at, day }, { services, log }) {
    const mission = await loadCardMission(services.db, missionId);
    if (!mission || !TAKING_SEATS.includes(mission.status) || mission.startsAt.toISOString() !== at) return;
    const sent = await toSeatHolders(services, {
      missionId,
      key: `mission-reminder:${missionId}:${day}:${at}`,
      event: "reminded",
      detail: { day },
      compose: (t, locale) => {
        const card = missionCard({ t, locale, services }, mission, mission.contact ?? undefined);
        return [reply(t("missions.reminder", { day }), ...card.blocks)];
      },
    });
    if (sent) log.info({ missionId, day, sent }, "mission reminders sent");
  },
};
