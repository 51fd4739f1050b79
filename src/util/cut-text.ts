export const ELLIPSIS = "…";

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/**
 * The text cut to `max` UTF-16 code units with "…", never inside a character or an emoji sequence.
 * Platforms limit their texts in code units (or less strictly), so this never exceeds a limit.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length + ELLIPSIS.length > max) break;
    kept += segment;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * The text in pieces of at most `max` UTF-16 code units, cut after a space when one is in the second
 * half of the piece, never inside a character. `keepWhole(rest, cut)` may move a cut earlier, so that
 * it does not fall inside an escape sequence of the platform's markup.
 */
export function splitText(
  text: string,
  max: number,
  keepWhole: (rest: string, cut: number) => number = (_r, c) => c,
): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(" ", max - 1);
    let cut = keepWhole(rest, space >= max / 2 ? space + 1 : max);
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? "")) cut--;
    cut = Math.max(cut, 1);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}
