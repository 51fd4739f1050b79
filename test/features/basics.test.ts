import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { clickFrom, textFrom } from "../support/events.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");

/** Conversations with the installed features and the trained model, as the GP persona. */
describe("conversation basics", () => {
  let t: TestBot;
  const gp = (text: string) => t.handle(textFrom("gp", text));
  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained" });
    await seedDemoMembers(t.services);
  });
  afterAll(() => t.close());

  it.each(["bonjour", "bjr", "Bonjour !", "salut"])("greets a known member by name in French: %s", async (text) => {
    const answer = plain(await gp(text));
    expect(answer).toMatch(/Dr Claire Martin/);
    expect(answer).toMatch(/Que puis-je faire pour vous \?/);
  });

  it.each(["hello", "hi there", "good morning"])("greets in English when written to in English: %s", async (text) => {
    expect(plain(await gp(text))).toMatch(/What can I do for you\?/);
  });

  it.each(["aide", "que sais-tu faire ?", "comment ça marche"])(
    "explains what it can do, in French: %s",
    async (text) => {
      expect(plain(await gp(text))).toMatch(/^Voici ce que je sais faire pour vous :/);
    },
  );

  it.each(["help", "what can you do?"])("explains what it can do, in English: %s", async (text) => {
    expect(plain(await gp(text))).toMatch(/^Here is what I can do for you:/);
  });

  it("thanks back", async () => {
    expect(plain(await gp("merci beaucoup"))).not.toMatch(/pas sûr|assistant du réseau de santé : je réponds/);
  });

  it("opens the help from the greeting's button", async () => {
    const [greeting] = await gp("bonjour");
    const help = await t.handle(clickFrom("gp", greeting!.buttons![0]!.actionId));
    expect(plain(help)).toMatch(/^Voici ce que je sais faire pour vous :/);
  });

  it("answers an out-of-scope message with what it is for, without guessing", async () => {
    expect(plain(await gp("quel temps fait-il demain à Paris ?"))).toMatch(/assistant du réseau de santé/);
  });

  it("greets an unknown user without pretending to know their name", async () => {
    const answer = plain(await t.handle(textFrom("U-NEW", "bonjour", { sender: { displayName: "" } })));
    expect(answer).toMatch(/^Bonjour !/);
  });
});
