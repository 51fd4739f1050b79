// Reads one kind of file of rows from disk or memory, in YAML or CSV, never throwing for its content.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseCsvRows } from "./parse-csv-rows.ts";
import { parseYamlRows } from "./parse-yaml-rows.ts";
import { FieldNames, type ParsedRowFile, type RowFileFormat, type RowFileShape } from "./row-file.ts";

/** The format of a file from its extension (.yaml, .yml or .csv). */
function formatOf(file: string): RowFileFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".csv") return "csv";
  return undefined;
}

/** Reads the files of one shape (the directory's, the member file's) into rows with their lines. */
export class RowFileReader<F extends string> {
  readonly names: FieldNames<F>;

  constructor(readonly shape: RowFileShape<F>) {
    this.names = new FieldNames(shape.fields);
  }

  /** Reads the rows of a file whose text is already in memory; `file` is the name shown in problems. */
  parse(source: string, file: string, format: RowFileFormat): ParsedRowFile<F> {
    return format === "yaml"
      ? parseYamlRows(source, file, this.shape, this.names)
      : parseCsvRows(source, file, this.shape, this.names);
  }

  /**
   * Reads a file from disk. Never throws for the file's content or absence: problems are in the
   * result, with the file shown relative to `displayRoot` (as given when it is outside).
   */
  async read(file: string, displayRoot = process.cwd()): Promise<ParsedRowFile<F>> {
    const relative = path.relative(displayRoot, file);
    const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
    const format = formatOf(file);
    if (!format) return unreadable(shown, "yaml", "must end in .yaml, .yml or .csv");
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return unreadable(shown, format, `cannot be read (${reason})`);
    }
    return this.parse(source, shown, format);
  }
}

const unreadable = <F extends string>(file: string, format: RowFileFormat, message: string): ParsedRowFile<F> => ({
  file,
  format,
  rows: [],
  problems: [{ code: "unreadable", file, message }],
});
