import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifestCommands } from "../../src/channels/slack/slack-manifest.ts";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { kudosFeature } from "../fixtures/kudos/index.ts";
import { clickFrom, commandFrom, textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");

/**
 * The recipe of CONTRIBUTING.md: a feature is one folder (test/fixtures/kudos) and one line in the list
 * of installed features. Nothing else is edited, and it shows up everywhere features are described.
 */
describe("adding a feature with one folder and one line", () => {
  const installed = [...features, kudosFeature]; // the one line
  let t: TestBot;
  beforeEach(async () => {
    const classifier = new ScriptedClassifier({
      "bravo à l'équipe": { intent: "kudos.send", score: 0.95 },
      aide: { intent: "help", score: 0.99 },
    });
    t = await createTestBot({ features: installed, classifier });
    await seedDemoMembers(t.services);
  });
  afterEach(() => t.close());

  it("lists its help line, its command among the commands, and its command in the Slack manifest", async () => {
    expect(plain(await t.handle(textFrom("gp", "aide")))).toContain(
      "Remercier un bénévole : « bravo à l'équipe », /bravo <prénom>",
    );
    expect(plain(await t.handle(commandFrom("gp", "inconnue", "")))).toMatch(/Commandes disponibles : .*\/bravo/);
    const manifest = manifestCommands(t.registry, t.registry.messages, "fr");
    expect(manifest).toContainEqual({
      command: "/bravo",
      description: "Remercier un bénévole",
      usage_hint: "<prénom>",
      should_escape: false,
    });
  });

  it("answers its intent, its command and its button, whose job sends to its audience", async () => {
    const [offer] = await t.handle(textFrom("coordinator", "bravo à l'équipe"));
    expect(replyToPlainText(offer!)).toBe("Voulez-vous remercier les bénévoles de la semaine ?\n[Merci à eux]");
    expect(plain(await t.handle(commandFrom("gp", "bravo", "Inès")))).toBe("Bravo Inès !");
    expect(plain(await t.handle(clickFrom("gp", offer!.buttons![0]!.actionId)))).toMatch(/réservée/);

    const [thanked] = await t.handle(clickFrom("coordinator", offer!.buttons![0]!.actionId));
    expect(thanked).toMatchObject({ replaceOriginal: true });
    await t.scheduler.tick();
    const toVolunteers = t.channel.direct.map((d) => `${d.target.externalUserId}: ${plain(d.replies)}`);
    expect(toVolunteers).toEqual(["volunteer: Merci Inès Garnier pour votre engagement cette semaine."]);
  });
});
