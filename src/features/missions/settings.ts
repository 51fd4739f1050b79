import { z } from "zod";
import { defineSettings } from "../../core/settings.ts";

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * How missions are offered: volunteers give their evenings and weekends, so offers are few, fair and
 * short-lived, and a "no" is respected.
 */
export const missionsSettings = defineSettings({
  name: "missions",
  title: "Volunteer missions: offers, fairness, reminders.",
  variables: {
    MISSION_OFFER_HOURS: {
      schema: int(1, 336, 48),
      doc: "Hours a volunteer has to answer an offer before it goes to the next candidates (quiet hours included).",
      example: "48",
    },
    MISSION_OFFERS_PER_SEAT: {
      schema: int(1, 10, 2),
      doc: "Candidates asked at once for each free seat (the first to accept take the seats; the others may join the waitlist).",
      example: "2",
    },
    MISSION_OFFERS_AT_ONCE: {
      schema: int(1, 10, 1),
      doc: "Most offers waiting for a volunteer's answer at once: another mission waits until they answer or the offer lapses, so nobody gets several offers the same evening.",
      example: "1",
    },
    MISSION_MONTHLY_OFFER_CAP: {
      schema: int(1, 50, 4),
      doc: "Most offers a volunteer receives in a calendar month.",
      example: "4",
    },
    MISSION_MONTHLY_MISSION_CAP: {
      schema: int(1, 20, 2),
      doc: "Most missions a volunteer accepts starting in the same calendar month; beyond it they are not asked.",
      example: "2",
    },
    MISSION_DECLINE_COOLDOWN_DAYS: {
      schema: int(0, 90, 7),
      doc: "Days after a decline before the volunteer is asked again (any mission); the declined mission is never offered again.",
      example: "7",
    },
    MISSION_BUSY_PAUSE_DAYS: {
      schema: int(1, 180, 30),
      doc: "Days without offers for a volunteer who declines because they have too much on right now (« trop en ce moment »).",
      example: "30",
    },
  },
  read: (v) => ({
    offerHours: v.MISSION_OFFER_HOURS,
    offersPerSeat: v.MISSION_OFFERS_PER_SEAT,
    offersAtOnce: v.MISSION_OFFERS_AT_ONCE,
    monthlyOfferCap: v.MISSION_MONTHLY_OFFER_CAP,
    monthlyMissionCap: v.MISSION_MONTHLY_MISSION_CAP,
    declineCooldownDays: v.MISSION_DECLINE_COOLDOWN_DAYS,
    busyPauseDays: v.MISSION_BUSY_PAUSE_DAYS,
  }),
});

export type MissionsSettings = ReturnType<typeof missionsSettings.read>;
