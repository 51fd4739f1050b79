// What the linear SVM reads of a sentence, apart from how it learns: words, stems, word pairs and
// character n-grams, weighted by TF-IDF. Kept apart from the solver so both stay small.
import { fold } from "../util/fold.ts";
import { tokenize } from "./normalize.ts";

/** Reduces a word to its stem in a language ("deleting" → "delet"); the word itself when it cannot. */
export interface Stemmer {
  /** Names the stemmers and their versions: part of the model id. */
  readonly id: string;
  stem(locale: string, word: string): string;
}

export interface FeatureSettings {
  /** Lengths of the character n-grams taken inside each word (padded with a space either side). */
  charNgrams: readonly [number, number];
  /** Adjacent word pairs ("b:delete account"). */
  wordPairs: boolean;
  /**
   * Also pairs the first word with the start of the sentence and the last with its end ("b:^ when",
   * "b:garching $"), as character n-grams are padded at the edges of words. Only with word pairs.
   */
  sentenceEdges: boolean;
  /** Stems of the words ("s:delet"), next to the words themselves; none without a stemmer. */
  stemmer?: Stemmer;
}

/** A sparse vector: feature indices (the bias last) and their values. */
export interface SparseVector {
  index: number[];
  value: number[];
}

/**
 * Counts of every feature of a text: folded words, their stems, adjacent word pairs, character
 * n-grams of words ("char_wb"). Stems are taken of the lower-case word before its accents are
 * folded, as the French stemmer reads accents. Words are letters and digits, so the edge marks
 * "^" and "$" are never words.
 */
export function featuresOf(text: string, locale: string, settings: FeatureSettings): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const tokens = tokenize(text);
  const [shortest, longest] = settings.charNgrams;
  tokens.forEach(({ text: word, start, end }, i) => {
    add(`w:${word}`);
    if (settings.stemmer) add(`s:${fold(settings.stemmer.stem(locale, text.slice(start, end).toLowerCase()))}`);
    if (settings.wordPairs && i > 0) add(`b:${tokens[i - 1]!.text} ${word}`);
    if (settings.wordPairs && settings.sentenceEdges) {
      if (i === 0) add(`b:^ ${word}`);
      if (i === tokens.length - 1) add(`b:${word} $`);
    }
    const padded = ` ${word} `;
    for (let n = shortest; n <= longest; n++) {
      for (let at = 0; at + n <= padded.length; at++) add(`c:${padded.slice(at, at + n)}`);
    }
  });
  return counts;
}

/** Sublinear TF-IDF of the known features, L2-normalised, plus a constant bias feature. */
export function vectorize(
  counts: Map<string, number>,
  index: ReadonlyMap<string, number>,
  idf: readonly number[],
): SparseVector {
  const vector: SparseVector = { index: [], value: [] };
  for (const [feature, count] of counts) {
    const i = index.get(feature);
    if (i === undefined) continue;
    vector.index.push(i);
    vector.value.push((1 + Math.log(count)) * idf[i]!);
  }
  const norm = Math.hypot(...vector.value) || 1;
  vector.value = vector.value.map((v) => v / norm);
  vector.index.push(idf.length);
  vector.value.push(1);
  return vector;
}

/** The features seen in training, sorted, with their smoothed inverse document frequencies. */
export function vocabulary(counts: readonly Map<string, number>[]): { features: string[]; idf: number[] } {
  const documentFrequency = new Map<string, number>();
  for (const c of counts)
    for (const feature of c.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const features = [...documentFrequency.keys()].sort();
  const idf = features.map((f) => Math.log((1 + counts.length) / (1 + documentFrequency.get(f)!)) + 1);
  return { features, idf };
}
