// Parts of a message found by a recogniser (a commune, a mission number, a duration), located so that
// others can leave them alone.

/** Where some words of a text are: `text` is `source.slice(start, end)`; `value` is what they mean. */
export interface TextMatch {
  value: string;
  text: string;
  start: number;
  end: number;
}

/** Keeps the longest of overlapping matches, in text order. */
export function withoutOverlaps<M extends TextMatch>(matches: readonly M[]): M[] {
  const kept: M[] = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces spans by spaces, keeping every other character where it was. */
export function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const { start, end } of spans) result = result.slice(0, start) + " ".repeat(end - start) + result.slice(end);
  return result;
}
