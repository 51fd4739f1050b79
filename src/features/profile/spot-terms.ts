// Finds the vocabulary's skills, motivations and availability slots in a sentence (« je sais animer un
// groupe », « dispo le week-end »), however written: any label or synonym, ignoring case, accents and
// punctuation. The longest form wins; a form two sections share (« communication ») names both.
import type { MemberVocabulary, VocabularySection } from "../../core/members/member-vocabulary.ts";
import { foldedKey } from "../../util/fold.ts";

export type TermPart = "skill" | "motivation" | "slot";

export interface Spotted {
  /** The words as folded, e.g. "animer un groupe". */
  form: string;
  /** Every section that knows this form, with its key there. */
  keys: Partial<Record<TermPart, string>>;
}

/** A way of writing, folded, and the key it stands for in each section that knows it. */
interface Form {
  words: string;
  keys: Partial<Record<TermPart, string>>;
}

const SECTIONS = { skill: "skills", motivation: "motivations", slot: "availability" } as const;

/** The section of the vocabulary a part of the profile takes its values from. */
export const sectionOf = (vocabulary: MemberVocabulary, part: TermPart): VocabularySection =>
  vocabulary[SECTIONS[part]];

function formsOf(vocabulary: MemberVocabulary): Form[] {
  const byWords = new Map<string, Form>();
  for (const part of ["skill", "motivation", "slot"] as const) {
    const section = sectionOf(vocabulary, part);
    for (const key of section.keys) {
      for (const written of section.forms(key)) {
        const words = foldedKey(written);
        if (words.length < 2) continue;
        const form = byWords.get(words) ?? { words, keys: {} };
        form.keys[part] ??= key;
        byWords.set(words, form);
      }
    }
  }
  return [...byWords.values()].sort((a, b) => b.words.length - a.words.length);
}

/** Everyday phrases holding a form that mean something else: « mettre à jour » is no daytime. */
const NOT_TERMS = /\b(?:a jour|up to date|day to day|every day)\b/g;

/** The vocabulary's forms, longest first, ready to be looked for in sentences. */
export class TermSpotter {
  private readonly forms: Form[];

  constructor(vocabulary: MemberVocabulary) {
    this.forms = formsOf(vocabulary);
  }

  /** The terms a text names, left to right, and the text with them blanked. */
  spot(text: string): { spotted: Spotted[]; rest: string } {
    let padded = ` ${foldedKey(text).replace(NOT_TERMS, (words) => " ".repeat(words.length))} `;
    const found: (Spotted & { at: number })[] = [];
    for (const { words, keys } of this.forms) {
      const target = ` ${words} `;
      for (let at = padded.indexOf(target); at >= 0; at = padded.indexOf(target, at + 1)) {
        found.push({ form: words, keys, at });
      }
      padded = padded.replaceAll(target, ` ${" ".repeat(words.length)} `);
    }
    found.sort((a, b) => a.at - b.at);
    return { spotted: found.map(({ form, keys }) => ({ form, keys })), rest: padded.trim() };
  }
}
