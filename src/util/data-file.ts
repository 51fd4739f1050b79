import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";

/** A reviewed data file (intents, entities, directory) is malformed: says which file, where, and why. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DataFileError";
  }
}

/**
 * Parses a YAML file and validates it against `schema`. Every problem is reported with its
 * line and its path in the file (e.g. `line 12, intents.greeting.utterances.fr[3]: …`).
 */
export async function readYamlFile<T>(file: string, schema: z.ZodType<T>, displayRoot = process.cwd()): Promise<T> {
  return (await readLocatedYamlFile(file, schema, displayRoot)).data;
}

/** A validated data file, and where its values are: for checks that span several files. */
export interface LocatedData<T> {
  data: T;
  /** The file as shown in messages (relative to the display root). */
  shown: string;
  /** Line of the value at `segments` (e.g. `["greeting", "utterances", "fr", 3]`), if it exists. */
  lineOf(segments: readonly PropertyKey[]): number | undefined;
}

/** {@link readYamlFile}, keeping the lines of values so later checks can name them. */
export async function readLocatedYamlFile<T>(
  file: string,
  schema: z.ZodType<T>,
  displayRoot = process.cwd(),
): Promise<LocatedData<T>> {
  const shown = path.relative(displayRoot, file) || file;
  const source = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new DataFileError(shown, [`cannot be read (${error.code ?? error.message})`]);
  });
  return parseLocatedYaml(source, shown, schema);
}

function parseLocatedYaml<T>(source: string, shown: string, schema: z.ZodType<T>): LocatedData<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    throw new DataFileError(
      shown,
      doc.errors.map((e) => `line ${e.linePos?.[0].line ?? "?"}: ${e.message.split("\n")[0]}`),
    );
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) {
    return { data: parsed.data, shown, lineOf: (segments) => lineOf(doc.contents, segments, lineCounter) };
  }
  throw new DataFileError(
    shown,
    parsed.error.issues.map((issue) => {
      const where = formatPath(issue.path);
      const line = lineOf(doc.contents, issue.path, lineCounter);
      return `${line ? `line ${line}, ` : ""}${where || "(file)"}: ${issue.message}`;
    }),
  );
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : `${i === 0 ? "" : "."}${String(s)}`)).join("");
}

function lineOf(root: unknown, segments: readonly PropertyKey[], counter: LineCounter): number | undefined {
  let node = root as Node | null | undefined;
  let line: number | undefined;
  for (const segment of segments) {
    if (node?.range) line = counter.linePos(node.range[0]).line;
    if (isMap(node)) node = node.get(String(segment), true) as Node | undefined;
    else if (isSeq(node) && typeof segment === "number") node = node.items[segment] as Node | undefined;
    else break;
  }
  if (node?.range) line = counter.linePos(node.range[0]).line;
  return line;
}
