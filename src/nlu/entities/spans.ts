import type { EntityMatch } from "../../core/nlu-port.ts";

/** Keeps the longest of overlapping matches, in text order. */
export function withoutOverlaps(matches: readonly EntityMatch[]): EntityMatch[] {
  const kept: EntityMatch[] = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces spans by spaces, keeping every other character where it was. */
export function blank(text: string, spans: readonly EntityMatch[]): string {
  let result = text;
  for (const { start, end } of spans) result = result.slice(0, start) + " ".repeat(end - start) + result.slice(end);
  return result;
}
