// The part of node-nlp 4.x we use (the package ships no types). Only src/nlu/nlp-engine.ts imports it.

declare module "node-nlp" {
  export interface NlpManagerSettings {
    languages?: string[];
    /** Runs the builtin (Microsoft/duckling) recognisers on every message: seconds per message. Keep false. */
    forceNER?: boolean;
    autoSave?: boolean;
    autoLoad?: boolean;
    calculateSentiment?: boolean;
    /** Below this score `process` answers "None" (default 0.5); `classify` ignores it. */
    threshold?: number;
    nlu?: {
      log?: boolean;
      /** Adds a feature for words never seen in training, pushing unknown sentences towards None. */
      useNoneFeature?: boolean;
      /** Replaces unknown words by a known one at most `spellCheckDistance` edits away. */
      spellCheck?: boolean;
      spellCheckDistance?: number;
    };
  }

  export interface NlpClassification {
    intent: string;
    score: number;
  }

  export interface NlpClassifyResult {
    /** Every intent of the language, best first; ties at the top mean "None" to node-nlp. */
    classifications: NlpClassification[];
  }

  export interface NlpProcessResult extends NlpClassifyResult {
    /** The best intent, or "None" below the manager's threshold or when the two best tie. */
    intent: string;
    score: number;
  }

  export class NlpManager {
    constructor(settings?: NlpManagerSettings);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    /** Intent classification only: no entity extraction, sentiment or answers. */
    classify(locale: string, utterance: string): Promise<NlpClassifyResult>;
    /** The full pipeline: classification, then node-nlp's own decision (threshold, ties), entities, answers. */
    process(locale: string, utterance: string): Promise<NlpProcessResult>;
    export(minified?: boolean): string;
    import(data: string): void;
  }

  export interface LanguageGuess {
    alpha2: string;
    alpha3: string;
    language: string;
    score: number;
  }

  /** Trigram language guesser. */
  export class Language {
    guess(utterance: string, allowList?: string[], limit?: number): LanguageGuess[];
  }
}
