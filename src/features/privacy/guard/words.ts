import { fold } from "../../../util/fold.ts";

/**
 * Word lists of the name rules, folded (lower case, no accents). Kept short and reviewed like code:
 * a word added here can never be redacted as a name in that position.
 */

/** A word list written as words separated by white space (a template string, several words a line). */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Capitalised or upper-case words that follow "Mme"/"patient" without being a name: the network's
 * acronyms and services, eponymous diseases, titles, greetings, pronouns, days and months.
 */
const CAPITALISED_NOT_NAMES = wordSet(`
  had ssiad saad spasad ehpad ehpa usld emsp emasp eqsp emg clic pta dac cpts maia smr ssr usp lisp chu chr ch chi
  ccas cias cmp cmpp mdph pch apa caf cpam ame cmu css ars has dmp ins nir ddn dob ss secu rpps adeli finess
  ide idel as ash mg mt dr pr sla sep bpco avc ait ald vih sida irc ici icc ira hta dt1 dt2 dnid did covid eva
  rdv urgent urgence svp stp ok tel fax mail sms pdf info infos cr nb ps pj
  alzheimer parkinson charcot crohn huntington hodgkin kahler paget basedow wilson creutzfeldt
  president presidente directeur directrice maire ministre docteur professeur
  madame mademoiselle monsieur mme mlle melle mr mrs ms
  bonjour bonsoir salut merci cordialement bonne bon
  nom prenom prenoms name surname date naissance ne nee
  il elle ils elles je tu nous vous on le la les un une des ce cet cette ces son sa ses et ou mais donc car
  a i
  lundi mardi mercredi jeudi vendredi samedi dimanche
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
`);

/**
 * Lower-case words that follow "mme"/"monsieur" in a sentence about someone rather than a name:
 * function words and the verbs and adjectives of a care situation ("madame souhaite rentrer").
 */
const LOWERCASE_NOT_NAMES = wordSet(`
  le la les l un une des de du d au aux a en dans sur sous pour par avec sans chez vers et ou mais donc car ni
  qui que quoi dont ou y il elle ils elles on se s ne n pas plus moins tres bien aussi deja encore toujours jamais
  ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs lui eux
  est etait sera serait a avait aura aurait ont va vont vient viendra veut voudrait souhaite souhaiterait aimerait
  doit devrait peut pourrait sait fait dit dort mange boit marche parle tousse tombe chute sort sortira rentre
  rentrera part partira reste restera revient arrive attend demande refuse accepte necessite presente habite
  vit vivait decede decedee hospitalise hospitalisee suivi suivie age agee seul seule atteint atteinte sortant
  sortante diabetique dement demente grabataire alitee alite confus confuse agite agitee douloureux douloureuse
  president presidente directeur directrice maire ministre docteur professeur
  madame mademoiselle monsieur mme mlle melle mr mrs ms
  bonjour bonsoir merci svp stp
  the an and or of to in on at for with from is was has have had will would can could should his her he she
  they it this that who which
`);

/**
 * Lower-case words that follow "patient(e)" or "mme" to describe a person, not to name them: the
 * adjectives, states, diseases and time words of a care situation, French and English ("patient
 * grabataire", "patiente algique", "patient sla", "patient demain"). Words with an adjective's or
 * participle's ending need not be listed (see ADJECTIVE_ENDING).
 */
const DESCRIBING = wordSet(`
  jeune vieux vieille seul seule seuls isole isolee complexe fragile stable instable lucide conscient
  consciente inconscient inconsciente autonome dependant dependante valide obese mourant mourante confus confuse
  grabataire denutri denutrie dement demente atteint atteinte porteur porteuse fumeur fumeuse suivi suivie
  sorti sortie sortis parti partie connu connue inconnu inconnue nouveau nouvel nouvelle ancien ancienne
  precedent suivant meme autre autres dernier derniere premier premiere second seconde deuxieme troisieme
  tres trop assez peu vraiment souvent parfois actuellement rapidement bientot maintenant ici la-bas
  hier demain aujourd ce soir matin nuit cet apres avant depuis pendant entre selon comme jusqu des
  lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois an ans age
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  parkinsonien parkinsonienne cancer diabete mucoviscidose cardiaque renal renale hepatique insuffisant
  insuffisante oxygenodependant oxygenodependante fin soins domicile homme femme enfant adulte mineur majeur
  souffre pleure crie respire semble parait pese desature vomit saigne delire decline decompense recupere
  progresse evolue commence continue garde prend recoit beneficie passe revient repart sera serait etait
  hopital clinique service unite centre maison residence institut cabinet pharmacie formation soiree reunion
  equipe association reseau structure demande question message dossier
  sdf lambda type standard moyen moyenne lourd lourde difficile calme triste faible maigre aigu aigue sourd
  sourde aveugle muet muette entier russe arabe turc turque anglais anglaise etranger etrangere chinois chinoise
  portugais portugaise polonais polonaise allemand allemande espagnol espagnole italien africain africaine
  perdu perdue egare egaree desoriente desorientee agite agitee alite alitee hospitalise hospitalisee
  decede decedee opere operee ampute amputee fatigue fatiguee epuise epuisee angoisse angoissee deprime deprimee
  transport transfert retour accueil admission entree
  ok svp stp
  alone elderly frail lonely sick ill old young bedridden housebound transfer discharge referral
  in at is are was were be been with to who whose lives goes can cannot will would shall may might must should
  could does did do has had have needs need care died dies wants refuses prefers sleeps eats feels seems says
  asks wishes went came got gets became stays returns left passed fell falls requires remains received receives
  takes took uses used suffers presents reports complains started stopped continues handed keeps leaves near
  as tomorrow today yesterday so on no next here there from data after before without about like
  and or of for the a an my your his her their this that but
`);

/**
 * Endings of adjectives and participles ("hospitalisé", "diabétique", "palliatif", "douloureux",
 * "mourant", "grabataire", "autonome"): a lower-case word ending so is not taken for a surname.
 */
const ADJECTIVE_ENDING =
  /(?:ée?s?|ique|iques|if|ive|ifs|ives|eux|euse|euses|ant|ante|ants|antes|aire|aires|able|ables|ible|ibles|ment|iste|istes|ienne|iennes|ation|phone|ing)$/u;

/** Professional words: a civility right after one names a colleague, not a patient ("l'IDE Mme Roy"). */
const PROFESSIONAL = wordSet(`
  collegue collegues confrere consoeur consoeurs confreres dr docteur pr professeur
  medecin medecins generaliste mt specialiste infirmier infirmiere infirmieres ide idel idec
  kine kinesitherapeute pharmacien pharmacienne preparatrice preparateur
  coordinateur coordinatrice coordo cadre secretaire secretariat directeur directrice president presidente
  psychologue psy ergotherapeute orthophoniste dieteticien dieteticienne sage-femme aide-soignant aide-soignante
  assistant assistante sociale social colleague nurse doctor gp pharmacist coordinator
`);

/** Whether `folded` cannot be a name word; a lower-case word is also checked against the capitalised list ("had"). */
export const isNameStopWord = (folded: string, lowerCase: boolean): boolean =>
  CAPITALISED_NOT_NAMES.has(folded) || (lowerCase && (LOWERCASE_NOT_NAMES.has(folded) || DESCRIBING.has(folded)));

/** A lower-case word that may be a surname: not a word of the sentence, nor an adjective by its ending. */
export const isSurnameLike = (word: string): boolean =>
  !isNameStopWord(fold(word), true) && !ADJECTIVE_ENDING.test(word.toLowerCase());

export const isProfessionalWord = (folded: string): boolean => PROFESSIONAL.has(folded);
