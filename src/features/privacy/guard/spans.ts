/** What the guard reports for each redaction: the kind of identifier, never its value. */
export type PatientDataFinding =
  /** `key`: whether the two-digit control key was there and matched (a wrong key is still redacted). */
  | { kind: "nir"; key: "valid" | "invalid" | "absent" }
  | { kind: "birth-date" }
  | { kind: "patient-name" }
  | { kind: "hospital-id" };

export type FindingKind = PatientDataFinding["kind"];

/** A part of the message to replace by a placeholder. */
export interface Span {
  start: number;
  end: number;
  finding: PatientDataFinding;
}

/** What replaces each kind of identifier in the text the rest of the bot sees. */
const PLACEHOLDERS: Record<FindingKind, string> = {
  nir: "[NIR masqué]",
  "birth-date": "[date de naissance masquée]",
  "patient-name": "[nom masqué]",
  "hospital-id": "[numéro masqué]",
};

/** When two detections overlap, the one that says more about a person wins the placeholder. */
const PRIORITY: Record<FindingKind, number> = { nir: 4, "birth-date": 3, "hospital-id": 2, "patient-name": 1 };

/** Overlapping or touching spans become one; the result is sorted and disjoint. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (PRIORITY[span.finding.kind] > PRIORITY[last.finding.kind]) last.finding = span.finding;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** The text with each (disjoint, sorted) span replaced by its placeholder. */
export function redactSpans(text: string, spans: Span[]): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + PLACEHOLDERS[span.finding.kind];
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * The matches of a global pattern, like `text.matchAll(pattern)` without its copy of the pattern
 * (a copy per call costs more than the whole scan of a short message).
 */
export function* allMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === "") pattern.lastIndex++;
    yield match;
  }
}
