import { foldedKey } from "../util/fold.ts";
import type { StepAccepts } from "./feature.ts";
import { type EntityMatch, type NluResult, NONE_INTENT } from "./nlu-port.ts";

/**
 * Words that do not turn an answer into a new request: "pour Ivry", "dans Vitry svp", "avec l'HAD".
 * Words of three letters or fewer never count ("à", "le", "est", "sur").
 */
const FILLERS = new Set(["pour", "dans", "chez", "vers", "avec", "merci", "plutot", "alors", "donc", "aussi", "voila"]);
const FILLERS_EN = new Set(["thanks", "please", "with", "also", "then", "rather"]);

/**
 * Whether a message is just the answer: entities of the accepted kinds and small words around them
 * ("Ivry", "à Ivry", "pour l'HAD"). Such a message answers the step whatever the classifier makes of it.
 */
export function isBareAnswer(text: string, entities: Record<string, EntityMatch[]>, kinds: readonly string[]): boolean {
  const spans = kinds.flatMap((kind) => entities[kind] ?? []);
  if (spans.length === 0) return false;
  let rest = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, span.start) + rest.slice(span.end);
  const words =
    rest
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .match(/\p{L}+/gu) ?? [];
  return words.every((word) => word.length <= 3 || FILLERS.has(word) || FILLERS_EN.has(word));
}

/**
 * Does this message answer the pending step, or did the member move on? The one rule every dialogue
 * shares: a bare answer answers; a confident message of an intent the step does not continue is a new
 * question; anything else (an unsure message, a confident "None", a request of the step's own kind) is
 * the step's to read, and it asks again when the message does not answer.
 */
export function stepVerdict(
  accepts: StepAccepts,
  nlu: NluResult,
  text: string,
  threshold: number,
): "answer" | "moved-on" {
  if (accepts.anyText || isBareAnswer(text, nlu.entities, accepts.entities ?? [])) return "answer";
  if (accepts.answers?.some((answer) => foldedKey(answer) === foldedKey(text))) return "answer";
  const confident = nlu.score >= threshold;
  const continues = nlu.intent === NONE_INTENT || (accepts.intents ?? []).includes(nlu.intent);
  return confident && !continues ? "moved-on" : "answer";
}
