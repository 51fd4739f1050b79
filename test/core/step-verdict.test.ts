import { describe, expect, it } from "vitest";
import type { EntityMatch, NluResult } from "../../src/core/nlu-port.ts";
import { isBareAnswer, stepVerdict } from "../../src/core/step-verdict.ts";

/** The commune entity of "Ivry" where the text has it. */
const commune = (text: string): EntityMatch[] => {
  const start = text.indexOf("Ivry");
  return [{ value: "94041", text: "Ivry", start, end: start + "Ivry".length }];
};
const nlu = (intent: string, score: number, entities: Record<string, EntityMatch[]> = {}): NluResult => ({
  locale: "fr",
  localeSure: true,
  intent,
  score,
  alternatives: [],
  entities,
});
const asksCommune = { entities: ["commune"], intents: ["orientation.resource"] };

describe("does a message answer the pending step?", () => {
  it.each(["Ivry", "à Ivry", "pour Ivry svp", "Ivry, merci"])("reads « %s » as just the answer", (text) => {
    expect(isBareAnswer(text, { commune: commune(text) }, ["commune"])).toBe(true);
  });

  it.each(["prochaines formations à Ivry", "le patient habite à Ivry"])(
    "reads « %s » as more than the answer",
    (text) => {
      expect(isBareAnswer(text, { commune: commune(text) }, ["commune"])).toBe(false);
    },
  );

  it("lets a bare answer through whatever the classifier thinks of it", () => {
    expect(stepVerdict(asksCommune, nlu("network.contact", 0.95, { commune: commune("Ivry") }), "Ivry", 0.7)).toBe(
      "answer",
    );
  });

  it("sees a confident message of another intent as the member moving on", () => {
    expect(stepVerdict(asksCommune, nlu("training.upcoming", 0.99), "prochaines formations", 0.7)).toBe("moved-on");
    const elsewhere = "prochaines formations à Ivry";
    expect(
      stepVerdict(asksCommune, nlu("training.upcoming", 0.9, { commune: commune(elsewhere) }), elsewhere, 0.7),
    ).toBe("moved-on");
  });

  it("gives the step a new request of its own kind, an unsure message and a confident « None »", () => {
    expect(stepVerdict(asksCommune, nlu("orientation.resource", 0.99), "une HAD à Ivry plutôt", 0.7)).toBe("answer");
    expect(stepVerdict(asksCommune, nlu("training.upcoming", 0.4), "hmm je sais pas", 0.7)).toBe("answer");
    expect(stepVerdict(asksCommune, nlu("None", 0.9), "quel temps fait-il", 0.7)).toBe("answer");
  });

  it("takes the step's short fixed answers, ignoring case and punctuation", () => {
    const confirm = { answers: ["oui", "non"] };
    expect(stepVerdict(confirm, nlu("thanks", 0.95), "Oui !", 0.7)).toBe("answer");
    expect(stepVerdict(confirm, nlu("thanks", 0.95), "oui merci beaucoup", 0.7)).toBe("moved-on");
  });

  it("gives a step that takes any text (an announcement being written) whatever the member writes", () => {
    const writing = { anyText: true };
    expect(stepVerdict(writing, nlu("training.upcoming", 0.99), "La soirée du 12 est reportée au 19", 0.7)).toBe(
      "answer",
    );
  });
});
