import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import type { Messages } from "../../core/i18n.ts";
import type { FeatureRegistry } from "../../core/registry.ts";
import { cutText } from "../../util/cut-text.ts";
import { ENTRY_COMMAND, ENTRY_TEXTS } from "../entry-command.ts";

type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's rule for command and option names (lower case: Discord refuses upper-case letters). */
const NAME = /^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MAX_DESCRIPTION = 100;
/** The option that carries a feature command's arguments (`/repondre texte: 12 rappel demain`). */
export const ARGUMENTS_OPTION = "texte";
/** The entry command's free text. */
export const QUESTION_OPTION = "question";

/** Discord shows English descriptions to members whose client is in English. */
const english = (text: string) => ({ "en-US": text, "en-GB": text });
const described = (fr: string, en: string) => ({
  description: cutText(fr, MAX_DESCRIPTION),
  description_localizations: english(cutText(en, MAX_DESCRIPTION)),
});

/**
 * The guild's slash commands, built from the features' own descriptions (never restated by hand):
 * `/reseau <question>` for free text, then every feature's command in the order of the features, with
 * one optional text option for its arguments when it takes some (its usage is the option's description).
 * Aliases are not registered: Discord lists every command, and one name each reads better.
 */
export function slashCommands(registry: FeatureRegistry, messages: Messages): SlashCommand[] {
  const entry: SlashCommand = {
    name: ENTRY_COMMAND,
    type: ApplicationCommandType.ChatInput,
    ...described(ENTRY_TEXTS.fr.description, ENTRY_TEXTS.en.description),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: QUESTION_OPTION,
        ...described(ENTRY_TEXTS.fr.example, ENTRY_TEXTS.en.example),
        required: true,
      },
    ],
  };
  const features = registry.commandList().map((command): SlashCommand => {
    if (!NAME.test(command.name)) throw new Error(`/${command.name}: not a valid Discord command name (${NAME})`);
    const text = (key: string) => described(messages.format("fr", key), messages.format("en", key));
    return {
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      ...text(command.description),
      options: command.usage
        ? [
            {
              type: ApplicationCommandOptionType.String,
              name: ARGUMENTS_OPTION,
              ...text(command.usage),
              required: false,
            },
          ]
        : [],
    };
  });
  return [entry, ...features];
}

/** What of a command Discord may answer differently from what was sent (ids, versions, defaults). */
function comparable(command: Record<string, unknown>): unknown {
  const options = (command.options ?? []) as Record<string, unknown>[];
  return {
    name: command.name,
    type: command.type ?? ApplicationCommandType.ChatInput,
    description: command.description,
    description_localizations: command.description_localizations ?? null,
    options: options.map((option) => ({
      type: option.type,
      name: option.name,
      description: option.description,
      description_localizations: option.description_localizations ?? null,
      required: option.required ?? false,
    })),
  };
}

const sameCommands = (a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[]) => {
  const key = (list: readonly Record<string, unknown>[]) =>
    JSON.stringify(
      list
        .map(comparable)
        .sort((x, y) => String((x as { name: string }).name).localeCompare((y as { name: string }).name)),
    );
  return key(a) === key(b);
};

/**
 * Registers the commands in the guild, idempotently: they are read first and written (one bulk PUT,
 * which also removes commands no feature declares any more) only when they differ. Says whether it wrote.
 */
export async function syncCommands(
  rest: REST,
  ids: { applicationId: string; guildId: string },
  commands: readonly SlashCommand[],
): Promise<boolean> {
  const route = Routes.applicationGuildCommands(ids.applicationId, ids.guildId);
  const registered = (await rest.get(route)) as Record<string, unknown>[];
  if (sameCommands(registered, commands as unknown as Record<string, unknown>[])) return false;
  await rest.put(route, { body: commands });
  return true;
}
