// Why a volunteer says no, read from their words (« non merci pour la mission 3, trop loin », « pas dispo
// jusqu'au 15 janvier »): one of the engine's decline reasons, with the date a « pas dispo » lasts until.
import { DateTime } from "luxon";
import { fold } from "../../../util/fold.ts";
import type { DeclineReason } from "../engine/decline.ts";

/** The first that matches wins: « pas dispo, trop loin » is about the distance. */
const SAID: [DeclineReason, RegExp][] = [
  ["too_far", /\b(trop loin|loin de chez moi|trop de route|too far|far from)\b/],
  [
    "not_my_field",
    /\b(pas (de |dans )?mon (domaine|rayon|truc)|pas ma specialite|hors de mon domaine|not my (field|area|thing))\b/,
  ],
  [
    "too_busy",
    /\b(trop en ce moment|trop (occupee?|chargee?|de travail|de choses)|debordee?|surchargee?|too busy|too much on|swamped)\b/,
  ],
  ["unavailable", /\b(pas (dispo|disponible|libre)|indisponible|not available|unavailable|not free|can'?t make it)\b/],
];

/** « jusqu'au », « until »: the date named is when they are free again. */
const UNTIL = /\b(jusqu'?(a|au|en)|until|till)\b/;

export interface SaidReason {
  reason: DeclineReason;
  /** With `unavailable`: the day they named, from its start in `zone`. */
  until?: Date;
}

/** The reason in `text`, if it says one; `day` is the date entity (YYYY-MM-DD) the NLU found. */
export function declineReasonIn(text: string, day: string | undefined, zone: string): SaidReason | undefined {
  const folded = fold(text);
  const reason = SAID.find(([, words]) => words.test(folded))?.[0];
  if (!reason) return undefined;
  if (reason !== "unavailable" || !day || !UNTIL.test(folded)) return { reason };
  return { reason, until: DateTime.fromISO(day, { zone }).startOf("day").toJSDate() };
}
