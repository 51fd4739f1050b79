import { readdir } from "node:fs/promises";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { z } from "zod";
import { LOCALES, type Locale, type Localized } from "../core/locale.ts";
import { NONE_INTENT } from "../core/nlu-port.ts";
import { DataFileError, type LocatedData, readLocatedYamlFile } from "../util/data-file.ts";
import { foldedKey } from "../util/fold.ts";
import { isOneEditAway } from "../util/one-edit-away.ts";
import { ENTITY_KINDS, type EntityKind } from "./entities/entity-kinds.ts";
import { INTENT_NAMES, isIntentName } from "./intent-names.ts";

/** One intent as written in an intents/ file. */
export interface IntentData {
  name: string;
  /** The file that defines it, as shown in messages (`intents/basics.yaml`). */
  file: string;
  /** Short label for "did you mean…" buttons; every intent but None has one. */
  topic?: Localized;
  /** Kinds of entity this intent usually carries. */
  entities: EntityKind[];
  utterances: Localized<string[]>;
  /** Answer templates (ICU MessageFormat), in both languages or not at all. */
  answers?: Localized<string[]>;
}

/** Every intent defined in intents/*.yaml, validated. */
export interface Corpus {
  intents: ReadonlyMap<string, IntentData>;
}

const text = z.string().trim().min(1, "must not be empty");
const utterances = z.array(text).min(1, "needs at least one utterance");
const answers = z.array(text.superRefine(checkTemplate)).min(1, "needs at least one answer");

const intentSchema = z.strictObject({
  topic: z.strictObject({ fr: text, en: text }).optional(),
  entities: z.array(z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(", ")}` })).default([]),
  utterances: z.strictObject({ fr: utterances, en: utterances }),
  answers: z.strictObject({ fr: answers.optional(), en: answers.optional() }).optional(),
});

const fileSchema = z.record(z.string(), intentSchema).superRefine((intents, ctx) => {
  for (const [name, intent] of Object.entries(intents)) {
    if (!isIntentName(name)) {
      ctx.addIssue({ code: "custom", path: [name], message: unknownIntent(name) });
      continue;
    }
    if (name !== NONE_INTENT && !intent.topic)
      ctx.addIssue({ code: "custom", path: [name], message: "needs a topic (fr and en)" });
    for (const [have, missing] of [
      ["fr", "en"],
      ["en", "fr"],
    ] as const) {
      if (intent.answers?.[have] && !intent.answers[missing]) {
        ctx.addIssue({
          code: "custom",
          path: [name, "answers"],
          message: `has ${have} answers but no ${missing} ones`,
        });
      }
    }
  }
});

function unknownIntent(name: string): string {
  const close = INTENT_NAMES.find((known) => isOneEditAway(known, name) || known.startsWith(`${name}.`));
  return `unknown intent "${name}"${close ? ` (did you mean ${close}?)` : ""}: intents are named in src/nlu/intent-names.ts`;
}

function checkTemplate(template: string, ctx: z.RefinementCtx): void {
  try {
    new IntlMessageFormat(template, "fr");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `is not valid ICU MessageFormat (${(error as Error).message})` });
  }
}

type IntentFile = LocatedData<z.infer<typeof fileSchema>>;

/**
 * Loads every `intents/*.yaml` (not `intents/entities/`) and checks them together: an intent is
 * defined once, and an utterance (ignoring case, accents and punctuation) belongs to one intent.
 * Throws a {@link DataFileError} listing every problem with its file, line and entry.
 */
export async function loadCorpus(intentsDir: string): Promise<Corpus> {
  const root = path.dirname(intentsDir);
  const shown = `${path.relative(root, intentsDir) || intentsDir}/`;
  const entries = await readdir(intentsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new DataFileError(shown, [`cannot be read (${error.code ?? error.message})`]);
  });
  const names = entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const files: IntentFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      files.push(await readLocatedYamlFile(path.join(intentsDir, name), fileSchema, root));
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(...error.problems.map((p) => `${error.file}: ${p}`));
    }
  }
  const intents = collectIntents(files, problems);
  if (problems.length) throw new DataFileError(shown, problems);
  return { intents };
}

function collectIntents(files: readonly IntentFile[], problems: string[]): Map<string, IntentData> {
  const intents = new Map<string, IntentData>();
  const where = (file: IntentFile, segments: PropertyKey[]) => {
    const line = file.lineOf(segments);
    return `${file.shown}: ${line ? `line ${line}, ` : ""}`;
  };
  // Where an utterance is (a walk of the YAML tree) is only worked out for a message.
  const seenUtterances = new Map<string, { intent: string; locale: Locale; at: () => string; entry: string }>();
  for (const file of files) {
    for (const [name, intent] of Object.entries(file.data)) {
      const previous = intents.get(name);
      if (previous) {
        problems.push(`${where(file, [name])}${name}: is already defined in ${previous.file}`);
        continue;
      }
      const { fr, en } = intent.answers ?? {};
      intents.set(name, {
        name,
        file: file.shown,
        ...(intent.topic ? { topic: intent.topic } : {}),
        entities: intent.entities,
        utterances: intent.utterances,
        ...(fr && en ? { answers: { fr, en } } : {}),
      });
      for (const locale of LOCALES) {
        intent.utterances[locale].forEach((utterance, i) => {
          const key = foldedKey(utterance);
          const entry = `${name}.utterances.${locale}[${i}]`;
          const at = () => where(file, [name, "utterances", locale, i]);
          const first = seenUtterances.get(key);
          if (!first) seenUtterances.set(key, { intent: name, locale, at, entry });
          else if (first.intent !== name) {
            problems.push(
              `${at()}${entry}: "${utterance}" is also an utterance of ${first.intent} (${first.at()}${first.entry})`,
            );
          } else if (first.locale === locale) problems.push(`${at()}${entry}: "${utterance}" repeats ${first.entry}`);
        });
      }
    }
  }
  return intents;
}

/**
 * The intents to train: those `handled` by the installed features, plus None. An intent a feature
 * handles must be canonical and have data; intents whose feature does not exist yet are left out.
 */
export function intentsToTrain(corpus: Corpus, handled: readonly string[]): IntentData[] {
  const wanted = [...new Set([...handled, NONE_INTENT])].sort();
  const problems = wanted.flatMap((name) => {
    if (!isIntentName(name))
      return [`"${name}" is handled by a feature but is not a canonical intent name (src/nlu/intent-names.ts)`];
    if (!corpus.intents.has(name))
      return [
        `"${name}" ${name === NONE_INTENT ? "is always trained" : "is handled by a feature"} but no file defines it`,
      ];
    return [];
  });
  if (problems.length) throw new DataFileError("intents/", problems);
  return wanted.map((name) => corpus.intents.get(name)!);
}
