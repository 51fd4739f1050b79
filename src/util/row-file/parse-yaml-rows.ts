// The YAML form of a file of rows: `<list>:` holding a list of maps, every value kept with its line.
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument } from "yaml";
import type { FieldNames, ParsedRowFile, RawValue, ReadProblemCode, RowFileProblem, RowFileShape } from "./row-file.ts";

/**
 * Reads a YAML file (`<shape.list>:`, a list of maps) into rows, with the line of every value. The
 * failsafe schema keeps every scalar as written: `0199001234` stays text, `2026-11-23` is not a date yet.
 */
export function parseYamlRows<F extends string>(
  source: string,
  file: string,
  shape: RowFileShape<F>,
  names: FieldNames<F>,
): ParsedRowFile<F> {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const doc = parseDocument(source, { schema: "failsafe", lineCounter, uniqueKeys: true, prettyErrors: false });
  const result: ParsedRowFile<F> = { file, format: "yaml", rows: [], problems: [] };
  const problem = (p: Omit<RowFileProblem<ReadProblemCode, F>, "file">) => result.problems.push({ file, ...p });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const hint = e.code === "BLOCK_AS_IMPLICIT_KEY" ? COLON_HINT : "";
      problem({ code: "syntax", line: lineAt(e.pos[0]), message: `${e.message.split("\n")[0]!}${hint}` });
    }
    return result;
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get(shape.list, true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    const message = `the file must hold a \`${shape.list}:\` list of ${shape.item}s`;
    problem({ code: "structure", line: 1, message });
    return result;
  }
  for (const pair of root.items) {
    const name = keyText(pair);
    if (name !== shape.list) {
      const message = `unknown top-level key "${name}" (only \`${shape.list}\`)`;
      problem({ code: "structure", line: lineOfPair(pair, lineAt), message });
    }
  }
  for (const item of list.items) {
    const line = item && (item as Node).range ? lineAt((item as Node).range![0]) : 1;
    if (!isMap(item)) {
      const message = `a ${shape.item} must be a map of fields (${shape.example})`;
      problem({ code: "structure", line, message });
      continue;
    }
    const fields = new Map<F, RawValue>();
    for (const pair of item.items) {
      const name = keyText(pair);
      const field = names.resolve(name);
      const at = lineOfPair(pair, lineAt);
      if (!field) {
        problem({ code: "unknown_field", line: at, message: `unknown field "${name}" ${names.hint(name)}` });
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
