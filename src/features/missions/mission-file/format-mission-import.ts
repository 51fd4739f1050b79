// The outcome of a missions import as lines for a terminal: the problems, or what changed.
import { formatRefusal, formatWarnings } from "../../../util/row-file/row-file.ts";
import type { MissionImportOutcome } from "./import-missions.ts";

/**
 * Every problem (file:line (key) field: reason), or the counts and one line per created (+), changed
 * (~, with what changed) or missing (?) mission; warnings last.
 */
export function formatMissionImport(outcome: MissionImportOutcome, file: string): string[] {
  if (!outcome.ok) return formatRefusal(file, outcome.problems, outcome.warnings);
  const warnings = formatWarnings(outcome.value.warnings);
  const { plan, applied } = outcome.value;
  const total = plan.create.length + plan.update.length + plan.unchanged.length;
  const state = (open: boolean) => (open ? "published" : "draft");
  const what = (u: (typeof plan.update)[number]) => [...u.changed, ...(u.open ? ["published"] : [])].join(", ");
  return [
    `${file}: ${total} missions — ${plan.create.length} created, ${plan.update.length} changed, ${plan.unchanged.length} unchanged, ` +
      `${plan.missing.length} not in the file (kept)${applied ? "." : " (dry run: nothing was written)."}`,
    ...plan.create.map(({ entry }) => `  + ${entry.key}  ${entry.fields.title} (${state(entry.open)})`),
    ...plan.update.map((u) => `  ~ ${u.entry.key}  ${u.entry.fields.title} (${what(u)})`),
    ...plan.missing.map((m) => `  ? ${m.key}  ${m.title} (${m.status}; not in the file, kept)`),
    ...warnings,
  ];
}
