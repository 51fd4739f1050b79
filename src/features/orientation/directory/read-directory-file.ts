import { type DirectoryFormat, directoryFile, type ParsedDirectory } from "./directory-file.ts";

/** Reads the rows of a directory file whose text is already in memory; `file` is the name shown in problems. */
export function parseDirectory(source: string, file: string, format: DirectoryFormat): ParsedDirectory {
  return directoryFile.parse(source, file, format);
}

/**
 * Reads a directory file from disk. Never throws for the file's content or absence: problems are in
 * the result, with the file shown relative to `displayRoot` (as given when it is outside).
 */
export function readDirectoryFile(file: string, displayRoot = process.cwd()): Promise<ParsedDirectory> {
  return directoryFile.read(file, displayRoot);
}
