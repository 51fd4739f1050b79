// Checking the rows of a file, the same way for every kind: every problem reported (not only the
// first), each located by line, key and field, a key used twice named with its first line.
import type { Checked } from "./field-formats.ts";
import type { FileRow, ParsedRowFile, RowFileProblem, RowFileShape } from "./row-file.ts";

/** A problem of a row, before the file and the row's key are added. */
export type RowProblem<C extends string, F extends string> = Omit<RowFileProblem<C, F>, "file" | "key">;

/** Problems reading a row's values can find, whatever the file. */
export type RowValueCode = "not_text" | "too_long" | "missing_field";

/** Problems checking a file's rows together can find. */
export type RowsCode = "structure" | "duplicate_key";

/** Reads the values of one row, reporting what is wrong with each. */
export class RowValues<F extends string, C extends string> {
  constructor(
    readonly row: FileRow<F>,
    readonly report: (p: RowProblem<C | RowValueCode, F>) => void,
    private readonly maxLength: (field: F) => number,
  ) {}

  /** Whether the row writes this field at all (a YAML key, a CSV column), even empty. */
  has(field: F): boolean {
    return this.row.fields.has(field);
  }

  /** Line of the field, or of the row when the field is absent. */
  lineOf(field: F): number {
    return this.row.fields.get(field)?.line ?? this.row.line;
  }

  /** A text field, trimmed; undefined when absent, empty or not text (reported). */
  text(field: F): string | undefined {
    const raw = this.row.fields.get(field);
    if (!raw) return undefined;
    if (typeof raw.value !== "string") {
      this.report({ code: "not_text", line: raw.line, field, message: "must be text, not a list or a map" });
      return undefined;
    }
    const value = raw.value.trim();
    const max = this.maxLength(field);
    if (value.length > max) {
      const message = `has ${value.length} characters, at most ${max}`;
      this.report({ code: "too_long", line: raw.line, field, message });
      return undefined;
    }
    return value || undefined;
  }

  /**
   * A list field: a YAML list, or one text separated by `;` or `|` ("Vitry; Ivry"), as trimmed items
   * without empty ones; undefined when absent or malformed (reported, naming `what` the items are).
   */
  list(field: F, what: string): string[] | undefined {
    const raw = this.row.fields.get(field);
    if (!raw) return undefined;
    const items = typeof raw.value === "string" ? [raw.value] : Array.isArray(raw.value) ? raw.value : [raw.value];
    if (items.some((item) => typeof item !== "string")) {
      const message = `must be ${what} separated by ; or |, or a list of ${what}`;
      this.report({ code: "not_text", line: raw.line, field, message });
      return undefined;
    }
    return (items as string[])
      .flatMap((item) => item.split(/[;|]/))
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /** The value `check` makes of the written text, or undefined (reported with `code`, or the check's own). */
  check<T>(field: F, written: string | undefined, check: (written: string) => Checked<T, C>, code: C): T | undefined {
    if (written === undefined) return undefined;
    const checked = check(written);
    if (checked.ok) return checked.value;
    this.report({ code: checked.code ?? code, line: this.lineOf(field), field, message: checked.reason });
    return undefined;
  }

  /** Reports each of `fields` the row leaves out or empty. */
  require(fields: readonly F[]): void {
    for (const field of fields) {
      const raw = this.row.fields.get(field);
      if (!raw || (typeof raw.value === "string" && raw.value.trim() === "")) {
        this.report({ code: "missing_field", line: this.lineOf(field), field, message: "is required" });
      }
    }
  }
}

/** A row whose values are all valid, with what it became. */
export interface ValidRow<E, F extends string> {
  entry: E;
  row: FileRow<F>;
  /** Locates a problem found later (a warning, a conflict with the database) in this row. */
  locate<C extends string>(problem: RowProblem<C, F>): RowFileProblem<C, F>;
}

export interface CheckedRows<E, C extends string, F extends string> {
  valid: ValidRow<E, F>[];
  /** Every problem of the file, sorted by place: any of them stops an import. */
  problems: RowFileProblem<C | RowsCode, F>[];
}

/**
 * Checks every row with `validate`, which reports the row's problems and returns its entry. A file
 * with no row at all is a problem (importing it would deactivate everything: surely a wrong file); a
 * key used twice is reported at its second row, naming the first. A row is valid when it reported
 * nothing.
 */
export function checkRows<F extends string, C extends string, E>(
  parsed: ParsedRowFile<F, C>,
  shape: RowFileShape<F>,
  validate: (row: FileRow<F>, report: (p: RowProblem<C | RowsCode, F>) => void) => E | undefined,
): CheckedRows<E, C, F> {
  const problems: RowFileProblem<C | RowsCode, F>[] = [...parsed.problems];
  const valid: ValidRow<E, F>[] = [];
  if (!parsed.rows.length && !parsed.problems.length) {
    problems.push({ code: "structure", file: parsed.file, line: 1, message: `lists no ${shape.item}` });
  }
  const firstLineOfKey = new Map<string, number>();
  for (const row of parsed.rows) {
    const raw = row.fields.get(shape.key)?.value;
    const key = typeof raw === "string" ? raw.trim() : "";
    const locate = <K extends string>(p: RowProblem<K, F>): RowFileProblem<K, F> => ({
      file: parsed.file,
      ...(key ? { key } : {}),
      ...p,
    });
    const before = problems.length;
    const entry = validate(row, (p) => problems.push(locate(p)));
    const first = firstLineOfKey.get(key);
    if (key && first !== undefined) {
      const message = `"${key}" is already the key of the ${shape.item} at line ${first}`;
      problems.push(locate({ code: "duplicate_key", line: row.line, field: shape.key, message }));
    } else if (key) firstLineOfKey.set(key, row.line);
    if (entry !== undefined && problems.length === before) valid.push({ entry, row, locate });
  }
  return { valid, problems: sortProblems(problems, shape.fields) };
}

/** By line, then in the order of the fields (a CSV row has one line for all its problems). */
export function sortProblems<P extends { line?: number; field?: F }, F extends string>(
  problems: P[],
  fields: readonly F[],
): P[] {
  const rank = (field: F | undefined) => (field === undefined ? fields.length : fields.indexOf(field));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || rank(a.field) - rank(b.field));
}
