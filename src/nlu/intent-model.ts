/**
 * The seam between what we feed a classifier and the library that learns it. The bot's pipeline
 * (entity masking, language detection, cache) and the benchmarks on public corpora both go through
 * these types, so a better model can replace or wrap node-nlp without touching either.
 */

/** One training sentence. `locale` is a language code ("fr", "en"). */
export interface TrainingExample {
  text: string;
  intent: string;
  locale: string;
}

/** An intent and the model's confidence in it, from 0 to 1. */
export interface Classification {
  intent: string;
  score: number;
}

/** A trained model. */
export interface IntentModel {
  /** Every trained intent the model finds plausible, best first (may include "None"). */
  classify(locale: string, text: string): Promise<Classification[]>;
  /** The model as a JSON string, for {@link IntentTrainer.load}. */
  export(): string;
}

/** Learns an {@link IntentModel} from examples, or loads one it exported. */
export interface IntentTrainer {
  /** Names the library, its version and its settings: part of the model cache key. */
  readonly id: string;
  train(examples: readonly TrainingExample[]): Promise<IntentModel>;
  /** Throws when `serialized` is not a model this trainer exported. */
  load(serialized: string): IntentModel;
}
