// The missions data file: the catalogue as the coordination team may keep it (YAML, or CSV from a
// spreadsheet), imported by `npm run missions:import`. What a row holds, and what can be wrong with it.
import type { RowsCode, RowValueCode } from "../../../util/row-file/check-rows.ts";
import type { ParsedRowFile, ReadProblemCode, RowFileProblem } from "../../../util/row-file/row-file.ts";
import { RowFileReader } from "../../../util/row-file/row-file-reader.ts";
import type { MissionFields } from "../catalogue/mission-store.ts";

/** The fields of a mission, as written in a YAML file or a CSV header (names matched loosely). */
const MISSION_FIELDS = [
  "key",
  "title",
  "description",
  "kind",
  "professions",
  "skills",
  "motivations",
  "where",
  "place",
  "when",
  "ends",
  "hours",
  "seats",
  "respondBy",
  "contact",
  "status",
] as const;

export type MissionField = (typeof MISSION_FIELDS)[number];

export const REQUIRED_MISSION_FIELDS: readonly MissionField[] = [
  "key",
  "title",
  "description",
  "kind",
  "where",
  "when",
];

/** What can be wrong in a missions file: one code per kind of problem, for tests and tooling. */
export type MissionProblemCode =
  | ReadProblemCode
  | RowValueCode
  | RowsCode
  | "malformed_key"
  | "unknown_kind"
  | "unknown_profession"
  | "unknown_skill"
  | "unknown_motivation"
  | "unknown_where"
  | "malformed_when"
  | "missing_year"
  | "missing_end"
  | "malformed_end"
  | "end_before_start"
  | "malformed_hours"
  | "malformed_seats"
  | "malformed_respond_by"
  | "respond_by_after_start"
  | "unknown_status"
  /** Found against the database: a contact who is not of the team, a start or answer date already past. */
  | "unknown_contact"
  | "start_past"
  | "respond_by_past"
  | "seats_taken"
  /** Warnings only: a mission done or cancelled is left as it is; a published one stays published. */
  | "closed"
  | "already_open";

export type MissionProblem = RowFileProblem<MissionProblemCode, MissionField>;
export type ParsedMissionFile = ParsedRowFile<MissionField, MissionProblemCode>;

/** Reads missions files (YAML `missions:` or CSV) into rows with their lines. */
export const missionFile = new RowFileReader<MissionField>({
  key: "key",
  fields: MISSION_FIELDS,
  required: REQUIRED_MISSION_FIELDS,
  list: "missions",
  item: "mission",
  example: "key: …, title: …",
});

/** A valid mission of the file, normalised. */
export interface MissionEntry {
  /** Stable key: lower-case letters and digits joined by - or _, at most 60 characters. */
  key: string;
  fields: Omit<MissionFields, "contactId">;
  /** The contact's member key or e-mail as written; null when none. */
  contact: string | null;
  /** `status: open`: published (a new mission is opened, a draft is published). */
  open: boolean;
  /** Line of the file where the mission starts. */
  line: number;
}
