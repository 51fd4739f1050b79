import type { Locale } from "../core/locale.ts";

/**
 * The grammatical words of each language (articles, pronouns, prepositions, auxiliaries, question
 * words), folded. They tell the language of a message but say nothing of its intent. Words both
 * languages write alike ("on", "me") are in both lists, so they weigh nothing for the language.
 */
export const FUNCTION_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  fr: words(`
    je j tu t il elle nous vous ils elles on le la les l un une des du d au aux et ou est c ce cet cette ces
    mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs pour avec sans dans sur sous chez par pas
    ne n que qu qui quoi quel quelle quels quelles comment pourquoi quand y en me moi toi lui eux se s m
    suis es sommes etes sont ai as avez ont etre avoir fait faire peux peut pouvez veux veut voudrais
    tres bien mais aussi encore deja ici ca cela ceci si oui non`),
  en: words(`
    i you he she it we they me him us them the an and or is are was were am be been this that these those
    my your his her its our their for with without in on at by from of to into about not no what who
    which how why when where yes do does did have has had can could would should will shall may might
    just very well but also again already here there some any s t d ll m re ve`),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** A grammatical word of either language. */
