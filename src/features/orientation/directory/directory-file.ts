import type { RowsCode, RowValueCode } from "../../../util/row-file/check-rows.ts";
import {
  type FileRow,
  formatProblem,
  type ParsedRowFile,
  type ReadProblemCode,
  type RowFileFormat,
  type RowFileProblem,
} from "../../../util/row-file/row-file.ts";
import { RowFileReader } from "../../../util/row-file/row-file-reader.ts";

/**
 * The fields of a directory entry, as written in a YAML file or a CSV header. Names are matched ignoring
 * case, spaces, hyphens and underscores, so a spreadsheet column "How to refer" is `howToRefer`.
 */
const DIRECTORY_FIELDS = [
  "key",
  "type",
  "name",
  "description",
  "communes",
  "address",
  "phone",
  "email",
  "website",
  "hours",
  "howToRefer",
  "lastChecked",
] as const;

export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];

export const REQUIRED_FIELDS: readonly DirectoryField[] = [
  "key",
  "type",
  "name",
  "description",
  "communes",
  "lastChecked",
];

/** Written in `communes` instead of a list: the resource covers every commune of the territory. */
export const WHOLE_TERRITORY = "all";

export type DirectoryFormat = RowFileFormat;

/** One resource of the file before validation. */
export type DirectoryRow = FileRow<DirectoryField>;

/** What can be wrong in a directory file: one code per kind of problem, for tests and tooling. */
export type DirectoryProblemCode =
  | ReadProblemCode
  | RowValueCode
  | RowsCode
  | "malformed_key"
  | "unknown_type"
  | "unknown_commune"
  | "malformed_communes"
  | "malformed_phone"
  | "malformed_email"
  | "malformed_url"
  | "no_contact"
  | "malformed_date"
  | "future_date"
  /** A warning only: the entry has not been checked for more than a year. */
  | "stale_check";

/** A problem of a directory file, located for the coordinator who fixes it. */
export type DirectoryProblem = RowFileProblem<DirectoryProblemCode, DirectoryField>;

/** A directory file read into rows; `problems` are those found before looking at the values. */
export type ParsedDirectory = ParsedRowFile<DirectoryField, DirectoryProblemCode>;

/** Reads directory files (YAML `resources:` or CSV) into rows with their lines. */
export const directoryFile = new RowFileReader<DirectoryField>({
  key: "key",
  fields: DIRECTORY_FIELDS,
  required: REQUIRED_FIELDS,
  list: "resources",
  item: "resource",
  example: "key: …, type: …",
});

export { formatProblem };

/** The fields of a directory resource, as the file gives them once checked and as the database keeps them. */
export interface ResourceFields {
  /** Stable key from the directory file; fits a button id (`[a-z0-9_-]`, at most 60 characters). */
  key: string;
  /** Key of intents/entities/resource-types.yaml; its label comes from `ResourceTypes.label`. */
  type: string;
  name: string;
  description: string;
  address: string | null;
  /** "01 99 00 12 34". */
  phone: string | null;
  email: string | null;
  website: string | null;
  hours: string | null;
  howToRefer: string | null;
  /** Midnight UTC of the day the entry was last checked ("vérifié le 12/10/2026"). */
  lastCheckedAt: Date;
  /** INSEE codes of the communes it covers, sorted, without repeats. */
  communeCodes: string[];
}
