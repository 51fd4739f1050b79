import type { Urgency } from "../../core/persistence.ts";

/** Kinds of need a professional hands to the coordination team: few, so one tap picks one. */
export const NEED_KINDS = ["palliative", "home_care", "social", "psychological", "other"] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const isNeedKind = (value: string): value is NeedKind => (NEED_KINDS as readonly string[]).includes(value);

/** The need a resource type mentioned in the message points to, so the form does not ask again. */
const NEED_OF_RESOURCE_TYPE: Record<string, NeedKind> = {
  emsp: "palliative",
  douleur: "palliative",
  had: "home_care",
  ssiad: "home_care",
  saad: "home_care",
  hopital_de_jour: "home_care",
  repit: "home_care",
  clic: "social",
  dac: "social",
  assistant_social: "social",
  psychologue: "psychological",
};

export const needOfResourceType = (type: string | undefined): NeedKind | undefined =>
  type === undefined ? undefined : NEED_OF_RESOURCE_TYPE[type];

export const URGENCIES: readonly Urgency[] = ["same_day", "within_48h", "within_week", "routine"];

export const isUrgency = (value: string): value is Urgency => (URGENCIES as readonly string[]).includes(value);

/**
 * When the asker may expect an answer, by urgency: the team's commitment, shown to the asker with
 * the request number. Same-day requests are answered within four hours.
 */
export const ANSWER_WITHIN_HOURS: Record<Urgency, number> = {
  same_day: 4,
  within_48h: 48,
  within_week: 7 * 24,
  routine: 7 * 24,
};

/** A call-back number as professionals type it: French, 10 digits, optional +33. */
export function parsePhone(text: string): string | undefined {
  const digits = text
    .replace(/[\s.\-()]/g, "")
    .replace(/^\+33/, "0")
    .replace(/^0033/, "0");
  if (!/^0[1-9]\d{8}$/.test(digits)) return undefined;
  return digits.replace(/(\d{2})(?=\d)/g, "$1 ");
}
