import { loadMemberVocabulary } from "../../../src/core/members/member-vocabulary.ts";
import { loadTerritory } from "../../../src/core/vocabulary/load-territory.ts";
import type { MemberFileContext } from "../../../src/features/members/member-file/index.ts";
import { CONTENT_DIR, INTENTS_DIR } from "../../../src/paths.ts";

/** The day the tests run on. */
const TODAY = "2026-11-23";
export const NOW = new Date("2026-11-23T10:00:00Z");

/** The real territory and member vocabulary, read once per test file. */
export async function loadMemberContext(today = TODAY): Promise<MemberFileContext> {
  const [territory, vocabulary] = await Promise.all([loadTerritory(INTENTS_DIR), loadMemberVocabulary(CONTENT_DIR)]);
  return { territory, vocabulary, today };
}

/** A row as a coordinator writes it: field name → text. */
export type MemberRow = Record<string, string>;

/** A valid row; tests override the fields they are about. */
export function memberRow(overrides: MemberRow = {}): MemberRow {
  return {
    key: "marie-test",
    name: "Marie Test",
    email: "marie.test@example.org",
    phone: "01 99 00 90 01",
    profession: "infirmière",
    roles: "membre; sympathisante",
    communes: "Vitry; Ivry",
    ...overrides,
  };
}

/** A YAML member file, one field per line with JSON-quoted values; `lines[i][field]` is that field's line. */
export function renderMembersYaml(rows: MemberRow[]): { source: string; lines: Record<string, number>[] } {
  const out = ["# test members", "members:"];
  const lines: Record<string, number>[] = [];
  for (const r of rows) {
    const at: Record<string, number> = {};
    Object.entries(r).forEach(([field, value], i) => {
      at[field] = out.length + 1;
      out.push(`${i === 0 ? "  - " : "    "}${field}: ${JSON.stringify(value)}`);
    });
    lines.push(at);
  }
  return { source: `${out.join("\n")}\n`, lines };
}

/** A CSV member file with a header of every field used; row i is on line i + 2. */
export function renderMembersCsv(rows: MemberRow[], delimiter = ","): string {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (value: string) =>
    value.includes(delimiter) || /["\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return `${[fields.join(delimiter), ...rows.map((r) => fields.map((f) => cell(r[f] ?? "")).join(delimiter))].join("\n")}\n`;
}
