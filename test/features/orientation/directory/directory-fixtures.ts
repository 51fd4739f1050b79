import { loadTerritory } from "../../../../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../../../../src/core/vocabulary/resource-types.ts";
import type { DirectoryContext } from "../../../../src/features/orientation/directory/index.ts";
import { INTENTS_DIR } from "../../../../src/paths.ts";

/** The day the tests run on: a check date after it is "in the future". */
const TODAY = "2026-11-23";

/** The real territory and vocabulary of intents/entities, read once per test file. */
export async function loadContext(today = TODAY): Promise<DirectoryContext> {
  const [territory, types] = await Promise.all([loadTerritory(INTENTS_DIR), loadResourceTypes(INTENTS_DIR)]);
  return { territory, types, today };
}

/** A row as a coordinator writes it: field name → text. */
export type Row = Record<string, string>;

/** A valid row; tests override the fields they are about. */
export function row(overrides: Row = {}): Row {
  return {
    key: "ssiad-test",
    type: "ssiad",
    name: "SSIAD Test (démo)",
    description: "Soins infirmiers à domicile.",
    communes: "Vitry-sur-Seine; Ivry-sur-Seine",
    phone: "01 99 00 12 34",
    email: "ssiad@example.org",
    lastChecked: "2026-10-01",
    ...overrides,
  };
}

/**
 * A YAML directory, one field per line with JSON-quoted values (valid YAML); `lines[i][field]` is the
 * line of that field of row i, `starts[i]` the line where row i starts.
 */
export function renderYaml(rows: Row[]): { source: string; starts: number[]; lines: Record<string, number>[] } {
  const out = ["# test directory", "resources:"];
  const starts: number[] = [];
  const lines: Record<string, number>[] = [];
  for (const r of rows) {
    starts.push(out.length + 1);
    const at: Record<string, number> = {};
    Object.entries(r).forEach(([field, value], i) => {
      at[field] = out.length + 1;
      out.push(`${i === 0 ? "  - " : "    "}${field}: ${JSON.stringify(value)}`);
    });
    lines.push(at);
  }
  return { source: `${out.join("\n")}\n`, starts, lines };
}

/** A CSV directory with a header of every field used; row i starts on line i + 2. */
export function renderCsv(rows: Row[], delimiter = ","): string {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (value: string) => (/[",;\t\n|]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${[fields.join(delimiter), ...rows.map((r) => fields.map((f) => cell(r[f] ?? "")).join(delimiter))].join("\n")}\n`;
}
