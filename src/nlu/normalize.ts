import { fold } from "../util/fold.ts";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A word of a message: folded for comparison, with its position in the original text. */
export interface Token {
  /** Lower case, without accents (`Bicêtre` → `bicetre`, `œil` → `oeil`). */
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a message into words (runs of letters and digits). Hyphens, apostrophes, slashes and
 * punctuation separate words, so `L'Haÿ-les-Roses` gives `l`, `hay`, `les`, `roses`.
 */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * Chat habits that carry no meaning: letters repeated for emphasis (`merciiii`, `bonjourrr`) are cut
 * to two, and runs of spaces to one.
 */
export function tidyChat(text: string): string {
  return text
    .replace(/(\p{L})\1{2,}/gu, "$1$1")
    .replace(/\s+/g, " ")
    .trim();
}
