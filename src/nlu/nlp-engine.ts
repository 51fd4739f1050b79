// The only file of the project that imports node-nlp.
import { createRequire } from "node:module";
import { Language, NlpManager, type NlpManagerSettings } from "node-nlp";
import type { Classification, IntentModel, IntentTrainer, TrainingExample } from "./intent-model.ts";

export interface NlpEngineOptions {
  /** node-nlp's feature for words never seen in training (pushes unknown sentences towards None). */
  useNoneFeature?: boolean;
  /** node-nlp's correction of unknown words to a known word one edit away. */
  spellCheck?: boolean;
}

const require = createRequire(import.meta.url);
const nodeNlpRequire = createRequire(require.resolve("node-nlp"));

/** node-nlp's version and those of the packages that learn and score (its dependencies float). */
export const NODE_NLP_VERSION = [
  `node-nlp@${(require("node-nlp/package.json") as { version: string }).version}`,
  ...["@nlpjs/nlu", "@nlpjs/neural", "@nlpjs/lang-fr", "@nlpjs/lang-en-min"].map(
    (name) => `${name}@${(nodeNlpRequire(`${name}/package.json`) as { version: string }).version}`,
  ),
].join(" ");

/**
 * node-nlp's neural classifier, one network per language, with everything slow or noisy switched off:
 * no builtin entity recognisers (seconds per message), no sentiment, no logs, no files.
 */
export function nodeNlpTrainer(options: NlpEngineOptions = {}): IntentTrainer {
  const settings = (languages: string[]): NlpManagerSettings => ({
    languages,
    forceNER: false,
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    threshold: 0,
    nlu: { log: false, useNoneFeature: options.useNoneFeature ?? false, spellCheck: options.spellCheck ?? false },
  });
  return {
    id: `${NODE_NLP_VERSION} ${JSON.stringify(options)}`,
    async train(examples: readonly TrainingExample[]) {
      const languages = [...new Set(examples.map((e) => e.locale))];
      const manager = new NlpManager(settings(languages));
      for (const e of examples) manager.addDocument(e.locale, e.text, e.intent);
      await manager.train();
      return new NodeNlpModel(manager, languages);
    },
    load(serialized: string) {
      const { languages, model } = JSON.parse(serialized) as { languages?: unknown; model?: unknown };
      if (!Array.isArray(languages) || typeof model !== "string") throw new Error("not a node-nlp model export");
      const manager = new NlpManager(settings(languages as string[]));
      manager.import(model);
      return new NodeNlpModel(manager, languages as string[]);
    },
  };
}

class NodeNlpModel implements IntentModel {
  constructor(
    private readonly manager: NlpManager,
    private readonly languages: string[],
  ) {}

  async classify(locale: string, text: string): Promise<Classification[]> {
    const { classifications } = await this.manager.classify(locale, text);
    return classifications
      .filter((c) => c.score > 0)
      .map(({ intent, score }) => ({ intent, score }))
      .sort((a, b) => b.score - a.score);
  }

  export(): string {
    return JSON.stringify({ languages: this.languages, model: this.manager.export(true) });
  }
}

let guesser: Language | undefined;

/** node-nlp's trigram guess of the language of `text` among `locales`: a score from 0 to 1 for each. */
export function guessLanguage(text: string, locales: readonly string[]): Record<string, number> {
  guesser ??= new Language();
  const scores: Record<string, number> = {};
  for (const g of guesser.guess(text, [...locales], locales.length)) scores[g.alpha2] = g.score;
  return scores;
}
