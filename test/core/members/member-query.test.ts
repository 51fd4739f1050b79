import { beforeAll, describe, expect, it } from "vitest";
import { parseMemberQuery, queryToken, tokenText } from "../../../src/core/members/member-query.ts";
import { CommuneVocabulary } from "../../../src/core/vocabulary/commune-vocabulary.ts";
import type { MemberFileContext } from "../../../src/features/members/member-file/index.ts";
import { loadMemberContext } from "../../features/members/member-fixtures.ts";

let context: MemberFileContext;
beforeAll(async () => {
  context = await loadMemberContext();
});

const parse = (text: string) => parseMemberQuery(text, context.vocabulary, new CommuneVocabulary(context.territory));

describe("reading a search for members", () => {
  it.each([
    ["les infirmières de Vitry", { professions: ["nurse"], communes: ["94081"] }],
    ["nurses in Ivry", { professions: ["nurse"], communes: ["94041"] }],
    [
      "les médecins généralistes de Vitry et d’Ivry",
      { professions: ["general_practitioner"], communes: ["94081", "94041"] },
    ],
    ["médecins généralistes", { professions: ["general_practitioner"] }],
    ["MG L'Haÿ-les-Roses", { professions: ["general_practitioner"], communes: ["94038"] }],
    ["vice-présidente", { roles: ["board_vice_president"] }],
    ["membre du bureau", { roles: ["board_member"] }],
    ["trésorière secrétaire générale", { roles: ["board_treasurer", "board_secretary"] }],
    ["sympathisants ETP", { roles: ["volunteer"], skills: ["education_therapeutique"] }],
    ["recherche clinique", { motivations: ["recherche_clinique"] }],
    ["inactifs", { status: "inactive" }],
    ["Claire Martin", { words: ["claire", "martin"] }],
  ])("reads « %s »", (text, expected) => {
    expect(parse(text)).toEqual({
      roles: [],
      professions: [],
      communes: [],
      skills: [],
      motivations: [],
      words: [],
      ...expected,
    });
  });

  it("reads « bureau » as every board position", () => {
    expect(parse("bureau").roles).toEqual([
      "board_president",
      "board_vice_president",
      "board_treasurer",
      "board_secretary",
      "board_member",
    ]);
  });

  it("reads a search the same once carried by a button", () => {
    for (const text of ["les infirmières de L'Haÿ-les-Roses", "membre du bureau", "Dr Hélène", "vice-présidente"]) {
      expect(parse(tokenText(queryToken(text)))).toEqual(parse(text));
    }
  });
});
