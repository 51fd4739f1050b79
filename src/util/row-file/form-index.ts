// A controlled vocabulary read from a hand-kept file: the value a written form stands for, or the
// closest valid ones, so that "Vitri" or "infirmière" in a spreadsheet reads as what it means.
import { compact } from "../fold.ts";
import { type Candidate, closest } from "./closest.ts";

/** A value of the file read against a known list: the stored value, or the closest valid ones. */
export type Resolution<T = string> = { ok: true; value: T } | { ok: false; closest: T[] };

/** Looks values up by every form they are known by, compared with {@link compact}. */
export class FormIndex<T = string> {
  readonly values: T[];
  private readonly byForm = new Map<string, Set<T>>();

  constructor(private readonly candidates: readonly Candidate<T>[]) {
    this.values = candidates.map((c) => c.value);
    for (const { value, forms } of candidates) {
      for (const form of forms) {
        const key = compact(form);
        if (key) this.byForm.set(key, (this.byForm.get(key) ?? new Set()).add(value));
      }
    }
  }

  /** The value written exactly (after folding), without suggestions: for searches that try many words. */
  exact(written: string): T | undefined {
    const values = this.byForm.get(compact(written));
    return values?.size === 1 ? [...values][0]! : undefined;
  }

  resolve(written: string): Resolution<T> {
    const values = this.byForm.get(compact(written));
    if (values?.size === 1) return { ok: true, value: [...values][0]! };
    // Two values written alike after folding: ask for the unambiguous key instead of guessing.
    return { ok: false, closest: values ? [...values] : closest(written, this.candidates) };
  }
}
