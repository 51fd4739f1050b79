import type { FeatureRegistry } from "../core/registry.ts";

interface Guarded {
  preconditions?: readonly { name: string; roles?: readonly string[] }[];
}

/** Who may: the roles of the handler's role checks, or everyone (guests included) when it has none. */
function whoMay(handler: Guarded): string {
  const roles = (handler.preconditions ?? []).flatMap((p) => p.roles ?? []);
  const others = (handler.preconditions ?? []).filter((p) => !p.roles).map((p) => p.name);
  const who = roles.length ? roles.map((r) => `\`${r}\``).join(", ") : "everyone";
  return others.length ? `${who} (and ${others.join(", ")})` : who;
}

/**
 * The README's table of who may do what: every intent, button, form and command of the installed
 * features with the roles allowed (the core enforces the same declarations), and the job kinds, which
 * only the scheduler runs. Admins may do everything.
 */
export function permissionsTable(registry: FeatureRegistry): string {
  const rows: string[] = [];
  for (const [intent, { feature, handler }] of registry.intents)
    rows.push(`| ${feature} | message: \`${intent}\` | ${whoMay(handler)} |`);
  for (const command of registry.commandList()) {
    const feature = registry.commands.get(command.name)!.feature;
    rows.push(`| ${feature} | command: \`/${command.name}\` | ${whoMay(command)} |`);
  }
  // The router's own buttons: the intent or step they lead to checks its own permission.
  rows.push("| core | button: `core:choose` (did you mean…) | everyone, then the chosen intent's |");
  rows.push("| core | button: `core:resume` (resume a request) | everyone, then the step's |");
  for (const [name, { feature, handler }] of registry.actions)
    rows.push(`| ${feature} | button: \`${name}\` | ${whoMay(handler)} |`);
  for (const [name, { feature, handler }] of registry.forms)
    rows.push(`| ${feature} | form: \`${name}\` | ${whoMay(handler)} |`);
  for (const [kind, { feature }] of registry.jobs) rows.push(`| ${feature} | job: \`${kind}\` | the scheduler only |`);
  return ["| feature | what | who may |", "| --- | --- | --- |", ...rows].join("\n");
}
