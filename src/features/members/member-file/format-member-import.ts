// The outcome of a member import as lines for a terminal: the problems, or what changed for whom.
import { formatRefusal, formatWarnings } from "../../../util/row-file/row-file.ts";
import type { MemberImportOutcome } from "./import-members.ts";
import { type MemberUpdate, memberPlanCounts } from "./plan-members.ts";

/** "roles: +volunteer −coordinator; phone". */
function describeUpdate({ changes, roles }: MemberUpdate): string {
  return changes
    .map((change) => {
      if (change !== "roles") return change;
      const added = roles.after.filter((r) => !roles.before.includes(r)).map((r) => `+${r}`);
      const removed = roles.before.filter((r) => !roles.after.includes(r)).map((r) => `−${r}`);
      return `roles: ${[...added, ...removed].join(" ")}`;
    })
    .join("; ");
}

/**
 * Every problem (file:line (key) field: reason), or the counts and one line per created (+), updated
 * (~, with what changed), missing (?) or deactivated (-) member; warnings last.
 */
export function formatMemberImport(outcome: MemberImportOutcome, file: string): string[] {
  if (!outcome.ok) return formatRefusal(file, outcome.problems, outcome.warnings);
  const warnings = formatWarnings(outcome.value.warnings);
  const { plan, applied, deactivateMissing } = outcome.value;
  const counts = memberPlanCounts(plan);
  const total = counts.created + counts.updated + counts.unchanged;
  const missing = deactivateMissing
    ? `${counts.missing} deactivated (not in the file)`
    : `${counts.missing} not in the file (kept${counts.missing ? "; --deactivate-missing deactivates them" : ""})`;
  return [
    `${file}: ${total} members — ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
      `${missing}${applied ? "." : " (dry run: nothing was written)."}`,
    ...plan.create.map((e) => `  + ${e.key}  ${e.name} (${e.roles.join(", ")})`),
    ...plan.update.map((u) => `  ~ ${u.entry.key}  ${u.entry.name} (${describeUpdate(u)})`),
    ...plan.missing.map((m) =>
      deactivateMissing
        ? `  - ${m.key}  ${m.name} (deactivated: not in the file)`
        : `  ? ${m.key}  ${m.name} (not in the file)`,
    ),
    ...warnings,
  ];
}
