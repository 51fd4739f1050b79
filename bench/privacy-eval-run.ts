// Scores the privacy guard on a labelled set of messages: how many patient identifiers it redacts,
// how many professional strings it destroys. Shared by `npm run privacy:eval` and the regression test.
import { readFile } from "node:fs/promises";
import { inspectText } from "../src/features/privacy/guard/inspect.ts";
import { fold } from "../src/util/fold.ts";

/**
 * One labelled message (a line of a `.jsonl` file). `redact`: per class, the exact strings of the
 * text that identify a patient and must disappear; `keep`: per category, the exact strings of
 * professional information that must come out unchanged.
 */
export interface GuardCase {
  text: string;
  redact?: Record<string, string[]>;
  keep?: Record<string, string[]>;
}

export interface Miss {
  text: string;
  value: string;
  /** What the guard made of the message. */
  redacted: string;
}

/** `hit` of `total` strings behaved as they should (identifiers gone, or professional strings kept). */
export interface Tally {
  hit: number;
  total: number;
  misses: Miss[];
}

export interface GuardEval {
  messages: number;
  /** Per identifier class: identifiers redacted. */
  redact: Record<string, Tally>;
  /** Per category of professional string: strings kept. */
  keep: Record<string, Tally>;
}

export async function readCases(file: string): Promise<GuardCase[]> {
  return parseCases(await readFile(file, "utf8"), file);
}

/** Parses a `.jsonl` set, refusing a label that is not in its message (a typo would count as a success). */
function parseCases(jsonl: string, source: string): GuardCase[] {
  return jsonl
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      const item = JSON.parse(line) as GuardCase;
      const labels = [...Object.values(item.redact ?? {}), ...Object.values(item.keep ?? {})].flat();
      const absent = labels.find((value) => !item.text.includes(value));
      if (absent !== undefined) throw new Error(`${source}:${number}: ${JSON.stringify(absent)} is not in the text`);
      return item;
    });
}

/** Placeholders the guard writes: their words ("nom", "date", "de") must not count as leaked text. */
const PLACEHOLDER = /\[[^\]]*masqu[ée]e?\]/gu;
/** Words of a name that identify nobody on their own: "Van der Meulen" is redacted once "Meulen" is gone. */
const PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "dos", "el", "ben", "d"]);

const words = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const count = (list: string[], word: string): number => list.filter((w) => w === word).length;
const occurrences = (text: string, value: string): number => text.split(value).length - 1;

/**
 * An identifier is redacted when each of its telling words (particles aside) appears in the
 * redacted text fewer times than in the message, by as many times as the identifier was written.
 */
function isRedacted(text: string, redacted: string, value: string): boolean {
  const before = words(text);
  const after = words(redacted.replace(PLACEHOLDER, " "));
  const times = occurrences(text, value);
  const telling = words(value).filter((w) => !PARTICLES.has(w));
  return telling.every((w) => count(after, w) <= count(before, w) - times * count(words(value), w));
}

/** A professional string is kept when the redacted text still holds it as often as the message. */
const isKept = (text: string, redacted: string, value: string): boolean =>
  occurrences(redacted, value) >= occurrences(text, value);

export function scoreCases(cases: GuardCase[]): GuardEval {
  const result: GuardEval = { messages: cases.length, redact: {}, keep: {} };
  const tally = (table: Record<string, Tally>, key: string, ok: boolean, miss: Miss) => {
    table[key] ??= { hit: 0, total: 0, misses: [] };
    const entry = table[key];
    entry.total++;
    if (ok) entry.hit++;
    else entry.misses.push(miss);
  };
  for (const item of cases) {
    const redacted = inspectText(item.text).text;
    for (const [kind, values] of Object.entries(item.redact ?? {}))
      for (const value of values)
        tally(result.redact, kind, isRedacted(item.text, redacted, value), { text: item.text, value, redacted });
    for (const [kind, values] of Object.entries(item.keep ?? {}))
      for (const value of values)
        tally(result.keep, kind, isKept(item.text, redacted, value), { text: item.text, value, redacted });
  }
  return result;
}

/** Sums of a table: all identifiers, or all professional strings. */
export function totals(table: Record<string, Tally>): { hit: number; total: number } {
  const all = Object.values(table);
  return { hit: all.reduce((n, t) => n + t.hit, 0), total: all.reduce((n, t) => n + t.total, 0) };
}

const percent = (hit: number, total: number): string => (total ? `${((100 * hit) / total).toFixed(1)} %` : "—");

/** The per-class table, then every miss with what the guard made of its message. */
export function formatEval(file: string, result: GuardEval, withMisses: boolean): string {
  const lines = [`${file}: ${result.messages} messages`, "", "identifiers redacted (per class):"];
  const sorted = (table: Record<string, Tally>) => Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
  for (const [kind, t] of sorted(result.redact))
    lines.push(`  ${kind.padEnd(18)} ${`${t.hit}/${t.total}`.padStart(7)}  ${percent(t.hit, t.total)}`);
  const ids = totals(result.redact);
  lines.push(`  ${"all".padEnd(18)} ${`${ids.hit}/${ids.total}`.padStart(7)}  ${percent(ids.hit, ids.total)}`);
  lines.push("", "professional strings lost (per category):");
  for (const [kind, t] of sorted(result.keep))
    lines.push(`  ${kind.padEnd(18)} ${`${t.total - t.hit} of ${t.total}`.padStart(9)}`);
  const kept = totals(result.keep);
  lines.push(`  ${"all".padEnd(18)} ${`${kept.total - kept.hit} of ${kept.total}`.padStart(9)}`);
  if (withMisses) {
    const misses = [
      ...sorted(result.redact).flatMap(([kind, t]) => t.misses.map((m) => ({ kind, what: "not redacted", ...m }))),
      ...sorted(result.keep).flatMap(([kind, t]) => t.misses.map((m) => ({ kind, what: "lost", ...m }))),
    ];
    if (misses.length) lines.push("", "misses:");
    for (const m of misses)
      lines.push(`  [${m.kind}] ${m.what} ${JSON.stringify(m.value)}`, `    in:  ${m.text}`, `    out: ${m.redacted}`);
  }
  return `${lines.join("\n")}\n`;
}
