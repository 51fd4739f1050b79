import { birthDateAfterName, findBirthDates } from "./birth-date.ts";
import { findNamesBeforeAges } from "./first-name-age.ts";
import { findHospitalIds } from "./hospital-id.ts";
import { findIntroducedNames } from "./introduced-name.ts";
import { findNirs } from "./nir.ts";
import { findPatientNames } from "./patient-name.ts";
import { mergeSpans, type PatientDataFinding, redactSpans, type Span } from "./spans.ts";

export interface Inspection {
  /** The message with every identifier replaced by its placeholder; unchanged when nothing was found. */
  text: string;
  /** One finding per placeholder, in the order of the text. */
  findings: PatientDataFinding[];
}

/**
 * Finds the patient identifiers of a message and redacts them: NIRs, dates of birth, hospital
 * numbers and patient names (see nir.ts, birth-date.ts, hospital-id.ts and patient-name.ts for the
 * rules). Pure and synchronous: it runs on every inbound message, before anything is classified,
 * stored or logged.
 */
export function inspectText(text: string): Inspection {
  const names = [...findPatientNames(text), ...findNamesBeforeAges(text), ...findIntroducedNames(text)];
  const datesAfterNames = names
    .map((name) => birthDateAfterName(text, name.end))
    .filter((s): s is Span => s !== undefined);
  const spans = mergeSpans([
    ...findNirs(text),
    ...findBirthDates(text),
    ...findHospitalIds(text),
    ...names,
    ...datesAfterNames,
  ]);
  if (spans.length === 0) return { text, findings: [] };
  return { text: redactSpans(text, spans), findings: spans.map((span) => span.finding) };
}
