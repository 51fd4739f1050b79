// What a search for members means: "infirmières à Vitry", "trésorier", "bureau", "Martin", "pharmacist
// Orly" — words of the member vocabulary and communes in French or English, the rest read as a name.

import { compact } from "../../util/fold.ts";
import type { MemberStatus, Profession, Role } from "../persistence.ts";
import type { CommuneVocabulary } from "../vocabulary/commune-vocabulary.ts";
import type { MemberVocabulary } from "./member-vocabulary.ts";
import { BOARD_ROLES } from "./role-changes.ts";

/** Every criterion given must match; within one, any of its values. */
export interface MemberQuery {
  roles: Role[];
  professions: Profession[];
  communes: string[];
  skills: string[];
  motivations: string[];
  /** Default: members who are not deactivated. */
  status?: MemberStatus;
  /** Words (compared without case, accents or punctuation) each found in the name, key or e-mail. */
  words: string[];
}

/** Words that stand for the whole board, and for a status, in both languages. */
const GROUPS = new Map<string, { roles?: readonly Role[]; status?: MemberStatus }>([
  ...["bureau", "le bureau", "board", "the board"].map((w) => [compact(w), { roles: BOARD_ROLES }] as const),
  ...["inactif", "inactive", "désactivé", "deactivated", "parti"].map(
    (w) => [compact(w), { status: "inactive" }] as const,
  ),
  ...["invité", "guest"].map((w) => [compact(w), { status: "guest" }] as const),
]);

/** Small words of a search that name nothing ("les infirmières de Vitry", "nurses in Orly", "Mme Garnier"). */
const SMALL_WORDS = new Set(
  ["le", "la", "les", "l", "de", "du", "des", "d", "a", "au", "aux", "en", "et", "ou", "sur", "pour", "qui", "sont"]
    .concat(["the", "of", "in", "at", "and", "or", "on", "who", "are", "all", "tous", "toutes"])
    .concat(["mme", "madame", "m", "monsieur", "mr", "mrs", "ms", "mlle"])
    .map(compact),
);

const MAX_PHRASE = 4;

/** A written phrase, and the same without plural endings ("médecins généralistes", "pharmacists"). */
const forms = (words: string[]): string[] => {
  const phrase = words.join(" ");
  const singular = words.map((w) => w.replace(/(?<=\p{L}{3})[sx]$/u, "")).join(" ");
  return singular === phrase ? [phrase] : [phrase, singular];
};

/**
 * Reads a search: the longest phrases that name a role, profession, commune, skill or motivation
 * (in French or English, abbreviated, plural or not) become criteria; "bureau" is every board position,
 * "inactifs" the deactivated members; other words are looked for in names.
 */
export function parseMemberQuery(
  text: string,
  vocabulary: MemberVocabulary,
  communes: Pick<CommuneVocabulary, "exact">,
): MemberQuery {
  const query: MemberQuery = { roles: [], professions: [], communes: [], skills: [], motivations: [], words: [] };
  const tokens = text.split(/[\s,;'’]+/).filter(Boolean);
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1 && !matched; n--) {
      if (forms(tokens.slice(i, i + n)).some((form) => read(form, query, vocabulary, communes))) matched = n;
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = compact(tokens[i]!);
    if (word && !SMALL_WORDS.has(word)) query.words.push(word);
    i++;
  }
  return query;
}

/** Adds what `form` names to the query; false when it names nothing. */
function read(
  form: string,
  query: MemberQuery,
  vocabulary: MemberVocabulary,
  communes: Pick<CommuneVocabulary, "exact">,
): boolean {
  const group = GROUPS.get(compact(form));
  if (group) {
    query.roles.push(...(group.roles ?? []));
    if (group.status) query.status = group.status;
    return true;
  }
  const found: [keyof MemberQuery, string | undefined][] = [
    ["roles", vocabulary.roles.exact(form)],
    ["professions", vocabulary.professions.exact(form)],
    ["communes", communes.exact(form)],
    ["skills", vocabulary.skills.exact(form)],
    ["motivations", vocabulary.motivations.exact(form)],
  ];
  const [criterion, value] = found.find(([, v]) => v !== undefined) ?? [];
  if (!criterion || value === undefined) return false;
  const values = query[criterion] as string[];
  if (!values.includes(value)) values.push(value);
  return true;
}

/** The query as folded words again, for a "more" button that runs it once more (a-z, 0-9 and . only). */
export function queryToken(text: string): string {
  return text.split(/\s+/).map(compact).filter(Boolean).join(".");
}

/** The words of a {@link queryToken}, to parse again. */
export const tokenText = (token: string): string => token.split(".").join(" ");
