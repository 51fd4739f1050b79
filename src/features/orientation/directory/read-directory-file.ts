import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DirectoryFormat, ParsedDirectory } from "./directory-file.ts";
import { parseCsvDirectory } from "./parse-csv-directory.ts";
import { parseYamlDirectory } from "./parse-yaml-directory.ts";

/** The format of a directory file from its extension (.yaml, .yml or .csv). */
function directoryFormatOf(file: string): DirectoryFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".csv") return "csv";
  return undefined;
}

/** Reads the rows of a directory file whose text is already in memory; `file` is the name shown in problems. */
export function parseDirectory(source: string, file: string, format: DirectoryFormat): ParsedDirectory {
  return format === "yaml" ? parseYamlDirectory(source, file) : parseCsvDirectory(source, file);
}

/**
 * Reads a directory file from disk. Never throws for the file's content or absence: problems are in
 * the result, with the file shown relative to `displayRoot` (as given when it is outside).
 */
export async function readDirectoryFile(file: string, displayRoot = process.cwd()): Promise<ParsedDirectory> {
  const relative = path.relative(displayRoot, file);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
  const format = directoryFormatOf(file);
  if (!format) {
    return unreadable(shown, "yaml", "must end in .yaml, .yml or .csv");
  }
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return unreadable(shown, format, `cannot be read (${reason})`);
  }
  return parseDirectory(source, shown, format);
}

const unreadable = (file: string, format: DirectoryFormat, message: string): ParsedDirectory => ({
  file,
  format,
  rows: [],
  problems: [{ code: "unreadable", file, message }],
});
