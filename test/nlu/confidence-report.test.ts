import { describe, expect, it } from "vitest";
import {
  atThreshold,
  formatConfidentErrors,
  formatGroups,
  formatThresholdSummary,
  type ScoredPrediction,
  summarizeAtThreshold,
  summarizeGroups,
} from "../../src/nlu/confidence-report.ts";

let line = 0;
const scored = (expected: string, predicted: string, score: number, group?: string): ScoredPrediction => ({
  text: `sentence ${++line}`,
  line,
  expected,
  predicted,
  score,
  ...(group ? { group } : {}),
});

describe("figures at the confidence threshold", () => {
  const predictions = [
    scored("greeting", "greeting", 0.95, "intro"), // right and confident
    scored("greeting", "orientation.resource", 0.7, "intro"), // wrong exactly at the threshold: answered wrongly
    scored("network.about", "orientation.resource", 0.69, "platform"), // wrong below: the bot asks
    scored("network.about", "network.about", 0.5, "platform"), // right below: the bot asks, counted None
    scored("coordination.referral", "None", 0.9), // a real request told "out of scope" without asking
    scored("None", "greeting", 0.4), // wrong below: counted None, so right at the threshold
  ];
  const summary = summarizeAtThreshold(predictions, 0.7);

  it("counts a wrong best intent at or above the threshold as a confident error, a confident None included", () => {
    expect(summary.confidentErrors.map((e) => e.line)).toEqual([5, 2]);
    expect(summary.confidentErrorRate).toBeCloseTo(2 / 6);
  });

  it("gives the accuracy of the best intent and the accuracy once answers below the threshold are None", () => {
    expect(summary).toMatchObject({ total: 6, correct: 2, correctAtThreshold: 2 });
    expect(summary.accuracy).toBeCloseTo(2 / 6);
    expect(atThreshold(predictions, 0.7).map((p) => p.predicted)).toEqual([
      "greeting",
      "orientation.resource",
      "None",
      "None",
      "None",
      "None",
    ]);
  });

  it("summarises each group in the order groups first appear, leaving out sentences without one", () => {
    const groups = summarizeGroups(predictions, 0.7);
    expect(groups.map((g) => [g.group, g.summary.total, g.summary.confidentErrors.length])).toEqual([
      ["intro", 2, 1],
      ["platform", 2, 0],
    ]);
    expect(summarizeGroups([scored("help", "help", 1)], 0.7)).toEqual([]);
  });

  it("prints the headline figures, a table per group and each confident error with its line and score", () => {
    expect(formatThresholdSummary(summary, 0.7)).toMatch(
      /confident errors \(score >= 0\.7 and wrong\):\s+33\.3% \(2\/6\)/,
    );
    expect(formatGroups(summarizeGroups(predictions, 0.7))).toMatch(/intro\s+2\s+50\.0%\s+50\.0%\s+50\.0% \(1\)/);
    const errors = formatConfidentErrors(summary.confidentErrors);
    expect(errors).toContain("(2)");
    expect(errors).toContain('line 2: greeting → orientation.resource 0.70 [intro]   "sentence 2"');
    expect(formatConfidentErrors([])).toBe("no confident error");
  });
});
