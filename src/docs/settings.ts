import { channelSettings } from "../channels/index.ts";
import { coreSettings } from "../config.ts";
import type { FeatureRegistry } from "../core/registry.ts";
import type { EnvVariable, SettingsDefinition } from "../core/settings.ts";

/** Every settings group of the bot, in the order of .env.example: the core's, the features', the channels'. */
export const allSettings = (registry: FeatureRegistry): SettingsDefinition<unknown>[] => [
  coreSettings as SettingsDefinition<unknown>,
  ...registry.settings(),
  ...channelSettings(),
];

/** The value a variable takes when it is not set, as written in an environment file; undefined when none. */
function defaultOf(variable: EnvVariable): string | undefined {
  const parsed = variable.schema.safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? String(parsed.data) : undefined;
}

/** Markdown's backticks are for the README; an environment file is read as plain text. */
const plain = (doc: string) => doc.replaceAll("`", "");

/** `.env.example`, written from the settings' own definitions: a section a group, each variable documented. */
export function envExample(groups: readonly SettingsDefinition<unknown>[]): string {
  const sections = groups.map((group) => {
    const lines = [`# ── ${group.name}: ${plain(group.title)}`];
    for (const [name, variable] of Object.entries(group.variables)) {
      lines.push(`# ${plain(variable.doc)}`, `${name}=${variable.example ?? defaultOf(variable) ?? ""}`);
    }
    return lines.join("\n");
  });
  return `# Copy to .env and adjust (written by \`npm run docs\` from the settings' definitions).\n\n${sections.join("\n\n")}\n`;
}

/** The README's configuration table: every variable, its default and what it does. */
export function settingsTable(groups: readonly SettingsDefinition<unknown>[]): string {
  const rows = groups.flatMap((group) =>
    Object.entries(group.variables).map(([name, variable]) => {
      const fallback = defaultOf(variable);
      const meaning = variable.doc.replaceAll("|", "\\|");
      return `| \`${name}\` | ${fallback === undefined ? "—" : `\`${fallback}\``} | ${group.name} | ${meaning} |`;
    }),
  );
  return ["| variable | default | part | meaning |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
