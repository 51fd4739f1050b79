// The CSV form of a file of rows, as spreadsheets export it: a header naming the fields, one row each.
import { CsvError, type InfoRecord, parse } from "csv-parse/sync";
import type { FieldNames, ParsedRowFile, RawValue, ReadProblemCode, RowFileProblem, RowFileShape } from "./row-file.ts";

const DELIMITERS = [",", ";", "\t"] as const;

type Problem<F extends string> = Omit<RowFileProblem<ReadProblemCode, F>, "file">;

/**
 * Reads a CSV file: a header row naming the fields, then one row each. The delimiter (`,`, `;` as
 * French spreadsheets export, or a tab) is the one that splits the header into known fields. Lines
 * starting with `#` and empty rows are skipped; a field holding the delimiter or a line break is
 * quoted. Every row keeps the line where it starts.
 */
export function parseCsvRows<F extends string>(
  source: string,
  file: string,
  shape: RowFileShape<F>,
  names: FieldNames<F>,
): ParsedRowFile<F> {
  const result: ParsedRowFile<F> = { file, format: "csv", rows: [], problems: [] };
  const problem = (p: Problem<F>) => result.problems.push({ file, ...p });
  if (source.includes("\uFFFD")) {
    problem({ code: "unreadable", message: 'is not UTF-8 text: export the spreadsheet as "CSV UTF-8"' });
    return result;
  }
  let records: { record: string[]; info: InfoRecord }[];
  try {
    records = parse(source, {
      bom: true,
      delimiter: detectDelimiter(source, names),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: "#",
      comment_no_infix: true,
      trim: true,
    }) as unknown as { record: string[]; info: InfoRecord }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === "number" ? error.lines : undefined;
    problem({ code: "syntax", line, message: error.message.replace(/ at line \d+/, "") });
    return result;
  }
  const rows = withStartLines(records).filter((r) => r.cells.some((c) => c !== ""));
  const header = rows.shift();
  if (!header) {
    problem({ code: "structure", line: 1, message: "the file has no header row" });
    return result;
  }
  const columns = readHeader(header.cells, header.line, shape, names, problem);
  if (!columns) return result;
  for (const { cells, line } of rows) {
    const extra = cells.slice(columns.length).filter((c) => c !== "");
    if (cells.length < columns.length || extra.length) {
      problem({
        code: "column_count",
        line,
        message: `has ${cells.length} cells where the header has ${columns.length} (quote a value that holds the delimiter)`,
      });
      continue;
    }
    const fields = new Map<F, RawValue>();
    columns.forEach((field, i) => {
      if (field) fields.set(field, { value: cells[i] ?? "", line });
    });
    result.rows.push({ line, fields });
  }
  return result;
}

/** The fields of the header's columns (undefined for a column reported as unknown), or undefined to stop. */
function readHeader<F extends string>(
  cells: string[],
  line: number,
  shape: RowFileShape<F>,
  names: FieldNames<F>,
  problem: (p: Problem<F>) => void,
): (F | undefined)[] | undefined {
  const columns = cells.map((cell) => {
    const field = names.resolve(cell);
    if (!field && cell !== "") {
      problem({ code: "unknown_field", line, message: `unknown column "${cell}" ${names.hint(cell)}` });
    }
    return field;
  });
  let complete = true;
  columns.forEach((field, i) => {
    if (field && columns.indexOf(field) !== i) {
      problem({ code: "structure", line, field, message: `column ${i + 1} is a second ${field} column` });
      complete = false;
    }
  });
  for (const field of shape.required) {
    if (!columns.includes(field)) {
      problem({ code: "missing_field", line, field, message: `the header has no ${field} column` });
      complete = false;
    }
  }
  return complete ? columns : undefined;
}

/**
 * csv-parse counts lines up to a record's end; a record starts after the previous one and the comments
 * or blank lines between.
 */
function withStartLines(records: { record: string[]; info: InfoRecord }[]): { cells: string[]; line: number }[] {
  let end = 0;
  let comments = 0;
  let empties = 0;
  return records.map(({ record, info }) => {
    const line = end + 1 + (info.comment_lines - comments) + (info.empty_lines - empties);
    ({ lines: end, comment_lines: comments, empty_lines: empties } = info);
    return { cells: record, line };
  });
}

/** The delimiter that splits the first line into the most known field names (comma when unsure). */
function detectDelimiter<F extends string>(source: string, names: FieldNames<F>): string {
  const first =
    source
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const known = (d: string) => first.split(d).filter((cell) => names.resolve(cell.replace(/"/g, "").trim())).length;
  return [...DELIMITERS].sort((a, b) => known(b) - known(a))[0]!;
}
