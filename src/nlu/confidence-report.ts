import { NONE_INTENT } from "../core/nlu-port.ts";
import type { Prediction } from "./evaluate.ts";

/**
 * What the confidence threshold does to a test set. The router answers an intent only when its
 * score reaches the threshold, and asks ("did you mean…") below it: a wrong intent below the
 * threshold costs a question, a wrong intent at or above it is answered wrongly without asking.
 * That last share, the confident-error rate, is the figure to keep low.
 */

/** A test sentence, the classifier's best intent and its confidence. */
export interface ScoredPrediction extends Prediction {
  text: string;
  line: number;
  score: number;
  /** The part of the test set the sentence belongs to (`"group"` in the file), if it says. */
  group?: string;
}

export interface ThresholdSummary {
  total: number;
  /** Best intent right, whatever its score. */
  correct: number;
  accuracy: number;
  /** Right once a best intent below the threshold counts as None ("not understood"). */
  correctAtThreshold: number;
  accuracyAtThreshold: number;
  /** Best intent at or above the threshold and wrong (a confident None on a real request included). */
  confidentErrors: ScoredPrediction[];
  confidentErrorRate: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** The predictions as the router acts on them: below the threshold, None. */
export const atThreshold = (predictions: readonly ScoredPrediction[], threshold: number): Prediction[] =>
  predictions.map(({ expected, predicted, score }) => ({
    expected,
    predicted: score >= threshold ? predicted : NONE_INTENT,
  }));

/** Accuracy with and without the threshold, and the confident errors, most confident first. */
export function summarizeAtThreshold(predictions: readonly ScoredPrediction[], threshold: number): ThresholdSummary {
  const correct = predictions.filter((p) => p.predicted === p.expected).length;
  const correctAtThreshold = atThreshold(predictions, threshold).filter((p) => p.predicted === p.expected).length;
  const confidentErrors = predictions
    .filter((p) => p.score >= threshold && p.predicted !== p.expected)
    .sort((a, b) => b.score - a.score || a.line - b.line);
  const total = predictions.length;
  return {
    total,
    correct,
    accuracy: ratio(correct, total),
    correctAtThreshold,
    accuracyAtThreshold: ratio(correctAtThreshold, total),
    confidentErrors,
    confidentErrorRate: ratio(confidentErrors.length, total),
  };
}

/** One summary per group, in the order groups first appear; empty when no sentence names a group. */
export function summarizeGroups(
  predictions: readonly ScoredPrediction[],
  threshold: number,
): { group: string; summary: ThresholdSummary }[] {
  const groups = [...new Set(predictions.flatMap((p) => (p.group === undefined ? [] : [p.group])))];
  return groups.map((group) => ({
    group,
    summary: summarizeAtThreshold(
      predictions.filter((p) => p.group === group),
      threshold,
    ),
  }));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (n: number, total: number) => `${pct(ratio(n, total))} (${n}/${total})`;

/** The three headline figures, one per line. */
export function formatThresholdSummary(summary: ThresholdSummary, threshold: number): string {
  const { total } = summary;
  const rows: [string, number][] = [
    ["accuracy, best intent whatever its score", summary.correct],
    [`accuracy, below ${threshold} counted as ${NONE_INTENT}`, summary.correctAtThreshold],
    [`confident errors (score >= ${threshold} and wrong)`, summary.confidentErrors.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, n]) => `${`${label}:`.padEnd(width)}  ${share(n, total)}`).join("\n");
}

/** A table of the headline figures per group. */
export function formatGroups(groups: readonly { group: string; summary: ThresholdSummary }[]): string {
  const width = Math.max(5, ...groups.map((g) => g.group.length));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(12))).join("  ");
  return [
    "by group:",
    row(["group", "sentences", "accuracy", "at threshold", "confident err"]),
    ...groups.map(({ group, summary: s }) =>
      row([
        group,
        String(s.total),
        pct(s.accuracy),
        pct(s.accuracyAtThreshold),
        `${pct(s.confidentErrorRate)} (${s.confidentErrors.length})`,
      ]),
    ),
  ].join("\n");
}

/** The confident errors, one per line: where, expected → said, score, the sentence. */
export function formatConfidentErrors(errors: readonly ScoredPrediction[]): string {
  if (errors.length === 0) return "no confident error";
  return [
    `confident errors, answered wrongly without asking (${errors.length}):`,
    ...errors.map(
      (e) =>
        `  line ${e.line}: ${e.expected} → ${e.predicted} ${e.score.toFixed(2)}${e.group ? ` [${e.group}]` : ""}   ${JSON.stringify(e.text)}`,
    ),
  ].join("\n");
}
