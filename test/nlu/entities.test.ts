import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/locale.ts";
import { loadTerritory } from "../../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes, ResourceTypes } from "../../src/core/vocabulary/resource-types.ts";
import { Territory } from "../../src/core/vocabulary/territory.ts";
import { EntityExtractor, maskEntities } from "../../src/nlu/entities/entity-extractor.ts";
import type { EntityKind } from "../../src/nlu/entities/entity-kinds.ts";
import { readableEntities, readableValue } from "../../src/nlu/entities/readable-values.ts";
import { INTENTS_DIR } from "../../src/paths.ts";

// Monday 23 November 2026, 11:00 in Paris.
const NOW = new Date("2026-11-23T10:00:00Z");

let extractor: EntityExtractor;
let territory: Territory;
beforeAll(async () => {
  let resourceTypes: ResourceTypes;
  [territory, resourceTypes] = await Promise.all([loadTerritory(INTENTS_DIR), loadResourceTypes(INTENTS_DIR)]);
  extractor = new EntityExtractor({ territory, resourceTypes, timezone: "Europe/Paris", now: () => NOW });
});

const found = (kind: EntityKind, text: string, locale: Locale = "fr") =>
  extractor.extract(text, () => locale).entities[kind].map((m) => m.value);

describe("communes", () => {
  it.each([
    ["KB", "94043"],
    ["le KB", "94043"],
    ["vitry", "94081"],
    ["VITRY SUR SEINE", "94081"],
    ["94400", "94081"],
    ["Chevily-Larue", "94021"],
    ["chevilly la rue", "94021"],
    ["Vitri", "94081"],
    ["Chevily", "94021"],
    ["L'Haÿ-les-Roses", "94038"],
    ["lhay les roses", "94038"],
    ["Le Kremlin-Bicêtre", "94043"],
    ["kremlin bicetre", "94043"],
    ["Arcueuil", "94003"],
    ["vitri", "94081"],
    ["ivry s/ seine", "94041"],
    ["VJ", "94076"],
    ["l'hay", "94038"],
    ["Lhay les roses", "94038"],
    ["LHLR", "94038"],
    ["chevilly", "94021"],
    ["Tiais", "94073"],
    ["choisy le roi", "94022"],
    ["Villeneuve-le-Roi", "94077"],
    ["VLR", "94077"],
    ["ablon", "94001"],
    ["Ablon sur Seine", "94001"],
    ["94480", "94001"],
    ["94800", "94076"],
    ["Gentily", "94037"],
    ["Rungis", "94065"],
  ])("reads %s as commune %s", (text, code) => {
    expect(found("commune", text)).toEqual([code]);
  });

  it("keeps the longest match and reports where it is", () => {
    const [match] = extractor.extract("besoin d'une HAD à Vitry-sur-Seine svp", () => "fr").entities.commune;
    expect(match).toEqual({ value: "94081", text: "Vitry-sur-Seine", start: 19, end: 34 });
  });

  it("finds several communes in one message", () => {
    expect(found("commune", "je couvre Ivry, Thiais et le 94600")).toEqual(["94041", "94073", "94022"]);
  });

  it.each([
    "entorse de la cheville",
    "accueil de jour",
    "merci t'es gentille",
    "c'est gentil",
    "j'ai choisi",
    "une vitre cassée",
    "in vitro",
    "en cachant",
    "Thaïs est dispo",
    "hello",
    "thanks a lot",
    "bonjour à tous",
  ])("sees no commune in %s", (text) => {
    expect(found("commune", text)).toEqual([]);
  });
});

describe("resource types", () => {
  it.each([
    ["besoin d'une HAD à Vitry", "fr", "had"],
    ["une had pour mon patient", "fr", "had"],
    ["soins palliatifs", "fr", "emsp"],
    ["l'équipe mobile de soins paliatifs", "fr", "emsp"],
    ["who do I call for palliative care", "en", "emsp"],
    ["le CLIC de Thiais", "fr", "clic"],
    ["le DAC", "fr", "dac"],
    ["ex-MAIA", "fr", "dac"],
    ["un SSIAD", "fr", "ssiad"],
    ["aide à domicile", "fr", "saad"],
    ["un psy", "fr", "psychologue"],
    ["l'assistante sociale", "fr", "assistant_social"],
    ["appeler l'AS", "fr", "assistant_social"],
    ["consultation douleur", "fr", "douleur"],
    ["le CETD", "fr", "douleur"],
    ["HDJ", "fr", "hopital_de_jour"],
    ["un peu de répit", "fr", "repit"],
    ["accueil de jour", "fr", "accueil_de_jour"],
    ["la CPTS", "fr", "cpts"],
    ["equipe mobile soins pal", "fr", "emsp"],
    ["un patient en soins pall", "fr", "emsp"],
    ["l'équipe mobile palliative", "fr", "emsp"],
    ["des infirmières à domicile", "fr", "idel"],
    ["infirmiers a domicile", "fr", "idel"],
    ["des aides-soignantes à domicile", "fr", "ssiad"],
    ["aide soignant a domicile", "fr", "ssiad"],
    ["une aide à dom", "fr", "saad"],
    ["auxiliaire de vie sociale", "fr", "saad"],
    ["consult douleur", "fr", "douleur"],
    ["centre antidouleur", "fr", "douleur"],
    ["l'assistante soc", "fr", "assistant_social"],
    ["hosp à dom", "fr", "had"],
    ["ssiad sur KB", "fr", "ssiad"],
    ["contact cpts villejuif", "en", "cpts"],
    ["which ssiad covers Thiais", "en", "ssiad"],
    ["number of the HAD for Choisy", "en", "had"],
    ["home hospital care", "en", "had"],
    ["nurses at home", "en", "idel"],
    ["end of life at home", "en", "emsp"],
  ] as const)("reads %s as %s resource type %s", (text, locale, type) => {
    expect(found("resourceType", text, locale)).toEqual([type]);
  });

  it.each([
    ["I had a call from the nurse", "en"],
    ["tu as vu mon message ?", "fr"],
    ["dac merci", "fr"],
    ["douleur au genou", "fr"],
    ["we had a meeting", "en"],
    ["Maïa est en congé", "fr"],
    ["aide-moi stp", "fr"],
  ] as const)("sees no resource type in %s", (text, locale) => {
    expect(found("resourceType", text, locale)).toEqual([]);
  });
});

describe("readable values", () => {
  it("name communes and keep resource type keys, for people reading the CLI's JSON", () => {
    const { entities } = extractor.extract("ssiad sur le KB ou à Vitry ?", () => "fr");
    expect(readableEntities(territory, entities)).toEqual({
      commune: ["Le Kremlin-Bicêtre", "Vitry-sur-Seine"],
      resourceType: ["ssiad"],
    });
  });

  it("leave a commune value that is not a known code as it is", () => {
    expect(readableValue(territory)("commune", "Paris")).toBe("Paris");
    expect(readableValue(territory)("commune", "94081")).toBe("Vitry-sur-Seine");
  });
});

describe("mission numbers", () => {
  it.each(["mission 12", "mission n°12", "la mission #12", "#12", "Mission N° 12", "mission number 12", "mission 012"])(
    "reads %s as 12",
    (text) => {
      expect(found("missionNumber", text)).toEqual(["12"]);
    },
  );

  it("are not dates", () => {
    const { entities } = extractor.extract("je prends la mission n°12 demain", () => "fr");
    expect(entities.missionNumber.map((m) => m.value)).toEqual(["12"]);
    expect(entities.date.map((m) => m.value)).toEqual(["2026-11-24"]);
  });
});

describe("durations", () => {
  it.each([
    ["c'est fait pour la mission 3, 2h30", "150"],
    ["2 h 30", "150"],
    ["2 heures 30", "150"],
    ["1h45min", "105"],
    ["90 min", "90"],
    ["45 minutes", "45"],
    ["deux heures", "120"],
    ["une heure et demie", "90"],
    ["une demi-heure", "30"],
    ["2,5 h", "150"],
    ["2.5 hours", "150"],
    ["three hours", "180"],
    ["an hour and a half", "90"],
    ["half an hour", "30"],
    ["une mission de 3h", "180"],
    ["je peux donner 4 heures par mois", "240"],
  ])("reads %s as %s minutes", (text, minutes) => {
    expect(found("duration", text)).toEqual([minutes]);
  });

  it.each([
    "rdv à 14h",
    "après 18h",
    "de 9h à 12h",
    "samedi 9h-12h",
    "joignable 24h/24",
    "at 9h",
    "rdv 18h30",
    "entre 21h et 8h",
    "entre minuit et 7h",
  ])("leaves the time of day in %s", (text) => {
    expect(found("duration", text)).toEqual([]);
  });

  it("are not mission numbers", () => {
    const { entities } = extractor.extract("mission 4 faite, 2 h 30", () => "fr");
    expect(entities.missionNumber.map((m) => m.value)).toEqual(["4"]);
    expect(entities.duration.map((m) => m.value)).toEqual(["150"]);
  });
});

describe("dates", () => {
  it.each([
    ["demain", "fr", "2026-11-24"],
    ["lundi prochain", "fr", "2026-11-30"],
    ["le 3 mars", "fr", "2027-03-03"],
    ["12/03", "fr", "2027-03-12"],
    ["tomorrow", "en", "2026-11-24"],
    ["next monday", "en", "2026-11-30"],
    // The board's deadlines and meetings (issue 11).
    ["à rendre avant le 30 juin", "fr", "2027-06-30"],
    ["file it before june 30", "en", "2027-06-30"],
    ["reporte à jeudi prochain", "fr", "2026-12-03"],
    ["the board meeting next thursday", "en", "2026-12-03"],
  ] as const)("reads %s (%s) as %s", (text, locale, day) => {
    expect(found("date", text, locale)).toEqual([day]);
  });

  it("count days in Paris, not in the server's time zone", () => {
    // 00:30 on Tuesday 24 November in Paris, still Monday in UTC.
    const late = new EntityExtractor({
      territory: new Territory([]),
      resourceTypes: new ResourceTypes({}),
      timezone: "Europe/Paris",
      now: () => new Date("2026-11-23T23:30:00Z"),
    });
    expect(late.extract("demain", () => "fr").entities.date.map((m) => m.value)).toEqual(["2026-11-25"]);
  });

  it.each([
    ["good morning", "en"],
    ["ce soir", "fr"],
    ["rdv à 8h", "fr"],
    ["sat on it", "en"],
    ["la mer", "fr"],
  ] as const)("are not read in %s", (text, locale) => {
    expect(found("date", text, locale)).toEqual([]);
  });
});

describe("masking", () => {
  it("replaces each entity by its kind, so the model learns the shape of a request", () => {
    const { entities } = extractor.extract("besoin d'une HAD à Vitry demain pour la mission 12", () => "fr");
    expect(maskEntities("besoin d'une HAD à Vitry demain pour la mission 12", entities)).toBe(
      "besoin d'une  entityresourcetype typehad  à  entitycommune   entitydate  pour la  entitymissionnumber ",
    );
  });

  it("keeps which resource type it masked, as one plain word, so the DAC can be told from another structure", () => {
    const masked = (text: string) => maskEntities(text, extractor.extract(text, () => "fr").entities);
    expect(masked("le numéro du DAC")).toBe("le numéro du  entityresourcetype typedac ");
    expect(masked("le numéro de l'EMSP")).toBe("le numéro de l' entityresourcetype typeemsp ");
    expect(masked("une assistante sociale à Ivry")).toBe(
      "une  entityresourcetype typeassistantsocial  à  entitycommune ",
    );
  });
});
