import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation } from "../../src/nlu/evaluate.ts";
import { parseLabelledLines } from "../../src/nlu/labelled-file.ts";

const pairs = (...list: [string, string][]) => list.map(([expected, predicted]) => ({ expected, predicted }));

describe("evaluation metrics", () => {
  // greeting: 3 expected, 2 found, 1 wrongly given to a None sentence → P 2/3, R 2/3.
  // help: 1 expected, found; once given to a greeting → P 1/2, R 1.
  // None: 2 expected, 1 found, never wrongly given → P 1, R 1/2.
  const result = evaluate(
    pairs(
      ["greeting", "greeting"],
      ["greeting", "greeting"],
      ["greeting", "help"],
      ["help", "help"],
      ["None", "None"],
      ["None", "greeting"],
    ),
  );

  it("computes accuracy and micro-F1 over all sentences", () => {
    expect(result).toMatchObject({ total: 6, correct: 4 });
    expect(result.accuracy).toBeCloseTo(4 / 6);
    expect(result.microF1).toBeCloseTo(4 / 6);
  });

  it("computes precision, recall, F1 and support per intent, and their macro average", () => {
    const byIntent = Object.fromEntries(result.perIntent.map((m) => [m.intent, m]));
    expect(byIntent.greeting).toMatchObject({ support: 3, predicted: 3 });
    expect(byIntent.greeting!.precision).toBeCloseTo(2 / 3);
    expect(byIntent.greeting!.recall).toBeCloseTo(2 / 3);
    expect(byIntent.help!.precision).toBeCloseTo(1 / 2);
    expect(byIntent.help!.f1).toBeCloseTo(2 / 3);
    expect(byIntent.None!.recall).toBeCloseTo(1 / 2);
    expect(byIntent.None!.f1).toBeCloseTo(2 / 3);
    expect(result.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 2 / 3) / 3);
  });

  it("lists the most frequent confusions first", () => {
    const many = evaluate(pairs(["help", "None"], ["help", "None"], ["thanks", "greeting"], ["help", "help"]));
    expect(many.confusions).toEqual([
      { expected: "help", predicted: "None", count: 2 },
      { expected: "thanks", predicted: "greeting", count: 1 },
    ]);
  });

  it("handles an empty set and formats a readable report", () => {
    expect(evaluate([])).toMatchObject({ total: 0, accuracy: 0, macroF1: 0, perIntent: [] });
    const report = formatEvaluation(result);
    expect(report).toContain("accuracy 66.7% (4/6)");
    expect(report).toMatch(/greeting\s+66\.7%\s+66\.7%\s+66\.7%\s+3\s+3/);
    expect(report).toContain("1  greeting → help");
  });
});

describe("labelled JSON Lines", () => {
  it("reports malformed lines with their number and keeps the others, with their group", () => {
    const source = [
      '{"text": "bonjour", "intent": "greeting"}',
      "",
      "not json",
      '{"text": "merci"}',
      '{"text": "aide", "intent": "help", "group": "basics"}',
    ].join("\n");
    const { sentences, problems } = parseLabelledLines(source);
    expect(sentences).toEqual([
      { text: "bonjour", intent: "greeting", line: 1 },
      { text: "aide", intent: "help", line: 5, group: "basics" },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^line 3: not JSON/),
      expect.stringMatching(/^line 4: expected \{"text"/),
    ]);
  });
});
