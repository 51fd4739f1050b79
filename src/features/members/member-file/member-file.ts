// The member file: the network's members as the coordination team keeps them (YAML, or CSV from a
// spreadsheet), imported by `npm run members:import`. What a row holds, and what can be wrong with it.
import type { Channel, Profession, Role } from "../../../core/persistence.ts";
import type { RowsCode, RowValueCode } from "../../../util/row-file/check-rows.ts";
import type { ParsedRowFile, ReadProblemCode, RowFileProblem } from "../../../util/row-file/row-file.ts";
import { RowFileReader } from "../../../util/row-file/row-file-reader.ts";

/** The fields of a member, as written in a YAML file or a CSV header (names matched loosely). */
const MEMBER_FIELDS = [
  "key",
  "name",
  "email",
  "phone",
  "profession",
  "roles",
  "mandateEnds",
  "communes",
  "skills",
  "motivations",
  "motivationNote",
  "availability",
  "quietHours",
  "language",
  "channel",
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

export const REQUIRED_MEMBER_FIELDS: readonly MemberField[] = ["key", "name", "email", "profession", "roles"];

/** What can be wrong in a member file: one code per kind of problem, for tests and tooling. */
export type MemberProblemCode =
  | ReadProblemCode
  | RowValueCode
  | RowsCode
  | "malformed_key"
  | "malformed_email"
  | "duplicate_email"
  /** The e-mail belongs to another member of the database (two members cannot share one). */
  | "email_taken"
  | "malformed_phone"
  | "unknown_profession"
  | "unknown_role"
  | "missing_mandate"
  | "malformed_date"
  | "unknown_commune"
  | "unknown_skill"
  | "unknown_motivation"
  | "unknown_availability"
  | "malformed_quiet_hours"
  | "unknown_language"
  | "unknown_channel"
  /** Warnings only: a board mandate already over; a mandate date without a board position. */
  | "past_mandate"
  | "unused_mandate";

export type MemberProblem = RowFileProblem<MemberProblemCode, MemberField>;
export type ParsedMemberFile = ParsedRowFile<MemberField, MemberProblemCode>;

/** Reads member files (YAML `members:` or CSV) into rows with their lines. */
export const memberFile = new RowFileReader<MemberField>({
  key: "key",
  fields: MEMBER_FIELDS,
  required: REQUIRED_MEMBER_FIELDS,
  list: "members",
  item: "member",
  example: "key: …, name: …",
});

/**
 * A valid member of the file, normalised. Optional fields are `undefined` when the row does not write
 * them at all (no YAML key, no CSV column): the import leaves them as they are, since members may set
 * them themselves; written empty, they are `null` (or `[]`) and cleared.
 */
export interface MemberEntry {
  /** Stable key: lower-case letters and digits joined by - or _, at most 60 characters. */
  key: string;
  name: string;
  /** Lower case: e-mails are compared as chat platforms give them. */
  email: string;
  /** "01 99 00 12 34". */
  phone: string | null | undefined;
  profession: Profession;
  /** Sorted, without repeats. */
  roles: Role[];
  /** End of the board mandate (midnight UTC); null without a board position. */
  mandateEndsAt: Date | null;
  /** INSEE codes, sorted. */
  communeCodes: string[] | undefined;
  /** Keys of the vocabulary, sorted. */
  skills: string[] | undefined;
  motivations: string[] | undefined;
  motivationNote: string | null | undefined;
  /** Availability slot keys, in the vocabulary's order. */
  availability: string[] | undefined;
  quietHours: { start: string; end: string } | null | undefined;
  locale: "fr" | "en" | null | undefined;
  channel: Channel | null | undefined;
  /** Line of the file where the member starts. */
  line: number;
}
