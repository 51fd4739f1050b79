import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabelled, type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { DISCORD_DEMO } from "../../support/fake-discord/index.ts";

const { gp } = DISCORD_DEMO;

/** Discord conversations end to end: the real discord.js client against a local Discord-compatible server. */
describe("the Discord channel", () => {
  let h: DiscordHarness;
  const dm = () => h.fake.dmChannel(gp);

  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(() => h.stop());

  it("answers a DM question with the resources of the commune", async () => {
    h.fake.dm(gp, "besoin d'une HAD à Vitry");
    const answer = await h.fake.waitForMessage(dm(), (m) => m.content.includes("Vitry-sur-Seine"));
    expect(answer.content).toMatch(/\*\*Hospitalisation à domicile \(HAD\)\*\* pour \*\*Vitry-sur-Seine\*\*/);
    expect(answer.content).toMatch(/couvre Vitry-sur-Seine/);
  });
});
