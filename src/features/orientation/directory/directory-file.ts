import { fold } from "../../../util/fold.ts";

/**
 * The fields of a directory entry, as written in a YAML file or a CSV header. Names are matched ignoring
 * case, spaces, hyphens and underscores, so a spreadsheet column "How to refer" is `howToRefer`.
 */
export const DIRECTORY_FIELDS = [
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

export type DirectoryFormat = "yaml" | "csv";

/** One value of a row as the file wrote it: text, a YAML list (communes) or something malformed. */
export interface RawValue {
  value: unknown;
  line: number;
}

/** One resource of the file before validation. */
export interface DirectoryRow {
  /** Line where the row starts (1-based). */
  line: number;
  fields: ReadonlyMap<DirectoryField, RawValue>;
}

/** What can be wrong in a directory file: one code per kind of problem, for tests and tooling. */
export type DirectoryProblemCode =
  | "unreadable"
  | "syntax"
  | "structure"
  | "unknown_field"
  | "column_count"
  | "missing_field"
  | "not_text"
  | "too_long"
  | "malformed_key"
  | "duplicate_key"
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
export interface DirectoryProblem {
  code: DirectoryProblemCode;
  /** The file as shown to the user (relative path). */
  file: string;
  line?: number;
  /** The row's key, when it has one. */
  key?: string;
  field?: DirectoryField;
  message: string;
}

/** A directory file read into rows; `problems` are those found before looking at the values. */
export interface ParsedDirectory {
  file: string;
  format: DirectoryFormat;
  rows: DirectoryRow[];
  problems: DirectoryProblem[];
}

/** Lower case without accents, spaces or punctuation: how field names, types and communes are compared. */
export const compact = (text: string): string => fold(text).replace(/[^a-z0-9]/g, "");

const FIELD_BY_COMPACT = new Map<string, DirectoryField>(DIRECTORY_FIELDS.map((f) => [compact(f), f]));

/** The field a YAML key or CSV column stands for, or undefined. */
export const resolveField = (written: string): DirectoryField | undefined => FIELD_BY_COMPACT.get(compact(written));

/** `file:line (key) field: message`, the one-line form used by the import command. */
export function formatProblem(problem: DirectoryProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const key = problem.key === undefined ? "" : ` (${problem.key})`;
  const field = problem.field === undefined ? "" : ` ${problem.field}`;
  return `${where}${key}${field}: ${problem.message}`;
}

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
