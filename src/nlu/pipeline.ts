import { isLocale, type Locale } from "../core/locale.ts";
import { type EntityExtractor, maskEntities } from "./entities/entity-extractor.ts";
import { ENTITY_KINDS, type Entities, type EntityKind } from "./entities/entity-kinds.ts";
import type { TrainingExample } from "./intent-model.ts";
import { tidyChat } from "./normalize.ts";

/**
 * Version of what happens to a message before the model sees it (masking, tidying, model settings).
 * Bump it whenever that changes: cached models trained the old way are then retrained.
 */
export const PIPELINE_VERSION = "2026-11-nlu-3";

/**
 * The text the intent model sees: entities of `masked` kinds (all by default) replaced by their
 * placeholder (a resource type also by a word naming it), chat habits tidied. Live messages are always
 * fully masked.
 */
export const modelText = (text: string, entities: Entities, masked: readonly EntityKind[] = ENTITY_KINDS): string =>
  tidyChat(maskEntities(text, entities, masked));

/**
 * Runs the examples through the same entity extraction as live messages (with their known language),
 * so training and classification see the same masked text. `maskedKinds` tells, per intent, which
 * kinds become placeholders (an intent's entity hints); others stay plain words, so "merci, à demain"
 * does not teach thanks that a date means thanks. Benchmarks on public corpora call this too, to
 * measure the bot's pipeline rather than the bare library.
 */
export function prepareExamples(
  examples: readonly TrainingExample[],
  extractor: EntityExtractor,
  maskedKinds: (intent: string) => readonly EntityKind[] = () => ENTITY_KINDS,
): TrainingExample[] {
  return examples.map((example) => {
    const locale: Locale = isLocale(example.locale) ? example.locale : "fr";
    const { entities } = extractor.extract(example.text, () => locale);
    return { ...example, text: modelText(example.text, entities, maskedKinds(example.intent)) };
  });
}
