// Files of rows that people keep by hand (a YAML list or a spreadsheet's CSV) and the bot imports: the
// care-resource directory, the member file. What a row, a field and a problem are, for every such file,
// so that every import reads alike and reports alike: `file:line (key) field: reason`.
import { compact } from "../fold.ts";
import { closest } from "./closest.ts";

export type RowFileFormat = "yaml" | "csv";

/** One value of a row as the file wrote it: text, a YAML list or something malformed. */
export interface RawValue {
  value: unknown;
  line: number;
}

/** One row of the file before validation. */
export interface FileRow<F extends string> {
  /** Line where the row starts (1-based). */
  line: number;
  fields: ReadonlyMap<F, RawValue>;
}

/** What reading a file can find wrong before its values are looked at. */
export type ReadProblemCode =
  | "unreadable"
  | "syntax"
  | "structure"
  | "unknown_field"
  | "column_count"
  | "missing_field";

/** A problem of a file of rows, located for the person who fixes it. */
export interface RowFileProblem<C extends string = string, F extends string = string> {
  code: C;
  /** The file as shown to the user (relative path). */
  file: string;
  line?: number;
  /** The row's key, when it has one. */
  key?: string;
  field?: F;
  message: string;
}

/** A file read into rows; `problems` are those found before looking at the values. */
export interface ParsedRowFile<F extends string, C extends string = ReadProblemCode> {
  file: string;
  format: RowFileFormat;
  rows: FileRow<F>[];
  problems: RowFileProblem<C, F>[];
}

/** What a kind of file holds, and how its rows are named in messages. */
export interface RowFileShape<F extends string> {
  /** The field holding a row's stable key (matched on re-import, named in problems). */
  key: F;
  /** Field names as written in a YAML row or a CSV header, in the order problems are sorted. */
  fields: readonly F[];
  /** Fields every row has: a CSV header without one of them is refused at once. */
  required: readonly F[];
  /** The YAML file's top-level key holding the rows ("resources"). */
  list: string;
  /** What one row is, in messages ("resource"). */
  item: string;
  /** The first fields of a row, as a reminder of the YAML shape ("key: …, type: …"). */
  example: string;
}

/** `file:line (key) field: message`, the one-line form used by import commands. */
export function formatProblem(problem: RowFileProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const key = problem.key === undefined ? "" : ` (${problem.key})`;
  const field = problem.field === undefined ? "" : ` ${problem.field}`;
  return `${where}${key}${field}: ${problem.message}`;
}

/** An import's warnings, one line each, after what it did. */
export const formatWarnings = (warnings: readonly RowFileProblem[]): string[] =>
  warnings.map((w) => `  warning: ${formatProblem(w)}`);

/** An import refused: how many problems, each on its line, then the warnings. */
export function formatRefusal(
  file: string,
  problems: readonly RowFileProblem[],
  warnings: readonly RowFileProblem[],
): string[] {
  const count = problems.length;
  return [
    `${file}: ${count} problem${count === 1 ? "" : "s"}; nothing was imported.`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
    ...formatWarnings(warnings),
  ];
}

/**
 * The fields of a file, matched loosely: names ignore case, spaces, hyphens and underscores, so a
 * spreadsheet column "How to refer" is `howToRefer`.
 */
export class FieldNames<F extends string> {
  private readonly byCompact: Map<string, F>;

  constructor(readonly fields: readonly F[]) {
    this.byCompact = new Map(fields.map((f) => [compact(f), f]));
  }

  /** The field a YAML key or CSV column stands for, or undefined. */
  resolve(written: string): F | undefined {
    return this.byCompact.get(compact(written));
  }

  /** "(did you mean phone?)" for a misspelt field name, or the list of fields when none is close. */
  hint(written: string): string {
    const [near] = closest(
      written,
      this.fields.map((f) => ({ value: f, forms: [f] })),
      1,
    );
    return near ? `(did you mean ${near}?)` : `(fields: ${this.fields.join(", ")})`;
  }
}
