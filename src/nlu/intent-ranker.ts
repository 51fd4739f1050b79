import { scaleByCoverage, TrainedVocabulary } from "./confidence.ts";
import type { Classification, IntentModel, TrainingExample } from "./intent-model.ts";

/**
 * A trained model with the bot's confidence handling on top: what the bot ranks for a masked message,
 * and what the benchmarks on public corpora score as this project's NLU.
 */
export class IntentRanker {
  private readonly vocabulary: TrainedVocabulary;

  /** `examples` are the prepared examples (masked, as the model saw them) the model was trained on. */
  constructor(
    private readonly model: IntentModel,
    examples: Iterable<TrainingExample>,
  ) {
    this.vocabulary = new TrainedVocabulary(examples);
  }

  /** Every plausible intent for `text` (already masked), None included, best first. */
  async rank(locale: string, text: string): Promise<Classification[]> {
    return scaleByCoverage(await this.model.classify(locale, text), this.vocabulary.coverage(locale, text));
  }
}
