import { allMatches, type Span } from "./spans.ts";

/**
 * Hospital identifiers of a patient: the number after a label that says what it numbers ("IPP
 * 4587123", "IPP : 00458712", "n° de dossier 2024-00123", "dossier n°58741", "dossier patient n°
 * 45871", "n° d'admission 123456", "NDA 1234567", "numéro de séjour 87452", "n° patient 88812",
 * "MRN 8745123"). Only the number is replaced: the label stays, so the message still reads. A
 * number without such a label (a phone, an RPPS, a SIRET, a mission or a request number) is never
 * touched, nor one of fewer than four digits ("IPP 12").
 */

/** "n°", "nº", "no", "num", "numéro", "#": words that say a number follows. */
const NUMBER_WORD = "(?:n\\s?[°º]|no\\.?|num(?:[ée]ro)?\\.?|#)";
/** What a hospital numbers: a record, an admission, a stay, a patient. */
const RECORD = "(?:dossier|admission|s[ée]jour|patient|hospitali[sz]ation|hospit|venue|ipp|nip|nda)";
/** Acronyms that are a patient's or a stay's number on their own (IPP, NIP, NDA, MRN). */
const ACRONYM = "(?:ipp|nip|nda|mrn)";
const LABEL = [
  ACRONYM,
  `${NUMBER_WORD}\\s*(?:(?:de|du|d['’])\\s*)?${RECORD}`,
  `(?:dossier|s[ée]jour|admission|patient)(?:\\s+(?:patient|m[ée]dical|hospitalier))?\\s*${NUMBER_WORD}`,
  "(?:hospital|record|patient)\\s+(?:number|id)",
].join("|");
/** Between label and number: "IPP: ", "IPP n° ", "son IPP c'est ", "numéro de dossier est le ". */
const CONNECTOR = `\\s*(?:[:=#\\-–]\\s*)?(?:${NUMBER_WORD}\\s*)?(?:[:=]\\s*)?(?:(?:est|c['’]est|is)\\s+(?:le\\s+)?)?`;
/** "4587123", "2024-00123", "2023/4587", "2024A00871", or digits in spaced groups ("458 712"). */
const VALUE = "\\d{1,4}(?:[ \\u00a0]\\d{2,4}(?!\\d)){1,4}|[A-Z]{0,3}\\d[\\dA-Z]*(?:[\\-/.]\\d[\\dA-Z]*)*";

const LABELLED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LABEL})(?![\\p{L}])${CONNECTOR}(${VALUE})(?!\\d)`, "giu");
/** "dossier 58741": without a number word, a five-digit figure at least ("dossier 2024" is a year). */
const BARE_RECORD = /(?<![\p{L}\p{N}])dossier\s*:?\s*([A-Z]{0,3}\d[\dA-Z]*(?:[-/.]\d[\dA-Z]*)*)(?!\d)/giu;

const digitCount = (value: string): number => value.replace(/\D/g, "").length;

export function findHospitalIds(text: string): Span[] {
  const spans: Span[] = [];
  const add = (match: RegExpExecArray, minDigits: number) => {
    const value = match[1]!;
    if (digitCount(value) < minDigits) return;
    const end = match.index + match[0].length;
    spans.push({ start: end - value.length, end, finding: { kind: "hospital-id" } });
  };
  for (const match of allMatches(LABELLED, text)) add(match, 4);
  for (const match of allMatches(BARE_RECORD, text)) add(match, 5);
  return spans;
}
