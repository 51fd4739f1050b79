// The obligations that come back every year (AG, accounts, funders' reports), as task seeds: computed from the
// association file and the rules, for the dues that enter the horizon. Pure: the caller stores them by key.
import type { Locale } from "../../../core/locale.ts";
import type { AssociationConfig } from "../config/association-file.ts";
import type { GovernanceRule, RuleDue } from "../config/rules-file.ts";
import { type BusinessClock, isoDay, type LocalDay } from "../time/business-clock.ts";
import { fromRule, type TaskSeed } from "./task-seed.ts";

type YearlyAnchor = Extract<RuleDue, { yearly: string }>["yearly"];

/** The key dates of a fiscal year (named by the year it ends in), in the network's zone. */
export function fiscalYearDates(association: AssociationConfig, clock: BusinessClock, year: number) {
  const [month, day] = association.fiscalYearEnd.split("-").map(Number) as [number, number];
  const yearEnd: LocalDay = { year, month, day };
  const { ag } = association.meetings;
  const agDeadline = clock.shift(yearEnd, { months: ag.withinMonthsOfYearEnd ?? 6 });
  const agConvocationDeadline = clock.shift(agDeadline, { days: -ag.noticeDays });
  const anchors: Record<YearlyAnchor, LocalDay> = {
    "fiscal-year-end": yearEnd,
    "ag-deadline": agDeadline,
    "ag-convocation-deadline": agConvocationDeadline,
  };
  return anchors;
}

export interface CalendarWindow {
  today: LocalDay;
  horizonDays: number;
  locale: Locale;
}

const applies = (rule: GovernanceRule, association: AssociationConfig) =>
  !rule.when || association.yearlyPublicSubsidies > rule.when.publicSubsidiesAbove;

/** Every yearly obligation due between today and the end of the horizon. */
export function yearlyObligations(
  association: AssociationConfig,
  rules: readonly GovernanceRule[],
  clock: BusinessClock,
  window: CalendarWindow,
): TaskSeed[] {
  const first = isoDay(window.today);
  const last = isoDay(clock.shift(window.today, { days: window.horizonDays }));
  const inWindow = (day: LocalDay) => isoDay(day) >= first && isoDay(day) <= last;
  const seeds: TaskSeed[] = [];
  const add = (seed: Omit<TaskSeed, "dueAt">, day: LocalDay) => {
    if (inWindow(day)) seeds.push({ ...seed, dueAt: clock.closeOf(day) });
  };
  const years = [0, 1, 2, 3].map((n) => window.today.year - 2 + n);
  const anchorsOf = new Map(years.map((year) => [year, fiscalYearDates(association, clock, year)]));
  for (const rule of rules.filter((r) => applies(r, association))) {
    const { due } = rule;
    for (const year of years) {
      const anchors = anchorsOf.get(year)!;
      const offset = {
        months: "offsetMonths" in due ? (due.offsetMonths ?? 0) : 0,
        days: "offsetDays" in due ? (due.offsetDays ?? 0) : 0,
      };
      if ("yearly" in due) {
        const day = clock.shift(anchors[due.yearly], offset);
        add({ key: `${rule.key}:${year}`, ...fromRule(rule, window.locale, { year }) }, day);
      } else if ("perEarmarkedFunder" in due) {
        for (const funder of association.funders.filter((f) => f.earmarked)) {
          const day = clock.shift(anchors["fiscal-year-end"], offset);
          const values = { year, funder: funder.name };
          add({ key: `${rule.key}:${funder.key}:${year}`, ...fromRule(rule, window.locale, values) }, day);
        }
      } else if ("perFunderReport" in due) {
        for (const funder of association.funders) {
          for (const report of funder.reports) {
            const [month, day] = report.due.split("-").map(Number) as [number, number];
            const values = { year, funder: funder.name, report: report.title[window.locale] };
            const seed = fromRule(rule, window.locale, values, report.source[window.locale]);
            add({ key: `${rule.key}:${funder.key}:${report.key}:${year}`, ...seed }, { year, month, day });
          }
        }
      }
    }
  }
  return seeds;
}
