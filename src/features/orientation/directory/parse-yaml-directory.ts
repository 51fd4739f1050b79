import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument } from "yaml";
import { fieldHint } from "./closest.ts";
import {
  type DirectoryField,
  type DirectoryProblem,
  type ParsedDirectory,
  type RawValue,
  resolveField,
} from "./directory-file.ts";

/**
 * Reads a YAML directory (`resources:`, a list of maps) into rows, with the line of every value. The
 * failsafe schema keeps every scalar as written: `0199001234` stays text, `2026-11-23` is not a date yet.
 */
export function parseYamlDirectory(source: string, file: string): ParsedDirectory {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const doc = parseDocument(source, { schema: "failsafe", lineCounter, uniqueKeys: true, prettyErrors: false });
  const result: ParsedDirectory = { file, format: "yaml", rows: [], problems: [] };
  const problem = (p: Omit<DirectoryProblem, "file">) => result.problems.push({ file, ...p });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const hint = e.code === "BLOCK_AS_IMPLICIT_KEY" ? COLON_HINT : "";
      problem({ code: "syntax", line: lineAt(e.pos[0]), message: `${e.message.split("\n")[0]!}${hint}` });
    }
    return result;
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get("resources", true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    problem({ code: "structure", line: 1, message: "the file must hold a `resources:` list of resources" });
    return result;
  }
  for (const pair of root.items) {
    const name = keyText(pair);
    if (name !== "resources") {
      const message = `unknown top-level key "${name}" (only \`resources\`)`;
      problem({ code: "structure", line: lineOfPair(pair, lineAt), message });
    }
  }
  for (const item of list.items) {
    const line = item && (item as Node).range ? lineAt((item as Node).range![0]) : 1;
    if (!isMap(item)) {
      problem({ code: "structure", line, message: "a resource must be a map of fields (key: …, type: …)" });
      continue;
    }
    const fields = new Map<DirectoryField, RawValue>();
    for (const pair of item.items) {
      const name = keyText(pair);
      const field = resolveField(name);
      const at = lineOfPair(pair, lineAt);
      if (!field) {
        problem({ code: "unknown_field", line: at, message: `unknown field "${name}" ${fieldHint(name)}` });
      } else if (fields.has(field)) {
        problem({ code: "structure", line: at, field, message: `"${name}" is a second ${field} field` });
      } else {
        fields.set(field, { value: scalarOf(pair.value, doc), line: at });
      }
    }
    result.rows.push({ line, fields });
  }
  return result;
}

/** French typography puts a space before ":", which YAML reads as a new key. */
const COLON_HINT = ' (a value holding " : " must be quoted, or written on the next lines after ">-")';

const keyText = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function lineOfPair(pair: Pair, lineAt: (offset: number) => number): number {
  const node = (isScalar(pair.key) ? pair.key : pair.value) as Node | null;
  return node?.range ? lineAt(node.range[0]) : 1;
}

/**
 * Text stays text, a list stays a list of its values, an alias (`communes: *nord`, reusing a list
 * anchored `&nord` earlier) is what it points to; a map is kept as an object for validation to refuse.
 */
function scalarOf(node: unknown, doc: Document): unknown {
  if (node === null || node === undefined) return "";
  if (isAlias(node)) return scalarOf(node.resolve(doc), doc);
  if (isScalar(node)) return node.value === null ? "" : String(node.value);
  if (isSeq(node)) return node.items.map((item) => scalarOf(item, doc));
  return {};
}
