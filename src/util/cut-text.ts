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
