import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabelled, buttonsOf, type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { DISCORD_DEMO } from "../../support/fake-discord/index.ts";

const { gp, coordinator } = DISCORD_DEMO;

/** Discord conversations end to end: the real discord.js client against a local Discord-compatible server. */
describe("the Discord channel", () => {
  let h: DiscordHarness;
  const dm = () => h.fake.dmChannel(gp);
  const callback = (interactionId: string) =>
    h.fake.waitFor("POST /interactions/:id/:token/callback", (c) => c.path.includes(`/${interactionId}/`));

  beforeAll(async () => {
    h = await startDiscordHarness();
    // The coordinator of the fake guild is the network's coordinator, known on Discord.
    await h.t.database.db.member.create({
      data: {
        displayName: "Paul Durand",
        status: "active",
        roles: { create: [{ role: "coordinator" }] },
        identities: {
          create: { channel: "discord", workspaceId: h.settings.guildId, externalUserId: coordinator.id },
        },
      },
    });
  });
  afterAll(() => h.stop());

  it("answers a DM question with the resources of the commune", async () => {
    h.fake.dm(gp, "besoin d'une HAD à Vitry");
    const answer = await h.fake.waitForMessage(dm(), (m) => m.content.includes("Vitry-sur-Seine"));
    expect(answer.content).toMatch(/\*\*Hospitalisation à domicile \(HAD\)\*\* pour \*\*Vitry-sur-Seine\*\*/);
    expect(answer.content).toMatch(/couvre Vitry-sur-Seine/);
  });

  it("answers a mention in the guild channel as a reply to the member's message", async () => {
    const question = h.fake.say(gp, "qui appeler pour un SSIAD à Vitry ?");
    const answer = await h.fake.waitForMessage(h.fake.config.channelId, (m) => m.content.includes("Vitry-sur-Seine"));
    expect(answer.message_reference).toMatchObject({ message_id: question.id });
  });

  it("does not answer guild messages that do not mention it", async () => {
    const before = h.fake.messages(h.fake.config.channelId).length;
    h.fake.say(gp, "la réunion est à 14 h", false);
    h.fake.dm(gp, "bonjour");
    await h.fake.waitForMessage(dm(), (m) => /Bonjour/.test(m.content));
    expect(h.fake.messages(h.fake.config.channelId)).toHaveLength(before + 1); // the member's own message
  });

  it("handles a button click: the choice shows on the clicked message and the answer follows", async () => {
    h.fake.dm(gp, "qui appeler pour des soins palliatifs à domicile ?");
    const question = await h.fake.waitForMessage(dm(), (m) => m.content.includes("Dans quelle commune"));
    const vitry = buttonLabelled(question, /Vitry-sur-Seine/);
    expect(vitry.customId).toMatch(/^orientation:commune:/); // the core's own action id
    await callback(h.fake.click(gp, question, vitry.customId));
    const clicked = h.fake.messages(dm()).find((m) => m.id === question.id)!;
    expect(clicked.content).toMatch(/✓ Vitry-sur-Seine/);
    expect(buttonsOf(clicked)).toEqual([]);
    await h.fake.waitForMessage(dm(), (m) =>
      /Équipe mobile de soins palliatifs \(EMSP\)\*\* pour \*\*Vitry/.test(m.content),
    );
  });

  it("answers /reseau in the guild channel for the member alone", async () => {
    const id = h.fake.command(gp, "reseau", { question: "aide" });
    const answer = await callback(id);
    const data = answer.body.data as { content: string; flags: number };
    expect(data.content).toMatch(/Voici ce que je sais faire pour vous/);
    expect(data.flags & 64).toBe(64); // ephemeral
  });

  it("registers the features' commands in the guild, with their own descriptions", () => {
    const commands = h.fake.registeredCommands() as { name: string; description: string }[];
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(["reseau", "lier", "delier", "comptes", "mesdonnees", "demandes", "repondre"]),
    );
    expect(commands.find((c) => c.name === "lier")?.description).toBe(
      h.t.registry.messages.format("fr", "accounts.command.link"),
    );
  });

  it("opens the coordination request as a modal and creates the request from its submission", async () => {
    h.fake.dm(gp, "j'ai besoin de la coordination pour un patient");
    const question = await h.fake.waitForMessage(dm(), (m) => m.content.includes("De quel type d'appui"));
    const formButton = buttonsOf(question).find((b) => b.customId.startsWith("=form:"))!;
    const opened = await callback(h.fake.click(gp, question, formButton.customId));
    expect(opened.body.type).toBe(9);
    const modal = opened.body.data as { custom_id: string; components: unknown[] };
    expect(modal.components).toHaveLength(5);
    h.fake.submitModal(gp, modal.custom_id, {
      summary: { text: "retour à domicile, aidant épuisé @everyone <@&1100000000000000002>" },
      need: { choice: "home_care" },
      commune: { choice: "94081" },
      urgency: { choice: "within_48h" },
      callback: { text: "" },
    });
    await h.fake.waitForMessage(dm(), (m) => /Demande \*\*n°\d+\*\* transmise/.test(m.content));
    const request = await h.t.database.db.coordinationRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(request).toMatchObject({ needType: "home_care", communeCode: "94081", sourceChannel: "discord" });
  });

  it("lets nothing it posts mention anyone: every post says so, and a member's @everyone is escaped", async () => {
    const request = await h.t.database.db.coordinationRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    // The team is told in the coordinator's DM, with the member's words.
    while ((await h.t.database.db.delivery.count({ where: { status: "pending" } })) > 0) await h.t.scheduler.tick();
    const notice = await h.fake.waitForMessage(h.fake.dmChannel(coordinator), (m) =>
      m.content.includes("aidant épuisé"),
    );
    expect(notice.content).toContain("@\u200beveryone");
    expect(notice.content).toContain("\\<@&1100000000000000002>");
    h.fake.command(coordinator, "repondre", { texte: `${request.id} @here rappel de la famille demain` });
    const answer = await h.fake.waitForMessage(dm(), (m) => m.content.includes("rappel de la famille demain"));
    expect(answer.content).toContain("@\u200bhere");
    const posted = h.fake.posted();
    expect(posted.length).toBeGreaterThan(10);
    for (const body of posted) {
      if (body.content === undefined) continue; // a deferral or an acknowledgement: nothing posted
      expect(body.allowed_mentions, `${body.route}: ${body.content}`).toEqual({ parse: [] });
      expect(body.content).not.toMatch(/@(everyone|here)|(?<!\\)<@&?\d+>/);
    }
  });
});
