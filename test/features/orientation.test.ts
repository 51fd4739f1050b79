import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityMatch } from "../../src/core/nlu-port.ts";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { coordinationFeature } from "../../src/features/coordination/index.ts";
import { orientationFeature } from "../../src/features/orientation/index.ts";
import { clickFrom, textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []);
const entity = (value: string): EntityMatch[] => [{ value, text: value, start: 0, end: 0 }];

const classifier = new ScriptedClassifier({
  "un ssiad à Vitry": {
    intent: "orientation.resource",
    score: 0.9,
    entities: { resourceType: entity("ssiad"), commune: entity("94081") },
  },
  "qui appeler à Cachan ?": { intent: "orientation.resource", score: 0.9, entities: { commune: entity("94016") } },
  "un psychologue": { intent: "orientation.resource", score: 0.9, entities: { resourceType: entity("psychologue") } },
  "une assistante sociale": {
    intent: "orientation.resource",
    score: 0.85,
    entities: { resourceType: entity("assistant_social") },
  },
  Paris: { intent: "None", score: 0.5 },
  Ivry: { intent: "None", score: 0.2, entities: { commune: entity("94041") } },
  "prochaines formations": { intent: "training.upcoming", score: 0.95 },
  "comment gérer une dyspnée en fin de vie": { intent: "clinical.question", score: 0.9 },
});

describe("orientation conversations", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await createTestBot({ features: [orientationFeature, coordinationFeature], classifier });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it("shows three resources at most, the rest behind a 'more' button that continues the list", async () => {
    const first = await t.handle(textFrom("gp", "un ssiad à Vitry")); // six SSIADs around Vitry in the demo
    const more = buttons(first).find((b) => b.label.startsWith("Plus de résultats"));
    const shown = (replies: Reply[]) =>
      plain(replies)
        .split("\n")
        .filter((line) => / — (couvre|commune voisine)/.test(line));
    expect(shown(first)).toHaveLength(3);
    expect(more!.label).toBe("Plus de résultats (3)");
    const next = await t.handle(clickFrom("gp", more!.actionId));
    expect(shown(next)).toHaveLength(3);
    expect(shown(next).some((line) => shown(first).includes(line))).toBe(false);
    expect(buttons(next)).toEqual([]);
  });

  it("asks for the type of resource when only the commune is given, offering what exists there", async () => {
    const question = await t.handle(textFrom("gp", "qui appeler à Cachan ?"));
    expect(plain(question)).toMatch(/Quel type de ressource cherchez-vous \?/);
    const had = buttons(question).find((b) => b.label.startsWith("Hospitalisation à domicile"))!;
    expect(plain(await t.handle(clickFrom("gp", had.actionId)))).toMatch(
      /^Hospitalisation à domicile \(HAD\) pour Cachan :/,
    );
  });

  it("asks the commune again, saying why, when the answer is not one of the network's", async () => {
    await t.handle(textFrom("board", "un psychologue"));
    expect(plain(await t.handle(textFrom("board", "Paris")))).toMatch(
      /^Je ne trouve pas cette commune parmi les 16 communes du réseau\.\nDans quelle commune/,
    );
    expect(plain(await t.handle(textFrom("board", "Ivry")))).toMatch(/pour Ivry-sur-Seine :/);
  });

  it("lets the member move on to another question while a commune is asked", async () => {
    await t.handle(textFrom("volunteer", "une assistante sociale"));
    expect(plain(await t.handle(textFrom("volunteer", "prochaines formations")))).not.toMatch(/commune/);
  });

  it("asks the patient's commune for a clinical question from someone without a commune of practice", async () => {
    const answer = plain(await t.handle(textFrom("director", "comment gérer une dyspnée en fin de vie")));
    expect(answer).toMatch(/^Je ne donne pas d'avis médical[\s\S]*Dans quelle commune vit le patient \?/);
    expect(plain(await t.handle(textFrom("director", "Ivry")))).toMatch(
      /^Équipe mobile de soins palliatifs \(EMSP\) pour Ivry-sur-Seine :/,
    );
  });
});
