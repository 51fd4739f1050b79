// Cross-validation on training data only, to choose the model's settings without ever reading a test
// split: repeated stratified k-fold on the training splits of the NLU Evaluation Corpora and on intents/.
import { createHash } from "node:crypto";
import { isLocale, LOCALES } from "../src/core/locale.ts";
import { NONE_INTENT } from "../src/core/nlu-port.ts";
import { loadTerritory } from "../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../src/core/vocabulary/resource-types.ts";
import { loadCorpus } from "../src/nlu/corpus.ts";
import { EntityExtractor } from "../src/nlu/entities/entity-extractor.ts";
import type { Classification, IntentTrainer, TrainingExample } from "../src/nlu/intent-model.ts";
import { modelText, prepareExamples } from "../src/nlu/pipeline.ts";
import { INTENTS_DIR } from "../src/paths.ts";
import { loadNluCorpus, NLU_CORPUS_NAMES } from "./nlu-corpora.ts";

/** The bot's confidence threshold: an answer at or above it is given without asking. */
const THRESHOLD = 0.7;

/** A sentence as the model learns it, and as it reads it when asked (masked like a live message). */
interface Sample {
  train: TrainingExample;
  test: string;
  /** The sentence's fold in each repetition. */
  folds: number[];
}

/** Sentences split into folds, several times over; each fold is scored by a model trained on all the others. */
interface CvSet {
  name: string;
  samples: Sample[];
  folds: number;
  repetitions: number;
}

/** What a candidate scored on one set, every sentence being predicted once. */
export interface CvScore {
  total: number;
  correct: number;
  /** Wrong with a confidence ≥ 0.7: the bot would answer the wrong thing without asking. */
  confidentErrors: number;
  /** Right, counting answers below 0.7 as None (what the bot does). */
  thresholdedCorrect: number;
  /** Mean negative log of the confidence in the right intent (floored at 1e-6). */
  logLoss: number;
}

export interface CvData {
  corpora: CvSet[];
  intents: CvSet;
}

export interface CvPlan {
  /** Folds and repetitions on each corpus's training split (30 to 100 sentences: repeat to steady the count). */
  corpora: { folds: number; repetitions: number };
  intents: { folds: number; repetitions: number };
}

export const CV_PLAN: CvPlan = { corpora: { folds: 5, repetitions: 10 }, intents: { folds: 5, repetitions: 3 } };

/**
 * The training splits of the three corpora and every utterance of intents/, each dealt into folds
 * stratified by intent (and language). Sentences are masked as the bot does: training ones with
 * their intent's entity hints, the asked ones fully.
 */
export async function loadCvData(plan: CvPlan = CV_PLAN): Promise<CvData> {
  const extractor = new EntityExtractor({
    territory: await loadTerritory(INTENTS_DIR),
    resourceTypes: await loadResourceTypes(INTENTS_DIR),
  });
  const masked = (e: TrainingExample) =>
    modelText(e.text, extractor.extract(e.text, () => (isLocale(e.locale) ? e.locale : "fr")).entities);
  const corpora: CvSet[] = [];
  for (const name of NLU_CORPUS_NAMES) {
    const corpus = await loadNluCorpus(name);
    const raw = corpus.train.map((s) => ({ ...s, locale: corpus.locale }));
    const samples = prepareExamples(raw, extractor).map((train) => ({ train, test: train.text, folds: [] }));
    corpora.push(stratify({ name, samples, ...plan.corpora }));
  }
  const intents = [...(await loadCorpus(INTENTS_DIR)).intents.values()];
  const raw = intents.flatMap((intent) =>
    LOCALES.flatMap((locale) => intent.utterances[locale].map((text) => ({ text, intent: intent.name, locale }))),
  );
  const hints = new Map(intents.map((i) => [i.name, i.entities]));
  const prepared = prepareExamples(raw, extractor, (intent) => hints.get(intent) ?? []);
  const samples = prepared.map((train, i) => ({ train, test: masked(raw[i]!), folds: [] }));
  return { corpora, intents: stratify({ name: "intents/", samples, ...plan.intents }) };
}

/**
 * Deals the sentences of each intent and language round-robin into the folds, in an order fixed by
 * a hash of their text and the repetition: the same folds on every run and machine, no seed to choose.
 */
function stratify(set: CvSet): CvSet {
  const groups = new Map<string, Sample[]>();
  for (const s of set.samples) {
    const key = `${s.train.intent}\u0000${s.train.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (let repetition = 0; repetition < set.repetitions; repetition++) {
    const hash = (s: Sample) => createHash("sha1").update(`${repetition}\u0000${s.train.text}`).digest("hex");
    // Each group starts where the previous one stopped, so that small intents do not all fill fold 0.
    let next = 0;
    for (const group of groups.values()) {
      const ordered = group.map((s) => ({ s, h: hash(s) })).sort((a, b) => a.h.localeCompare(b.h));
      for (const { s } of ordered) s.folds[repetition] = next++ % set.folds;
    }
  }
  return set;
}

/** Trains `trainer` once per fold of `set` and scores every sentence of the fold left out. */
export async function crossValidate(trainer: IntentTrainer, set: CvSet): Promise<CvScore> {
  const result: CvScore = { total: 0, correct: 0, confidentErrors: 0, thresholdedCorrect: 0, logLoss: 0 };
  for (let repetition = 0; repetition < set.repetitions; repetition++) {
    for (let fold = 0; fold < set.folds; fold++) {
      const inFold = (s: Sample) => s.folds[repetition] === fold;
      const model = await trainer.train(set.samples.filter((s) => !inFold(s)).map((s) => s.train));
      for (const s of set.samples.filter(inFold))
        tally(result, s.train.intent, await model.classify(s.train.locale, s.test));
    }
  }
  result.logLoss /= result.total;
  return result;
}

function tally(result: CvScore, expected: string, ranked: readonly Classification[]): void {
  const best = ranked[0] ?? { intent: NONE_INTENT, score: 1 };
  const right = best.intent === expected;
  result.total++;
  if (right) result.correct++;
  if (!right && best.score >= THRESHOLD) result.confidentErrors++;
  if ((best.score >= THRESHOLD ? best.intent : NONE_INTENT) === expected) result.thresholdedCorrect++;
  result.logLoss -= Math.log(Math.max(ranked.find((c) => c.intent === expected)?.score ?? 0, 1e-6));
}
