// Which open task a message like « PV envoyé » or « c'est fait pour la déclaration » is about: the words of the
// message against the words of each task's title and its rule's keywords (accents, case and plurals ignored,
// one typo (a letter added, dropped, changed or two swapped) allowed in longer words). Pure, table-tested.
import { fold } from "../../../util/fold.ts";
import { isOneEditAway } from "../../../util/one-edit-away.ts";

const STOP = new Set(
  "les des une pour avec dans sur par est ete fait faite faites fini finie envoye envoyee envoyes envoyees depose deposee deposes deposees bien tout tous cest ai avons mon mes notre nos the and for with done sent have has that this from was were est aux elle ils pas plus peux peut bon voila ok reporte reporter repousse decale".split(
    " ",
  ),
);

/** The meaningful words of a text: folded, 2 letters or more (« PV », « AG »), stop words and a final s dropped. */
function wordsOf(text: string): string[] {
  return (fold(text).match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w));
}

const same = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && isOneEditAway(a, b));

export interface Candidate {
  id: number;
  /** The title and the rule's keywords, as written. */
  words: readonly string[];
}

export interface Match {
  id: number;
  score: number;
}

/** Candidates with at least one word in common with the message, best first. */
export function matchTasks(message: string, candidates: readonly Candidate[]): Match[] {
  const said = wordsOf(message);
  return candidates
    .map((c) => {
      const known = c.words.flatMap(wordsOf);
      return { id: c.id, score: said.filter((w) => known.some((k) => same(w, k))).length };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The one task meant, when the best match is clearly ahead; otherwise the choices to confirm. */
export function decide(matches: readonly Match[]): { sure: number } | { choose: number[] } {
  const [best, second] = matches;
  if (best && (!second || best.score > second.score)) return { sure: best.id };
  return { choose: matches.slice(0, 4).map((m) => m.id) };
}
