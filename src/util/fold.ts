const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case without accents or ligatures, full-width and other compatibility forms read as their plain
 * letters ("ＨＡＤ" is "had"): how every comparison of words is made.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c);
}

/**
 * The key two phrases share when they say the same thing: folded, punctuation dropped, spaces
 * collapsed. Emoji are kept ("👋" is not "🙏").
 */
export const foldedKey = (text: string): string =>
  fold(text)
    .replace(/[\p{P}\s]+/gu, " ")
    .trim();

/**
 * Lower case without accents, spaces or punctuation: how field names and the values of a controlled
 * vocabulary (types, communes, professions…) written in a data file are compared.
 */
export const compact = (text: string): string => fold(text).replace(/[^a-z0-9]/g, "");
