import { fold } from "../../../util/fold.ts";
import { wordSet } from "./words.ts";

/**
 * Who was born. "né en 1996" is a person's birth year, except when the sentence is an organisation's
 * history: "le réseau est né en 1996", "l'association, née en 2003, …", "the network was born in 1996".
 * Rule: reading back from "né" within the sentence (eight words at most), the first word that names
 * an organisation or a person decides; after "sa naissance", the words after the date too; nothing
 * found means a person (redacting a year costs little).
 * Only a year or a month and year are spared this way: a full date after "né le" is always redacted.
 */

/** Structures, projects and events of the network's world, folded, singular and plural. */
const ORGANISATION = wordSet(`
  reseau reseaux association associations asso structure structures dispositif dispositifs projet projets
  idee initiative collectif groupement federation filiere plateforme maison centre pole service services unite
  equipe equipes cabinet clinique hopital etablissement fondation institut societe entreprise syndicat ordre
  programme partenariat convention charte formation soiree journee congres colloque groupe commission comite
  bureau conseil site application appli outil logiciel bot revue journal lettre newsletter soins
  cpts dac had ssiad saad spasad ehpad usld emsp emasp eqsp usp lisp msp clic maia pta smr ssr ch chu chi
  urps ars cpam ccas du diu
  network organisation organization charity team project unit hospital hospice clinic company idea program
`);

/** Words that make the one born a person: pronouns, civilities, patients and family. */
const PERSON = wordSet(`
  il elle ils elles lui je j tu on patient patiente patients patientes malade resident residente usager usagere
  m mr mme mlle melle madame monsieur mademoiselle dame homme femme enfant enfants bebe fils fille pere mere
  frere soeur mari epoux epouse conjoint conjointe veuf veuve grand-mere grand-pere petit-fils
  petite-fille neveu niece oncle tante cousin cousine aidant aidante
  he she him her who man woman child baby son daughter father mother husband wife
`);

/** The end of the sentence before: what follows it is the sentence "né" belongs to. */
const SENTENCE_BEFORE = /^[\s\S]*[.!?;\n]/u;
/** The start of the next sentence: what comes before it is the rest of this one. */
const SENTENCE_AFTER = /[.!?;\n][\s\S]*$/u;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The first of `words` that names an organisation (true) or a person (false), if any. */
function subject(words: string[]): boolean | undefined {
  for (const word of words) {
    const folded = fold(word);
    if (PERSON.has(folded)) return false;
    if (ORGANISATION.has(folded)) return true;
  }
  return undefined;
}

/**
 * Whether the "né" at `index` tells an organisation's history rather than a person's birth. After
 * the noun "naissance", whose subject may follow ("depuis sa naissance en 1996, le réseau…"), the
 * words from `after` are read too when those before tell nothing.
 */
export function isOrganisationBorn(text: string, index: number, after?: number): boolean {
  const before = text.slice(Math.max(0, index - 100), index).replace(SENTENCE_BEFORE, "");
  const backward = subject((before.match(WORD) ?? []).slice(-8).reverse());
  if (backward !== undefined || after === undefined) return backward ?? false;
  const following = text.slice(after, after + 100).replace(SENTENCE_AFTER, "");
  return subject((following.match(WORD) ?? []).slice(0, 8)) ?? false;
}
