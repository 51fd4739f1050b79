// Suggestions for a value written wrong: "did you mean…" is what makes a refused file quick to fix.
import { compact } from "../fold.ts";

/** Levenshtein distance: letters added, dropped or changed to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, change));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a written value is from a form, 0 (same or one contains the other) to 1. */
function distance(written: string, form: string): number {
  if (!written || !form) return 1;
  if (form.length >= 3 && (written.includes(form) || form.includes(written))) return 0;
  return editDistance(written, form) / Math.max(written.length, form.length);
}

/** Beyond this share of letters to change, a suggestion would be noise ("Gotham" is not near "Thiais"). */
const MAX_DISTANCE = 0.5;

/** A value and every form it is known by (a type by its key, label, acronyms and synonyms…). */
export interface Candidate<T> {
  value: T;
  forms: readonly string[];
}

/**
 * Up to `count` candidates close to `written`, closest first, compared with {@link compact}. Ties keep
 * the given order; nothing when no candidate is close.
 */
export function closest<T>(written: string, candidates: readonly Candidate<T>[], count = 3): T[] {
  const folded = compact(written);
  return candidates
    .map((c, index) => ({
      value: c.value,
      index,
      score: Math.min(...c.forms.map((f) => distance(folded, compact(f)))),
    }))
    .filter((c) => c.score <= MAX_DISTANCE)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((c) => c.value);
}
