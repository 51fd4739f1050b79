import { describe, expect, it } from "vitest";
import { entityRecall, formatEntityRecall } from "../../src/nlu/entity-recall.ts";
import { parseLabelledLines } from "../../src/nlu/labelled-file.ts";

describe("entity recall", () => {
  const result = entityRecall([
    {
      text: "had vitry",
      line: 1,
      expected: { commune: ["Vitry-sur-Seine"], resourceType: ["had"] },
      found: { commune: ["Vitry-sur-Seine"], resourceType: ["had"] },
    },
    {
      text: "ssiad KB",
      line: 2,
      expected: { commune: ["Le Kremlin-Bicetre"], resourceType: ["ssiad"] },
      found: { commune: ["Le Kremlin-Bicêtre"] },
    },
    {
      text: "entorse de la cheville a ivry",
      line: 3,
      expected: { commune: ["Ivry-sur-Seine"] },
      found: { commune: ["Chevilly-Larue", "Ivry-sur-Seine"] },
    },
  ]);

  it("counts, per kind, the expected entities found, ignoring case and accents", () => {
    expect(result.perKind).toEqual([
      { kind: "commune", expected: 3, found: 3, recall: 1 },
      { kind: "resourceType", expected: 2, found: 1, recall: 0.5 },
    ]);
  });

  it("lists what was missed and what was found without being expected", () => {
    expect(result.misses).toEqual([{ text: "ssiad KB", line: 2, kind: "resourceType", value: "ssiad", found: [] }]);
    expect(result.unexpected).toEqual([
      {
        text: "entorse de la cheville a ivry",
        line: 3,
        kind: "commune",
        value: "Chevilly-Larue",
        found: ["Chevilly-Larue", "Ivry-sur-Seine"],
      },
    ]);
  });

  it("formats a readable report", () => {
    const report = formatEntityRecall(result);
    expect(report).toMatch(/commune\s+3\/3\s+100\.0%/);
    expect(report).toMatch(/resourceType\s+1\/2\s+50\.0%/);
    expect(report).toContain('line 2: resourceType ssiad (found: nothing)   "ssiad KB"');
    expect(report).toContain('line 3: commune Chevilly-Larue   "entorse de la cheville a ivry"');
  });

  it("reports nothing to find when no sentence states its entities", () => {
    expect(entityRecall([])).toEqual({ perKind: [], misses: [], unexpected: [] });
  });
});

describe("labelled lines with entities", () => {
  it("keep the expected entities of a line, and refuse an unknown kind", () => {
    const { sentences, problems } = parseLabelledLines(
      [
        '{"text": "had vitry", "intent": "orientation.resource", "entities": {"commune": ["Vitry-sur-Seine"], "resourceType": ["had"]}}',
        '{"text": "merci", "intent": "thanks"}',
        '{"text": "had vitry", "intent": "orientation.resource", "entities": {"city": ["Vitry"]}}',
      ].join("\n"),
    );
    expect(sentences).toEqual([
      {
        text: "had vitry",
        intent: "orientation.resource",
        line: 1,
        entities: { commune: ["Vitry-sur-Seine"], resourceType: ["had"] },
      },
      { text: "merci", intent: "thanks", line: 2 },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^line 3: expected .*entities/)]);
  });
});
