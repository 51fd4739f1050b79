import { formatRefusal, formatWarnings } from "../../../util/row-file/row-file.ts";
import type { ImportOutcome } from "./import-directory.ts";
import { planCounts } from "./plan-changes.ts";

/**
 * The outcome of an import as lines for a terminal: every problem (file:line (key) field: reason), or
 * the counts and one line per created (+), updated (~, with its fields) and deactivated (-) resource.
 */
export function formatImport(outcome: ImportOutcome, file: string): string[] {
  if (!outcome.ok) return formatRefusal(file, outcome.problems, outcome.warnings);
  const warnings = formatWarnings(outcome.value.warnings);
  const { plan, applied } = outcome.value;
  const counts = planCounts(plan);
  const total = plan.create.length + plan.update.length + plan.unchanged.length;
  return [
    `${file}: ${total} resources — ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
      `${counts.deactivated} deactivated${applied ? "." : " (dry run: nothing was written)."}`,
    ...plan.create.map((e) => `  + ${e.key}  ${e.name}`),
    ...plan.update.map(({ entry, fields }) => `  ~ ${entry.key}  ${entry.name} (${fields.join(", ")})`),
    ...plan.deactivate.map((r) => `  - ${r.key}  (deactivated: not in the file)`),
    ...warnings,
  ];
}
