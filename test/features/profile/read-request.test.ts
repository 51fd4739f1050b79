import { beforeAll, describe, expect, it } from "vitest";
import { loadMemberVocabulary } from "../../../src/core/members/member-vocabulary.ts";
import type { OwnProfile } from "../../../src/features/profile/own-profile.ts";
import { type ProfileRequest, type RequestReader, readerFor } from "../../../src/features/profile/read-request.ts";
import { CONTENT_DIR } from "../../../src/paths.ts";

const profile = (overrides: Partial<OwnProfile> = {}): OwnProfile => ({
  id: 1,
  displayName: "Inès",
  profession: "nurse",
  email: null,
  phone: null,
  communes: [],
  skills: [],
  motivations: [],
  motivationNote: null,
  availability: { slots: [] },
  quietHours: null,
  locale: null,
  preferredChannel: null,
  isVolunteer: true,
  ...overrides,
});

describe("reading a profile sentence", () => {
  let reader: RequestReader;
  const read = (text: string, held: Partial<OwnProfile> = {}): ProfileRequest => reader.read(text, [], profile(held));
  beforeAll(async () => {
    reader = readerFor(await loadMemberVocabulary(CONTENT_DIR));
  });

  it.each([
    ["mes compétences : soins palliatifs, douleur", { add: { skill: ["soins_palliatifs", "douleur"] } }],
    ["mes competences: soins palliatifs et douleur", { add: { skill: ["soins_palliatifs", "douleur"] } }],
    ["je sais animer un groupe", { add: { skill: ["animation_de_groupe"] } }],
    ["j'aimerais faire de la formation des pairs", { add: { motivation: ["formation_des_pairs"] } }],
    ["je suis dispo le week-end", { add: { slot: ["weekend"] } }],
    ["plutôt le soir en semaine", { add: { slot: ["weekday_evening"] } }],
    ["plus dispo en journée", { remove: { slot: ["daytime"] } }],
    ["pas le week-end", { remove: { slot: ["weekend"] } }],
    ["je ne fais plus de soins palliatifs", { remove: { skill: ["soins_palliatifs"] } }],
    ["retire douleur de mes compétences", { remove: { skill: ["douleur"] } }],
    ["4 heures par mois max", { hoursPerMonth: 4 }],
    ["2h/mois", { hoursPerMonth: 2 }],
    ["pas de message avant 9h", { quietHours: { end: "09:00" } }],
    ["pas de messages après 20h30", { quietHours: { start: "20:30" } }],
    ["tranquille entre 21h et 8h", { quietHours: { start: "21:00", end: "08:00" } }],
    ["no messages after 8pm please", { quietHours: { start: "20:00" } }],
    ["plus d'heures calmes", { quietHours: null }],
    ["parle-moi en anglais", { locale: "en" }],
    ["reply in French please", { locale: "fr" }],
    ["mon numéro pro c'est le 01 99 00 12 34", { phone: "01 99 00 12 34" }],
    ["my skills: palliative care, pain", { add: { skill: ["soins_palliatifs", "douleur"] } }],
    ["I'd like to do peer training", { add: { motivation: ["formation_des_pairs"] } }],
    ["I'm available at weekends", { add: { slot: ["weekend"] } }],
    ["je suis dispo le week-end mais plus en journée", { add: { slot: ["weekend"] }, remove: { slot: ["daytime"] } }],
  ])("« %s »", (text, edit) => {
    expect(read(text).edit).toEqual(edit);
  });

  it("makes « que le week-end » the only slot, removing the others held", () => {
    expect(read("je ne suis dispo que le week-end", { availability: { slots: ["daytime", "weekend"] } }).edit).toEqual({
      add: { slot: ["weekend"] },
      remove: { slot: ["daytime"] },
    });
  });

  it("decides a value both a skill and a motivation by the cue words", () => {
    expect(read("mes compétences : communication").edit).toEqual({ add: { skill: ["communication"] } });
    expect(read("j'ai envie de faire de la communication").edit).toEqual({ add: { motivation: ["communication"] } });
  });

  it("takes such a value as a skill without a cue, and offers it as a motivation too", () => {
    const request = read("communication");
    expect(request.edit).toEqual({ add: { skill: ["communication"] } });
    expect(request.alsoMotivations).toEqual(["communication"]);
  });

  it("suggests the closest values for one it does not know, and drops nothing", () => {
    const request = read("mes compétences : soins paliatifs, astrophysique");
    expect(request.edit).toEqual({});
    expect(request.unknown).toEqual([
      { written: "soins paliatifs", suggestions: [{ part: "skill", key: "soins_palliatifs" }] },
      { written: "astrophysique", suggestions: [] },
    ]);
  });

  it("notices an e-mail change, which is not made in chat", () => {
    expect(read("change mon adresse mail").email).toBe(true);
  });
});
