import { isLocale } from "../src/core/locale.ts";
import { NONE_INTENT } from "../src/core/nlu-port.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../src/core/vocabulary/resource-types.ts";
import { DEFAULT_SVM_OPTIONS, defaultTrainer } from "../src/nlu/default-trainer.ts";
import { EntityExtractor } from "../src/nlu/entities/entity-extractor.ts";
import { type Confusion, evaluate, type Prediction } from "../src/nlu/evaluate.ts";
import type { IntentTrainer } from "../src/nlu/intent-model.ts";
import { linearSvmTrainer } from "../src/nlu/linear-svm.ts";
import { nodeNlpDefaultsTrainer, nodeNlpTrainer } from "../src/nlu/nlp-engine.ts";
import { modelText, prepareExamples } from "../src/nlu/pipeline.ts";
import { INTENTS_DIR } from "../src/paths.ts";
import { benchEnvironment } from "./bench-output.ts";
import { loadNluCorpus, NLU_CORPUS_NAMES, type NluCorpus, type NluCorpusName, shrinkCorpus } from "./nlu-corpora.ts";
import { type LatencySummary, summarize } from "./stats.ts";

/** Reads a test sentence and answers one intent ("None" included). */
type Predict = (text: string) => Promise<string>;

/** A way to learn from a training split and answer on its test split. */
interface BenchSystem {
  key: string;
  label: string;
  /** The trainer's id: library versions and settings. */
  trainer: string;
  train(corpus: NluCorpus): Promise<Predict>;
}

/** node-nlp alone on the raw sentences, answering with `process()` (its threshold and tie rule). */
function nodeNlpDefaults(): BenchSystem {
  const trainer = nodeNlpDefaultsTrainer();
  return {
    key: "node-nlp",
    label: "node-nlp, default settings",
    trainer: trainer.id,
    async train(corpus) {
      const model = await trainer.train(corpus.train.map((s) => ({ ...s, locale: corpus.locale })));
      return async (text) => (await model.classify(corpus.locale, text))[0]?.intent ?? NONE_INTENT;
    },
  };
}

/**
 * The bot's own path: the bot's entity extractor masks training and test sentences
 * (`prepareExamples`, `modelText`), `trainer` learns, and the bot's confidence handling
 * ranks. The best intent is the answer,
 * whatever its confidence: below the bot's threshold the bot asks which of its best guesses was meant.
 */
function botPipeline(key: string, label: string, trainer: IntentTrainer, extractor: EntityExtractor): BenchSystem {
  return {
    key,
    label,
    trainer: trainer.id,
    async train(corpus) {
      const raw = corpus.train.map((s) => ({ ...s, locale: corpus.locale }));
      const examples = prepareExamples(raw, extractor);
      const model = await trainer.train(examples);
      const locale = isLocale(corpus.locale) ? corpus.locale : "fr";
      return async (text) => {
        const masked = modelText(text, extractor.extract(text, () => locale).entities);
        return (await model.classify(corpus.locale, masked))[0]?.intent ?? NONE_INTENT;
      };
    },
  };
}

export interface NluBenchOptions {
  corpora?: readonly NluCorpusName[];
  /** Keep only this many training sentences per intent (quick runs). */
  trainPerIntent?: number;
  /** Score only the first test sentences of each corpus (quick runs). */
  testPerCorpus?: number;
  /** Also score the two halves of our ensemble alone through the same pipeline. */
  ablation?: boolean;
}

export interface SystemScore {
  correct: number;
  total: number;
  microF1: number;
}

export interface CorpusSystemResult extends SystemScore {
  macroF1: number;
  trainMs: number;
  classify: LatencySummary;
  confusions: Confusion[];
}

export interface NluBenchResult {
  protocol: string;
  systems: { key: string; label: string; trainer: string }[];
  corpora: {
    name: string;
    intents: string[];
    train: number;
    test: number;
    systems: Record<string, CorpusSystemResult>;
  }[];
  /** Micro-averaged over the union of the test sets. */
  overall: Record<string, SystemScore>;
  durationMs: number;
  environment: ReturnType<typeof benchEnvironment>;
}

export const PROTOCOL =
  "Train on the sentences marked training:true, score those marked false. Each test sentence has one gold intent and gets one answer " +
  '(an answer of "None" counts as predicting the intent None, right only when the gold intent is None), so micro-F1 equals accuracy. ' +
  "Overall is micro-averaged over the union of the three test sets.";

async function systemsFor(options: NluBenchOptions): Promise<BenchSystem[]> {
  const extractor = new EntityExtractor({
    territory: await loadTerritory(INTENTS_DIR),
    resourceTypes: await loadResourceTypes(INTENTS_DIR),
  });
  const systems = [nodeNlpDefaults(), botPipeline("ours", "this bot's NLU pipeline", defaultTrainer(), extractor)];
  if (options.ablation) {
    systems.push(
      botPipeline(
        "ours-node-nlp",
        "  pipeline, node-nlp network only",
        nodeNlpTrainer({ spellCheck: true }),
        extractor,
      ),
      botPipeline("ours-svm", "  pipeline, linear SVM only", linearSvmTrainer(DEFAULT_SVM_OPTIONS), extractor),
    );
  }
  return systems;
}

/** Trains and scores every system on every corpus, one after the other (timings are per system). */
export async function runNluBench(options: NluBenchOptions = {}): Promise<NluBenchResult> {
  const began = performance.now();
  const systems = await systemsFor(options);
  const corpora: NluBenchResult["corpora"] = [];
  for (const name of options.corpora ?? NLU_CORPUS_NAMES) {
    const corpus = shrinkCorpus(await loadNluCorpus(name), {
      trainPerIntent: options.trainPerIntent,
      test: options.testPerCorpus,
    });
    const results: Record<string, CorpusSystemResult> = {};
    for (const system of systems) results[system.key] = await score(system, corpus);
    corpora.push({
      name,
      intents: [...new Set(corpus.train.map((s) => s.intent))].sort(),
      train: corpus.train.length,
      test: corpus.test.length,
      systems: results,
    });
  }
  const overall = Object.fromEntries(
    systems.map((s) => {
      const correct = corpora.reduce((sum, c) => sum + c.systems[s.key]!.correct, 0);
      const total = corpora.reduce((sum, c) => sum + c.systems[s.key]!.total, 0);
      return [s.key, { correct, total, microF1: total ? correct / total : 0 }];
    }),
  );
  return {
    protocol: PROTOCOL,
    systems: systems.map(({ key, label, trainer }) => ({ key, label, trainer })),
    corpora,
    overall,
    durationMs: Math.round(performance.now() - began),
    environment: benchEnvironment(),
  };
}

async function score(system: BenchSystem, corpus: NluCorpus): Promise<CorpusSystemResult> {
  const started = performance.now();
  const predict = await system.train(corpus);
  const trainMs = Math.round(performance.now() - started);
  const predictions: Prediction[] = [];
  const durations: number[] = [];
  for (const { text, intent } of corpus.test) {
    const before = performance.now();
    predictions.push({ expected: intent, predicted: await predict(text) });
    durations.push(performance.now() - before);
  }
  const { correct, total, microF1, macroF1, confusions } = evaluate(predictions, 5);
  return { correct, total, microF1, macroF1, trainMs, classify: summarize(durations), confusions };
}
