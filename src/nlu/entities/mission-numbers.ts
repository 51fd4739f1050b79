import type { EntityMatch } from "../../core/nlu-port.ts";
import { withoutOverlaps } from "../../util/text-spans.ts";

const AFTER_MISSION = /\bmissions?\s*(?:n\s*°|n[o°º]\.?|num(?:[ée]ro)?\.?|number|#)?\s*(\d{1,6})(?!\p{N})/giu;
const HASH_NUMBER = /(?<![\p{L}\p{N}&])#\s?(\d{1,6})(?!\p{N})/gu;

/**
 * Mission numbers: "mission 12", "mission n°12", "la mission #12", "mission number 12", or "#12" alone.
 * The value is the number without leading zeros ("12").
 */
export function findMissionNumbers(text: string): EntityMatch[] {
  const matches = [AFTER_MISSION, HASH_NUMBER].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({
      value: String(Number(m[1])),
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  return withoutOverlaps(matches);
}
