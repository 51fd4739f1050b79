import type { Locale } from "../../../core/locale.ts";
import type { GovernanceRule } from "../config/rules-file.ts";
import type { OwnerRole } from "../roles.ts";

/** A task the calendar creates, keyed so that creating it twice creates it once. */
export interface TaskSeed {
  key: string;
  ruleKey: string;
  title: string;
  description: string;
  category: GovernanceRule["category"];
  legalReference: string;
  dueAt: Date;
  leadDays: string;
  ownerRole: OwnerRole;
  meetingId?: number;
}

/** "{year}" and the like replaced in a rule's text. */
const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The parts of a seed every rule gives the same way, in the network's language. */
export function fromRule(
  rule: GovernanceRule,
  locale: Locale,
  values: Record<string, string | number>,
  extraSource?: string,
): Omit<TaskSeed, "key" | "dueAt"> {
  const reference = extraSource ? `${rule.reference.text} — ${extraSource}` : rule.reference.text;
  return {
    ruleKey: rule.key,
    title: fill(rule.title[locale], values),
    description: fill(rule.description[locale], values),
    category: rule.category,
    legalReference: rule.reference.verified ? reference : `${reference} (${UNVERIFIED[locale]})`,
    leadDays: [...rule.leadDays].sort((a, b) => b - a).join(","),
    ownerRole: rule.owner,
  };
}

const UNVERIFIED: Record<Locale, string> = { fr: "source non vérifiée", en: "source not verified" };
