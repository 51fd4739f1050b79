// After the end, each volunteer who held a seat is asked, once, whether the mission happened and how
// long it took: « Oui, ~3 h », « Oui, autre durée », « Non, ça n'a pas eu lieu ».
import { z } from "zod";
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { JobKind } from "../../../core/feature.ts";
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { Mission } from "../../../core/persistence.ts";
import { type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { MISSION_JOBS } from "../engine/follow-ups.ts";
import { toSeatHolders } from "./to-seat-holders.ts";

/** « Oui, ~3 h »: mission and minutes; « Oui, autre durée »; « Non, ça n'a pas eu lieu ». */
export const reportEstimate = defineAction("missions:done", {
  encode: ({ missionId, minutes }: { missionId: number; minutes: number }) => [String(missionId), String(minutes)],
  decode: ([mission, minutes, ...rest]) =>
    rest.length || !/^\d{1,9}$/.test(mission ?? "") || !/^\d{1,5}$/.test(minutes ?? "")
      ? undefined
      : { missionId: Number(mission), minutes: Number(minutes) },
});
export const reportOtherDuration = defineAction("missions:other-duration", idArg);
export const reportMissed = defineAction("missions:missed", idArg);

const payload = z.object({
  missionId: z.number().int().positive(),
  /** The end it was planned for: a mission moved since has a new check-in, this one does nothing. */
  at: z.string().datetime(),
});

/** The question, with its three answers; the estimate's button only when the mission has one. */
export function checkInQuestion(t: Translate, locale: Locale, mission: Mission, zone: string): Reply {
  const question = t("missions.checkIn", {
    id: mission.id,
    title: escapeMarkdown(mission.title),
    date: formatDate(mission.startsAt, locale, zone),
  });
  const estimate = mission.estimatedHours
    ? [
        {
          label: t("missions.checkIn.estimate", { hours: mission.estimatedHours }),
          actionId: reportEstimate.id({ missionId: mission.id, minutes: Math.round(mission.estimatedHours * 60) }),
          style: "primary" as const,
        },
      ]
    : [];
  return withButtons(
    reply(question),
    ...estimate,
    { label: t("missions.checkIn.other"), actionId: reportOtherDuration.id(mission.id) },
    { label: t("missions.checkIn.missed"), actionId: reportMissed.id(mission.id) },
  );
}

/** The evening after the end, those who held a seat are asked; a job of the mission's clock. */
export const missionCheckIn: JobKind<z.infer<typeof payload>> = {
  kind: MISSION_JOBS.checkIn,
  payload,
  async run({ missionId, at }, { services, log }) {
    const mission = await services.db.mission.findUnique({ where: { id: missionId } });
    if (!mission || mission.status === "cancelled" || mission.endsAt.toISOString() !== at) return;
    const sent = await toSeatHolders(services, {
      missionId,
      key: `mission-check-in:${missionId}:${at}`,
      event: "checked_in",
      compose: (t, locale) => [checkInQuestion(t, locale, mission, services.config.timezone)],
    });
    if (sent) log.info({ missionId, sent }, "mission check-in asked");
  },
};
