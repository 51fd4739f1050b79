// The values of a member row that come from a list the network controls (professions, roles, communes,
// skills, motivations, availability — see util/row-file/lookups.ts), and the member's language and channel.
import type { Channel } from "../../../core/persistence.ts";
import { compact } from "../../../util/fold.ts";
import type { RowValues } from "../../../util/row-file/check-rows.ts";
import type { MemberField, MemberProblemCode } from "./member-file.ts";

export type Values = RowValues<MemberField, MemberProblemCode>;

const LANGUAGES: Record<"fr" | "en", string[]> = {
  fr: ["fr", "français", "french", "fra"],
  en: ["en", "anglais", "english", "eng"],
};

const CHANNELS: Record<Channel, string[]> = {
  console: ["console", "terminal"],
  slack: ["slack"],
  discord: ["discord"],
};

function fixedChoice<K extends string>(
  values: Values,
  field: MemberField,
  choices: Record<K, string[]>,
  code: MemberProblemCode,
  what: string,
): K | null | undefined {
  if (!values.has(field)) return undefined;
  const written = values.text(field);
  if (written === undefined) return null;
  const found = (Object.keys(choices) as K[]).find((key) =>
    choices[key].some((form) => compact(form) === compact(written)),
  );
  if (found) return found;
  const message = `unknown ${what} "${written}" (${Object.keys(choices).join(", ")})`;
  values.report({ code, line: values.lineOf(field), field, message });
  return undefined;
}

/** The preferred language: fr or en (also "français", "English"…); null when written empty. */
export const readLanguage = (values: Values) =>
  fixedChoice(values, "language", LANGUAGES, "unknown_language", "language");

/** The channel for proactive messages: console, slack or discord; null when written empty. */
export const readChannel = (values: Values) => fixedChoice(values, "channel", CHANNELS, "unknown_channel", "channel");
