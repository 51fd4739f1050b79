import { z } from "zod";
import { defineSettings, readConversation, SettingsProblem } from "../../core/settings.ts";
import { publicHolidays } from "./time/holidays.ts";

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;
const days = (min: number, fallback: number) => z.coerce.number().int().min(min).max(365).default(fallback);

const minutes = (h: string, m: string) => Number(h) * 60 + Number(m);

/** Business hours and public holidays, escalation grace periods, the digest's conversation and how far ahead the calendar looks. */
export const governanceSettings = defineSettings({
  name: "governance",
  title: "Governance of the association: reminders, escalation, weekly digest, compliance calendar.",
  variables: {
    GOVERNANCE_BUSINESS_HOURS: {
      schema: z.string().regex(HOURS, 'must look like "09:00-18:00"').default("09:00-18:00"),
      doc: "Local hours (Europe/Paris, Monday to Friday except public holidays) in which governance reminders, escalations, convocations and the digest are sent; anything due outside waits for the next opening (a convocation goes earlier instead, to keep the notice period).",
      example: "09:00-18:00",
    },
    GOVERNANCE_HOLIDAYS: {
      schema: z.string().trim().min(1).default("FR"),
      doc: "Public holidays on which governance messages wait for the next working day: a country code, or country-region for a département with holidays of its own (`FR-57`, `FR-67`, `FR-68` for Alsace-Moselle, `FR-RE` for La Réunion…), or `none`.",
      example: "FR",
    },
    GOVERNANCE_OVERDUE_OWNER_DAYS: {
      schema: days(1, 1),
      doc: "Days after an overdue task's due date before its owner is told it is late (first step of the escalation).",
      example: "1",
    },
    GOVERNANCE_OVERDUE_SECRETARY_DAYS: {
      schema: days(1, 7),
      doc: "Days after the due date before the secrétaire général is told (second step).",
      example: "7",
    },
    GOVERNANCE_OVERDUE_PRESIDENTS_DAYS: {
      schema: days(1, 14),
      doc: "Days after the due date before the président(s) and the director are told (last step).",
      example: "14",
    },
    GOVERNANCE_CHANNEL: {
      schema: z.string().optional(),
      doc: "The board's conversation for the weekly digest, `<console|slack|discord>:<workspace>:<conversation>`; unset: a direct message to each board member.",
    },
    GOVERNANCE_HORIZON_DAYS: {
      schema: z.coerce.number().int().min(31).max(730).default(120),
      doc: "How many days ahead the compliance calendar creates the obligations of content/governance-rules.yaml (more than the longest lead time).",
      example: "120",
    },
  },
  read: (v) => {
    const [, sh, sm, eh, em] = HOURS.exec(v.GOVERNANCE_BUSINESS_HOURS)!;
    const open = minutes(sh!, sm!);
    const close = minutes(eh!, em!);
    if (close <= open)
      throw new SettingsProblem("GOVERNANCE_BUSINESS_HOURS", "must end after it starts, within one day");
    const ladder = [
      v.GOVERNANCE_OVERDUE_OWNER_DAYS,
      v.GOVERNANCE_OVERDUE_SECRETARY_DAYS,
      v.GOVERNANCE_OVERDUE_PRESIDENTS_DAYS,
    ];
    if (!(ladder[0]! < ladder[1]! && ladder[1]! < ladder[2]!))
      throw new SettingsProblem(
        "GOVERNANCE_OVERDUE_SECRETARY_DAYS",
        `the escalation days must grow: owner ${ladder[0]} < secrétaire ${ladder[1]} < président(s) ${ladder[2]}`,
      );
    const holidays = v.GOVERNANCE_HOLIDAYS === "none" ? () => false : publicHolidays(v.GOVERNANCE_HOLIDAYS);
    if (typeof holidays === "string") throw new SettingsProblem("GOVERNANCE_HOLIDAYS", holidays);
    const channel = v.GOVERNANCE_CHANNEL ? readConversation("GOVERNANCE_CHANNEL", v.GOVERNANCE_CHANNEL) : undefined;
    return {
      business: { openMinutes: open, closeMinutes: close },
      holidays,
      escalationDays: ladder as [number, number, number],
      horizonDays: v.GOVERNANCE_HORIZON_DAYS,
      ...(channel ? { channel } : {}),
    };
  },
});

export type GovernanceSettings = ReturnType<(typeof governanceSettings)["read"]>;
