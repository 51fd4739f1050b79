// What a member asks of their profile in a sentence: « mes compétences : soins palliatifs, douleur »,
// « je suis dispo le week-end », « plus dispo en journée », « pas de message avant 9h », « j'exerce
// aussi à Ivry ». Reads clause by clause; adding is the default, a removal word in the clause removes.
import type { MemberVocabulary } from "../../core/members/member-vocabulary.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import { fold, foldedKey } from "../../util/fold.ts";
import type { OwnProfile } from "./own-profile.ts";
import type { ListPart, ProfileEdit, TagKind } from "./profile-edit.ts";
import { mentionsEmail, readHoursPerMonth, readLocale, readPhone, readQuietHours } from "./read-settings-text.ts";
import { type Spotted, sectionOf, TermSpotter } from "./spot-terms.ts";

/** A value the vocabulary does not know, with the closest keys to offer as buttons. */
export interface UnknownValue {
  written: string;
  suggestions: { part: TagKind; key: string }[];
}

export interface ProfileRequest {
  edit: ProfileEdit;
  unknown: UnknownValue[];
  /** Values both a skill and a motivation, recorded as skills for want of a cue: offered as motivations too. */
  alsoMotivations: string[];
  /** The member asked to change their e-mail, which is not done in chat. */
  email: boolean;
}

/** What the words around a value say it is. */
const SKILL_CUE =
  /\b(competences?|skills?|je sais|je saurais|sais faire|je maitrise|maitrise|je connais|connaissances?|experiences?|experimentee?|expertise|formee? (?:en|a)|specialisee?|diplomee?|i can|i know|good at|experienced|trained in|qualified|expert)\b/;
const MOTIVATION_CUE =
  /\b(motivations?|motivee?s?|aimerai[st]?|envie|voudrai[st]?|souhaite\w*|plairait|interesse\w*|passionne\w*|like to|love to|would like|keen|interested|want to|wanna|motivated|passionate|happy to)\b/;
/** A clause that takes values away: « retire », « je ne fais plus », « pas le week-end », "no longer". */
const REMOVAL =
  /\b(retire\w*|enleve\w*|supprime\w*|efface\w*|pas|sans|jamais|arrete\w*|remove|delete|drop|no longer|not|don't|dont|no more|anymore|take off|stop)\b|\b(?:n'|ne)\s?.{0,30}?\bplus\b|^\W*(?:je suis |moi )?plus\b|\bplus (?:dispo\w*|disponible\w*)\b/;
/** « je ne suis dispo que le week-end », "only at weekends": the slots named are the only ones. */
const ONLY = /\b(?:ne|n')\b.{0,30}\bque\b|\b(uniquement|seulement|only|just)\b/;
/** Where one request ends and another begins: sentences, « mais », « et j'aimerais… ». */
const CLAUSE_BREAK = /[.;!?\n]+|\s(?:mais|but)\s|,?\s(?:et|and)\s(?=j'|je |i |i'|moi )/gi;
/** Words around a value in a list: « de la formation », « un peu de ». */
const FILLER =
  /^(?:(?:la|le|les|l|de|du|des|d|en|un|une|aussi|egalement|et|the|a|an|some|and|also|too|faire|do|doing|plutot|rather)\s+)+|(?:\s+(?:aussi|egalement|also|too|svp|stp|please|merci))+$/;

/** What follows « je voudrais » when it is about the profile itself, not a value: « mettre à jour mon profil ». */
const ABOUT_THE_PROFILE =
  /\b(profil|profile|infos?|informations?|mettre a jour|modifier|changer|completer|update|edit|change|complete)\b/;

interface Clause {
  text: string;
  start: number;
  end: number;
}

function clauses(text: string): Clause[] {
  const found: Clause[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    found.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  found.push({ text: text.slice(start), start, end: text.length });
  return found.filter((c) => c.text.trim());
}

/** Reads one message: `communes` are the NLU's commune entities, positions in `text`. */
export class RequestReader {
  constructor(
    private readonly vocabulary: MemberVocabulary,
    private readonly spotter: TermSpotter,
  ) {}

  read(text: string, communes: readonly EntityMatch[], profile: OwnProfile): ProfileRequest {
    const request: ProfileRequest = { edit: {}, unknown: [], alsoMotivations: [], email: false };
    const messageCue = cueOf(fold(text));
    for (const clause of clauses(text)) {
      const inClause = communes.filter((c) => c.start >= clause.start && c.end <= clause.end);
      let own = clause.text;
      for (const c of inClause) own = blank(own, c.start - clause.start, c.end - clause.start);
      this.readClause(request, fold(own), messageCue, profile, inClause);
    }
    return request;
  }

  private readClause(
    request: ProfileRequest,
    folded: string,
    messageCue: TagKind | undefined,
    profile: OwnProfile,
    communes: readonly EntityMatch[],
  ): void {
    let rest = folded;
    const { edit } = request;
    const take = <T>(read: { value: T; rest: string } | undefined, set: (value: T) => void) => {
      if (!read) return;
      set(read.value);
      rest = read.rest;
    };
    take(readPhone(rest), (phone) => (edit.phone = phone));
    take(readHoursPerMonth(rest), (hours) => (edit.hoursPerMonth = hours));
    const quiet = readQuietHours(rest);
    take(quiet, (hours) => (edit.quietHours = hours));
    if (!quiet && mentionsEmail(rest)) request.email = true;
    take(readLocale(rest), (locale) => (edit.locale = locale));
    const mode = REMOVAL.test(rest) ? "remove" : ONLY.test(rest) ? "only" : "add";
    const cue = cueOf(rest) ?? messageCue;
    const values = new Values(edit, mode === "remove" ? "remove" : "add");
    for (const commune of communes) values.push("commune", commune.value);
    const colon = rest.indexOf(":");
    if (colon >= 0) this.readList(request, values, rest.slice(colon + 1), cue, profile);
    else this.readSentence(request, values, rest, cue, profile);
    if (mode === "only") {
      const kept = edit.add?.slot ?? [];
      for (const slot of profile.availability.slots) if (!kept.includes(slot)) push(edit, "remove", "slot", slot);
    }
  }

  /** « mes compétences : soins palliatifs, douleur » — every item is a value, known or not. */
  private readList(
    request: ProfileRequest,
    values: Values,
    list: string,
    cue: TagKind | undefined,
    profile: OwnProfile,
  ) {
    for (const item of list.split(/,|\/|\+|&|\bet\b|\band\b/)) {
      const written = foldedKey(item).replace(FILLER, "").trim();
      if (written.length < 2) continue;
      const { spotted, rest } = this.spotter.spot(written);
      const whole = spotted.length === 1 && !rest ? spotted : [];
      const found = whole.length ? whole : spotted;
      for (const term of found) this.assign(request, values, term, cue, profile);
      if (!found.length) request.unknown.push(this.unknown(written, cue));
    }
  }

  /** « je sais animer un groupe » — the terms named; with a cue and no term, what follows the cue is a value. */
  private readSentence(
    request: ProfileRequest,
    values: Values,
    clause: string,
    cue: TagKind | undefined,
    profile: OwnProfile,
  ) {
    const { spotted } = this.spotter.spot(clause);
    for (const term of spotted) this.assign(request, values, term, cue, profile);
    if (spotted.length || !cue) return;
    const match = (cue === "skill" ? SKILL_CUE : MOTIVATION_CUE).exec(clause);
    const after = match
      ? foldedKey(clause.slice(match.index + match[0].length))
          .replace(FILLER, "")
          .trim()
      : "";
    if (after.length >= 3 && after.split(" ").length <= 5 && !ABOUT_THE_PROFILE.test(after))
      request.unknown.push(this.unknown(after, cue));
  }

  private assign(
    request: ProfileRequest,
    values: Values,
    term: Spotted,
    cue: TagKind | undefined,
    profile: OwnProfile,
  ) {
    const { skill, motivation, slot } = term.keys;
    if (slot && !skill && !motivation) return values.push("slot", slot);
    if (skill && motivation) {
      if (cue) return values.push(cue, cue === "skill" ? skill : motivation);
      if (values.op === "remove") {
        // Without a cue, a removal takes the value from wherever the member holds it.
        const holds = [
          profile.motivations.includes(motivation) && "motivation",
          profile.skills.includes(skill) && "skill",
        ];
        const parts = holds.filter((p): p is TagKind => Boolean(p));
        for (const part of parts.length ? parts : (["skill"] as const))
          values.push(part, part === "skill" ? skill : motivation);
        return;
      }
      request.alsoMotivations.push(motivation);
      return values.push("skill", skill);
    }
    const part: TagKind = skill ? "skill" : "motivation";
    values.push(part, (skill ?? motivation)!);
    // The words said one thing and the vocabulary knows the value as the other: offer the closest of what was said.
    if (cue && cue !== part && values.op === "add") {
      const suggestions = this.suggest(term.form, cue).filter((s) => s.part === cue);
      if (suggestions.length) request.unknown.push({ written: term.form, suggestions });
    }
  }

  private unknown(written: string, cue: TagKind | undefined): UnknownValue {
    return { written, suggestions: this.suggest(written, cue) };
  }

  /** The closest keys: of the cued section, else of both, skills first. */
  private suggest(written: string, cue: TagKind | undefined): UnknownValue["suggestions"] {
    const parts: TagKind[] = cue ? [cue] : ["skill", "motivation"];
    return parts.flatMap((part) => {
      const resolution = sectionOf(this.vocabulary, part).resolve(written);
      const keys = resolution.ok ? [resolution.value] : resolution.closest;
      return keys.map((key) => ({ part, key }));
    });
  }
}

/** The cue words of a clause: what the member knows, or what they would like to do. */
function cueOf(folded: string): TagKind | undefined {
  const skill = SKILL_CUE.exec(folded);
  const motivation = MOTIVATION_CUE.exec(folded);
  if (skill && motivation) return skill.index <= motivation.index ? "skill" : "motivation";
  return skill ? "skill" : motivation ? "motivation" : undefined;
}

/** Values added to (or removed from) the edit for one clause. */
class Values {
  constructor(
    private readonly edit: ProfileEdit,
    readonly op: "add" | "remove",
  ) {}

  push(part: ListPart, value: string): void {
    push(this.edit, this.op, part, value);
  }
}

function push(edit: ProfileEdit, op: "add" | "remove", part: ListPart, value: string): void {
  const lists = edit[op] ?? {};
  const list = lists[part] ?? [];
  if (!list.includes(value)) list.push(value);
  lists[part] = list;
  edit[op] = lists;
}

const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + " ".repeat(end - start) + text.slice(end);

const readers = new WeakMap<MemberVocabulary, RequestReader>();

/** The reader of a vocabulary, built once (its forms sorted for spotting). */
export function readerFor(vocabulary: MemberVocabulary): RequestReader {
  const known = readers.get(vocabulary);
  if (known) return known;
  const reader = new RequestReader(vocabulary, new TermSpotter(vocabulary));
  readers.set(vocabulary, reader);
  return reader;
}
