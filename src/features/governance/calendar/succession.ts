// Mandates and succession: for each day board mandates end, the board is reminded to call for candidates before
// the AG that precedes it (due a month before that AG's convocation deadline, by the rule's offset).
import { formatDate } from "../../../util/time.ts";
import { BOARD_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { createSeeds } from "../tasks/task-store.ts";
import { isoDay } from "../time/business-clock.ts";
import { fromRule, type TaskSeed } from "./task-seed.ts";
import { fiscalYearDates } from "./yearly-obligations.ts";

export async function openSuccessionTasks(gov: Governance): Promise<number> {
  const rule = gov.files.rules.find((r) => "mandateEnd" in r.due);
  if (!rule || !("mandateEnd" in rule.due)) return 0;
  const { db, clock, config } = gov.services;
  const now = clock.now();
  const today = isoDay(gov.clock.dayOf(now));
  const horizon = isoDay(gov.clock.shift(gov.clock.dayOf(now), { days: gov.settings.horizonDays }));
  const mandates = await db.memberRole.findMany({
    where: { role: { in: [...BOARD_ROLES] }, mandateEndsAt: { not: null }, member: { status: "active" } },
    include: { member: { select: { displayName: true } } },
  });
  const byEnd = new Map<string, { end: Date; names: Set<string> }>();
  for (const m of mandates) {
    const key = isoDay(gov.clock.dayOf(m.mandateEndsAt!));
    const group = byEnd.get(key) ?? { end: m.mandateEndsAt!, names: new Set() };
    group.names.add(m.member.displayName);
    byEnd.set(key, group);
  }
  const locale = config.defaultLocale;
  const seeds: TaskSeed[] = [];
  for (const [endDay, { end, names }] of byEnd) {
    if (endDay < today) continue;
    const endYear = gov.clock.dayOf(end).year;
    // The AG preceding the mandate end: the last one whose deadline is not after it.
    const ag = [endYear, endYear - 1, endYear - 2]
      .map((year) => fiscalYearDates(gov.files.association, gov.clock, year))
      .find((dates) => isoDay(dates["ag-deadline"]) <= endDay);
    if (!ag) continue;
    const day = gov.clock.shift(ag["ag-convocation-deadline"], {
      months: rule.due.offsetMonths ?? 0,
      days: rule.due.offsetDays ?? 0,
    });
    if (isoDay(day) < today || isoDay(day) > horizon) continue;
    const seed = fromRule(rule, locale, { date: formatDate(end, locale, gov.zone) });
    seeds.push({
      key: `${rule.key}:${endDay}`,
      ...seed,
      description: `${seed.description}\n${[...names].join(", ")}`,
      dueAt: gov.clock.closeOf(day),
    });
  }
  return (await createSeeds(db, seeds, now)).length;
}
