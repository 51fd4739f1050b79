import type { Classification, IntentModel, IntentTrainer, TrainingExample } from "./intent-model.ts";
import {
  type FeatureSettings,
  featuresOf,
  type SparseVector,
  type Stemmer,
  vectorize,
  vocabulary,
} from "./svm-features.ts";

export interface LinearSvmOptions {
  /** Cost of a training sentence on the wrong side of the margin (liblinear's `-c`). Default 3. */
  cost?: number;
  /**
   * Softmax temperature turning margins into confidences. Default 0.3: it minimised the log-loss in
   * cross-validation on the training data of intents/ and of the NLU Evaluation Corpora when first
   * chosen; today's data prefer 0.25, at the price of more confident mistakes (see default-trainer.ts).
   */
  temperature?: number;
  /**
   * Lengths of the character n-grams taken inside each word (padded with a space either side).
   * Default 1–4: in 5-fold cross-validation of intents/ it beat 3–5 (2,164 against 2,154 of 2,543
   * sentences) with as few confident mistakes; the corpora's training splits could not tell them apart.
   */
  charNgrams?: readonly [number, number];
  /** Adjacent word pairs as features. Default true. */
  wordPairs?: boolean;
  /** Word pairs with the start and the end of the sentence too. Default false. */
  sentenceEdges?: boolean;
  /** Adds the stem of each word as a feature. Default none. */
  stemmer?: Stemmer;
  /**
   * "balanced" multiplies the cost of an intent's own sentences by (sentences / (intents × its
   * sentences)), as liblinear's `-wi` and scikit-learn's class_weight="balanced"; default "none".
   */
  classWeight?: "none" | "balanced";
}

const FORMAT = "linear-svm/1";
const MAX_EPOCHS = 100;
/** Stop when the projected gradients of an epoch span less than this (liblinear's default for the dual). */
const TOLERANCE = 0.1;

interface Settings extends FeatureSettings {
  cost: number;
  temperature: number;
  classWeight: "none" | "balanced";
}

/**
 * One-vs-rest linear support vector machines on words, word pairs and character n-grams (TF-IDF,
 * L2-normalised), trained with liblinear's dual coordinate descent for the L2-regularised squared
 * hinge loss (Hsieh et al., ICML 2008). Character n-grams make it robust to typos, inflection and
 * unseen compounds; the solver is exact and deterministic, and trains a few thousand sentences in
 * well under a second. Confidences are a softmax of the margins. One model serves every language:
 * the intents are shared and the words rarely are.
 */
export function linearSvmTrainer(options: LinearSvmOptions = {}): IntentTrainer {
  const settings: Settings = {
    cost: options.cost ?? 3,
    temperature: options.temperature ?? 0.3,
    charNgrams: options.charNgrams ?? ([1, 4] as const),
    wordPairs: options.wordPairs ?? true,
    sentenceEdges: options.sentenceEdges ?? false,
    classWeight: options.classWeight ?? "none",
    ...(options.stemmer ? { stemmer: options.stemmer } : {}),
  };
  const { stemmer, ...named } = settings;
  return {
    id: `${FORMAT} ${JSON.stringify({ ...named, ...(stemmer ? { stemmer: stemmer.id } : {}) })}`,
    async train(examples: readonly TrainingExample[]) {
      return new LinearSvmModel(fit(examples, settings), settings);
    },
    load(serialized: string) {
      const data = JSON.parse(serialized) as Partial<SerializedSvm>;
      if (data.format !== FORMAT || !Array.isArray(data.features) || !Array.isArray(data.weights)) {
        throw new Error("not a linear SVM model export");
      }
      const weights = data.weights.map((w) => new Float32Array(new Uint8Array(Buffer.from(w, "base64")).buffer));
      return new LinearSvmModel({ intents: data.intents!, features: data.features, idf: data.idf!, weights }, settings);
    },
  };
}

interface Weights {
  intents: string[];
  /** Feature names; feature i has inverse document frequency idf[i] and weight weights[intent][i]. */
  features: string[];
  idf: number[];
  /** One row per intent: a weight per feature, then the bias. */
  weights: Float32Array[];
}

interface SerializedSvm extends Omit<Weights, "weights"> {
  format: typeof FORMAT;
  weights: string[];
}

class LinearSvmModel implements IntentModel {
  private readonly index: Map<string, number>;

  constructor(
    private readonly w: Weights,
    private readonly settings: Settings,
  ) {
    this.index = new Map(w.features.map((f, i) => [f, i]));
  }

  async classify(locale: string, text: string): Promise<Classification[]> {
    const x = vectorize(featuresOf(text, locale, this.settings), this.index, this.w.idf);
    const margins = this.w.weights.map((row) => dot(row, x));
    return softmax(margins, this.settings.temperature)
      .map((score, i) => ({ intent: this.w.intents[i]!, score }))
      .sort((a, b) => b.score - a.score);
  }

  export(): string {
    const weights = this.w.weights.map((row) =>
      Buffer.from(row.buffer, row.byteOffset, row.byteLength).toString("base64"),
    );
    const serialized: SerializedSvm = {
      format: FORMAT,
      intents: this.w.intents,
      features: this.w.features,
      idf: this.w.idf,
      weights,
    };
    return JSON.stringify(serialized);
  }
}

function fit(examples: readonly TrainingExample[], settings: Settings): Weights {
  const counts = examples.map((e) => featuresOf(e.text, e.locale, settings));
  const { features, idf } = vocabulary(counts);
  const index = new Map(features.map((f, i) => [f, i]));
  const vectors = counts.map((c) => vectorize(c, index, idf));
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const weights = intents.map((intent, k) => {
    const labels = examples.map((e) => (e.intent === intent ? 1 : -1));
    const own = labels.filter((y) => y === 1).length;
    const weight = settings.classWeight === "balanced" ? examples.length / (intents.length * own) : 1;
    return solveDual(vectors, labels, { positive: settings.cost * weight, negative: settings.cost }, k + 1);
  });
  return { intents, features, idf, weights };
}

/**
 * Dual coordinate descent for one binary L2-loss SVM: visits the sentences in a seeded random order,
 * moving each dual variable to its optimum in closed form, until the projected gradients vanish.
 */
function solveDual(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  cost: { positive: number; negative: number },
  seed: number,
): Float32Array {
  const dimension = (vectors[0]?.index.at(-1) ?? 0) + 1;
  const w = new Float64Array(dimension);
  const alpha = new Float64Array(vectors.length);
  const diagonal = labels.map((y) => 0.5 / (y === 1 ? cost.positive : cost.negative));
  const q = vectors.map((x, i) => x.value.reduce((sum, v) => sum + v * v, 0) + diagonal[i]!);
  const order = vectors.map((_, i) => i);
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < MAX_EPOCHS; epoch++) {
    shuffle(order, random);
    let highest = -Infinity;
    let lowest = Infinity;
    for (const i of order) {
      const x = vectors[i]!;
      const y = labels[i]!;
      const gradient = y * dot(w, x) - 1 + diagonal[i]! * alpha[i]!;
      const projected = alpha[i] === 0 ? Math.min(gradient, 0) : gradient;
      highest = Math.max(highest, projected);
      lowest = Math.min(lowest, projected);
      if (projected === 0) continue;
      const previous = alpha[i]!;
      alpha[i] = Math.max(previous - gradient / q[i]!, 0);
      const step = (alpha[i]! - previous) * y;
      for (let k = 0; k < x.index.length; k++) w[x.index[k]!]! += step * x.value[k]!;
    }
    if (highest - lowest <= TOLERANCE) break;
  }
  return Float32Array.from(w);
}

function dot(w: ArrayLike<number>, x: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < x.index.length; k++) sum += w[x.index[k]!]! * x.value[k]!;
  return sum;
}

function softmax(margins: readonly number[], temperature: number): number[] {
  const top = Math.max(...margins);
  const exp = margins.map((m) => Math.exp((m - top) / temperature));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** A small seeded generator, so that training twice on the same data gives the same model. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
