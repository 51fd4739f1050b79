import { parseDocument } from "yaml";
import type { Messages } from "../../core/i18n.ts";
import type { Locale } from "../../core/locale.ts";
import type { FeatureRegistry } from "../../core/registry.ts";
import { ENTRY_COMMAND, ENTRY_TEXTS } from "../entry-command.ts";

export interface ManifestCommand {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape: false;
}

/** Slack caps a command's description and usage hint (characters). */
const MAX_DESCRIPTION = 100;
const MAX_USAGE_HINT = 100;

/**
 * The slash commands of the Slack app, built from the features' own descriptions (never restated by
 * hand): `/reseau` for free text, then every feature's command in the order of the features.
 */
export function manifestCommands(registry: FeatureRegistry, messages: Messages, locale: Locale): ManifestCommand[] {
  const features = registry.commandList().map((command): ManifestCommand => {
    const description = messages.format(locale, command.description);
    const usage = command.usage ? messages.format(locale, command.usage) : undefined;
    if (description.length > MAX_DESCRIPTION || (usage?.length ?? 0) > MAX_USAGE_HINT) {
      throw new Error(`/${command.name}: Slack takes ${MAX_DESCRIPTION} characters for a description or usage hint`);
    }
    return { command: `/${command.name}`, description, ...(usage ? { usage_hint: usage } : {}), should_escape: false };
  });
  return [
    {
      command: `/${ENTRY_COMMAND}`,
      description: ENTRY_TEXTS[locale].description,
      usage_hint: ENTRY_TEXTS[locale].example,
      should_escape: false,
    },
    ...features,
  ];
}

/** The manifest's text with its `features.slash_commands` replaced; comments and the rest stay as written. */
export function withCommands(manifestYaml: string, commands: readonly ManifestCommand[]): string {
  const document = parseDocument(manifestYaml);
  const node = document.createNode(commands);
  node.commentBefore =
    " Written by `npm run docs` from the features' commands. For HTTP events, add\n url: https://<your host>/slack/events to each command.";
  document.setIn(["features", "slash_commands"], node);
  return document.toString({ lineWidth: 0 });
}

/** The `features.slash_commands` of a manifest's text. */
export function commandsOf(manifestYaml: string): unknown {
  return (parseDocument(manifestYaml).toJS() as { features?: { slash_commands?: unknown } }).features?.slash_commands;
}
