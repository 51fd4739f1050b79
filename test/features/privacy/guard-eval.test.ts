import path from "node:path";
import { describe, expect, it } from "vitest";
import { type GuardEval, readCases, scoreCases, totals } from "../../../bench/privacy-eval-run.ts";

const FIXTURES = path.join(import.meta.dirname, "fixtures");

/**
 * The figures the guard reached (`npm run privacy:eval`): per class, identifiers redacted; overall,
 * professional strings lost. A change may raise them (then raise them here), never lower them.
 * guard-heldout.jsonl was written before the rules and is not tuned on: its one miss is known
 * ("il s agit de karim mansour, IDE demandée": a name followed by a profession is taken for a colleague's).
 */
const REACHED: Record<string, { redacted: Record<string, number>; lost: number }> = {
  "guard-dev.jsonl": {
    redacted: {
      "particle-name": 30,
      "lowercase-name": 24,
      "first-name-age": 22,
      "introduced-name": 20,
      "hospital-id": 24,
      "birth-date": 5,
      "civility-name": 2,
    },
    lost: 0,
  },
  "guard-heldout.jsonl": {
    redacted: {
      "particle-name": 19,
      "lowercase-name": 20,
      "first-name-age": 19,
      "introduced-name": 17,
      "hospital-id": 19,
      "birth-date": 6,
      "civility-name": 2,
    },
    lost: 0,
  },
};

describe("the privacy guard on labelled messages", () => {
  it.each(Object.entries(REACHED))("keeps its figures on %s", async (file, reached) => {
    const result: GuardEval = scoreCases(await readCases(path.join(FIXTURES, file)));
    const redacted = Object.fromEntries(Object.entries(result.redact).map(([kind, t]) => [kind, t.hit]));
    for (const [kind, count] of Object.entries(reached.redacted))
      expect(redacted[kind], kind).toBeGreaterThanOrEqual(count);
    const kept = totals(result.keep);
    expect(kept.total - kept.hit).toBeLessThanOrEqual(reached.lost);
    // 98 % of identifiers at least, whatever the file grows to.
    const all = totals(result.redact);
    expect(all.hit / all.total).toBeGreaterThanOrEqual(0.98);
  });
});
