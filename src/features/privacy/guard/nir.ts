import { allMatches, type Span } from "./spans.ts";

/**
 * French social-security numbers (NIR, "numéro de sécurité sociale"): 13 characters — sex, year,
 * month, department (2A/2B for Corsica), commune, order — and an optional two-digit key.
 * Written with or without spaces, dots or hyphens between any digits.
 */

/** Between two characters of a NIR: nothing, one or two spaces, or a dot or hyphen with optional spaces. */
const SEP = "(?:[ \\u00a0\\u202f]{1,2}|[ \\u00a0\\u202f]?[.\\-][ \\u00a0\\u202f]?)?";
const D = "\\d";
const body = [
  "[1-478]",
  D,
  D, // year
  D,
  D, // month
  `(?:${D}${SEP}${D}|2${SEP}[AaBb])`, // department
  D,
  D,
  D, // commune
  D,
  D,
  D, // order
].join(SEP);

/**
 * Never starts right after a short digit group ("06 12 34…", "123 456…"): it would be the tail of a
 * phone number or of another figure. After a year or a long number ("…/1950 1 85…", "0199001234
 * 1 85…") it may start. Ends before any further digit.
 */
const NIR_PATTERN = new RegExp(
  `(?<!\\d)(?<!(?<!\\d)\\d{1,3}[ \\u00a0\\u202f.\\-]{1,3})(${body})(?:${SEP}(${D})${SEP}(${D}))?(?!\\d)`,
  "g",
);

export type NirCheck = { ok: true; key: "valid" | "invalid" | "absent" } | { ok: false };

/** Months INSEE allows: real months, and the pseudo-months of numbers given without a known birth month. */
const validMonth = (month: number): boolean =>
  (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;

/**
 * Checks the structure of a NIR (separators removed, 13 or 15 characters) and its key.
 * Sex 1/2, or 3/4/7/8 for temporary numbers; month per INSEE; department 01–99, 2A or 2B;
 * commune and order not 000. The key is 97 − (the 13 digits mod 97), with 2A read as 19 and 2B as 18.
 */
export function checkNir(compact: string): NirCheck {
  const nir = compact.toUpperCase();
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/.test(nir)) return { ok: false };
  const month = Number(nir.slice(3, 5));
  const department = nir.slice(5, 7);
  if (!validMonth(month) || department === "00") return { ok: false };
  if (nir.slice(7, 10) === "000" || nir.slice(10, 13) === "000") return { ok: false };
  if (nir.length === 13) return { ok: true, key: "absent" };
  return { ok: true, key: Number(nir.slice(13)) === nirKey(nir.slice(0, 13)) ? "valid" : "invalid" };
}

/** The control key of the 13 first characters of a NIR. */
export function nirKey(first13: string): number {
  const digits = first13.toUpperCase().replace("2A", "19").replace("2B", "18");
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return 97 - rest;
}

/** Spans of the text that hold a NIR-shaped number with a valid structure (whatever its key). */
export function findNirs(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(NIR_PATTERN, text)) {
    const compact = (match[1]! + (match[2] ?? "") + (match[3] ?? "")).replace(/[^0-9AaBb]/g, "");
    const check = checkNir(compact);
    if (check.ok)
      spans.push({ start: match.index, end: match.index + match[0].length, finding: { kind: "nir", key: check.key } });
  }
  return spans;
}
