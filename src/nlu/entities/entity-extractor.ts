import type { Locale } from "../../core/locale.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import type { ResourceTypes } from "../../core/vocabulary/resource-types.ts";
import type { Territory } from "../../core/vocabulary/territory.ts";
import { findDurations } from "../../util/durations.ts";
import { blank } from "../../util/text-spans.ts";
import { tokenize } from "../normalize.ts";
import { CommuneRecognizer } from "./communes.ts";
import { DateRecognizer } from "./dates.ts";
import { ENTITY_KINDS, type Entities, type EntityKind } from "./entity-kinds.ts";
import { findMissionNumbers } from "./mission-numbers.ts";
import { ResourceTypeRecognizer, resourceTypeWords } from "./resource-types.ts";

export interface EntityExtractorOptions {
  territory: Territory;
  resourceTypes: ResourceTypes;
  /** IANA zone for dates. Default Europe/Paris. */
  timezone?: string;
  now?: () => Date;
}

/** What the extractor found, and the language it decided the message is in. */
export interface Extraction {
  locale: Locale;
  entities: Entities;
  /** The text the language was detected on: the message with communes and mission numbers blanked. */
  languageText: string;
}

/**
 * Runs every recogniser over a message. Communes and mission numbers do not depend on the language;
 * they are blanked out before `detectLocale` sees the text (a commune name says nothing of the
 * language), and resource types and dates are then read in that language. Durations ("2h30", "deux
 * heures", "90 min") are read in both languages at once: their words never collide.
 */
export class EntityExtractor {
  private readonly communes: CommuneRecognizer;
  private readonly resourceTypes: ResourceTypeRecognizer;
  private readonly dates: DateRecognizer;

  constructor(options: EntityExtractorOptions) {
    const resourceWords = resourceTypeWords(options.resourceTypes);
    this.communes = new CommuneRecognizer(options.territory, resourceWords);
    this.resourceTypes = new ResourceTypeRecognizer(options.resourceTypes);
    this.dates = new DateRecognizer({
      timezone: options.timezone ?? "Europe/Paris",
      now: options.now ?? (() => new Date()),
    });
  }

  extract(text: string, detectLocale: (text: string) => Locale): Extraction {
    const tokens = tokenize(text);
    const { commune, missionNumber, languageText } = this.languageIndependent(text, tokens);
    const locale = detectLocale(languageText);
    const resourceType = this.resourceTypes.find(text, tokens, locale);
    const duration = findDurations(text, [...commune, ...missionNumber, ...resourceType]);
    const date = this.dates.find(text, locale, [...commune, ...missionNumber, ...resourceType, ...duration]);
    return { locale, entities: { commune, resourceType, missionNumber, date, duration }, languageText };
  }

  /** The text language detection reads: communes and mission numbers blanked. Cheap: no dates. */
  languageText(text: string): string {
    return this.languageIndependent(text, tokenize(text)).languageText;
  }

  private languageIndependent(text: string, tokens: ReturnType<typeof tokenize>) {
    const commune = this.communes.find(text, tokens);
    const missionNumber = findMissionNumbers(text);
    return { commune, missionNumber, languageText: blank(text, [...commune, ...missionNumber]) };
  }
}

/** The word that stands for an entity of `kind` in masked text. */
const placeholderOf = (kind: EntityKind): string => `entity${kind.toLowerCase()}`;

/**
 * What stands for one entity: its kind's placeholder, and for a resource type also a word naming the
 * type (`typedac`, `typeassistantsocial`). The model still learns "a request names a resource type"
 * from the shared placeholder, and can tell which one when it matters: here the DAC (ex-PTA) is the
 * network's own platform, so "le numéro du DAC" asks for the network's number while "le numéro de
 * l'EMSP" asks for another structure's. Dates, durations, communes and mission numbers stay anonymous.
 */
function standIn(kind: EntityKind, match: EntityMatch): string {
  const placeholder = placeholderOf(kind);
  return kind === "resourceType" ? `${placeholder} type${match.value.replace(/[^a-z0-9]/g, "")}` : placeholder;
}

/**
 * Replaces each entity of `kinds` by the words standing for it, so the intent model learns "asks for
 * a resource in a commune" rather than "asks about Vitry": "besoin d'une HAD à Vitry" becomes
 * "besoin d'une entityresourcetype typehad à entitycommune".
 */
export function maskEntities(text: string, entities: Entities, kinds: readonly EntityKind[] = ENTITY_KINDS): string {
  const spans = kinds
    .flatMap((kind) => entities[kind].map((match) => ({ kind, match })))
    .sort((a, b) => a.match.start - b.match.start);
  let masked = "";
  let at = 0;
  for (const { kind, match } of spans) {
    if (match.start < at) continue; // overlaps an entity already masked
    masked += `${text.slice(at, match.start)} ${standIn(kind, match)} `;
    at = match.end;
  }
  return masked + text.slice(at);
}
