/** What a test sentence should be, and what the classifier said. */
export interface Prediction {
  expected: string;
  predicted: string;
}

export interface IntentMetrics {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  /** Test sentences of this intent. */
  support: number;
  /** Sentences the classifier gave this intent. */
  predicted: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

export interface Evaluation {
  total: number;
  correct: number;
  accuracy: number;
  /** Every intent expected or predicted, by name. */
  perIntent: IntentMetrics[];
  /** Over all decisions; equals accuracy when each sentence has one label. */
  microF1: number;
  /** Mean of the per-intent F1 scores. */
  macroF1: number;
  /** Most frequent (expected, predicted) mistakes, most frequent first. */
  confusions: Confusion[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Accuracy, per-intent precision/recall/F1, micro and macro F1, and the most frequent confusions. */
export function evaluate(predictions: readonly Prediction[], topConfusions = 10): Evaluation {
  const intents = [...new Set(predictions.flatMap((p) => [p.expected, p.predicted]))].sort();
  const count = (test: (p: Prediction) => boolean) => predictions.filter(test).length;
  const perIntent = intents.map((intent) => {
    const truePositives = count((p) => p.expected === intent && p.predicted === intent);
    const support = count((p) => p.expected === intent);
    const predicted = count((p) => p.predicted === intent);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    return { intent, precision, recall, f1: harmonic(precision, recall), support, predicted };
  });
  const correct = count((p) => p.expected === p.predicted);
  const accuracy = ratio(correct, predictions.length);
  return {
    total: predictions.length,
    correct,
    accuracy,
    perIntent,
    microF1: harmonic(accuracy, accuracy),
    macroF1: ratio(
      perIntent.reduce((sum, m) => sum + m.f1, 0),
      perIntent.length,
    ),
    confusions: confusionsOf(predictions).slice(0, topConfusions),
  };
}

function confusionsOf(predictions: readonly Prediction[]): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const { expected, predicted } of predictions) {
    if (expected === predicted) continue;
    const key = `${expected}\u0000${predicted}`;
    const confusion = counts.get(key) ?? { expected, predicted, count: 0 };
    confusion.count++;
    counts.set(key, confusion);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.predicted.localeCompare(b.predicted),
  );
}

/** The evaluation as a plain-text report: summary, per-intent table, confusions. */
export function formatEvaluation(evaluation: Evaluation): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const width = Math.max(6, ...evaluation.perIntent.map((m) => m.intent.length));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(9))).join("  ");
  const lines = [
    `accuracy ${pct(evaluation.accuracy)} (${evaluation.correct}/${evaluation.total})   micro-F1 ${pct(evaluation.microF1)}   macro-F1 ${pct(evaluation.macroF1)}`,
    "",
    row(["intent", "precision", "recall", "F1", "support", "predicted"]),
    ...evaluation.perIntent.map((m) =>
      row([m.intent, pct(m.precision), pct(m.recall), pct(m.f1), String(m.support), String(m.predicted)]),
    ),
    "",
    evaluation.confusions.length ? "most frequent confusions (expected → predicted):" : "no confusions",
    ...evaluation.confusions.map((c) => `  ${String(c.count).padStart(3)}  ${c.expected} → ${c.predicted}`),
  ];
  return lines.join("\n");
}
