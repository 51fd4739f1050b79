import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { reply } from "../../../src/core/reply.ts";
import { buttonLabelled, type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { DISCORD_DEMO, DISCORD_ERRORS, user } from "../../support/fake-discord/index.ts";

const { gp } = DISCORD_DEMO;
const CALLBACK = "POST /interactions/:id/:token/callback";

describe("the Discord channel's reliability", () => {
  let h: DiscordHarness;
  afterEach(() => h.stop());
  const dm = () => h.fake.dmChannel(gp);
  /** A greeting, answered (the first one also brings the welcome). */
  const greet = async () => {
    const before = h.fake.messages(dm()).length;
    h.fake.dm(gp, "bonjour");
    await h.fake.waitForMessage(dm(), (m) => /Bonjour/.test(m.content) && h.fake.messages(dm()).indexOf(m) > before);
  };
  /** A member known on Discord (created directly: no conversation before). */
  const knownOnDiscord = () =>
    h.t.database.db.member.create({
      data: {
        displayName: "Claire Martin",
        status: "active",
        identities: { create: { channel: "discord", workspaceId: h.settings.guildId, externalUserId: gp.id } },
      },
    });

  it("handles a click on a button posted before a restart, and registers the commands only once", async () => {
    h = await startDiscordHarness();
    h.fake.dm(gp, "bonjour");
    await h.fake.waitForMessage(dm(), (m) => /Bienvenue/.test(m.content)); // first contact: the welcome
    h.fake.dm(gp, "qui appeler pour des soins palliatifs à domicile ?");
    const question = await h.fake.waitForMessage(dm(), (m) => m.content.includes("Dans quelle commune"));
    await h.restart();
    h.fake.click(gp, question, buttonLabelled(question, /Vitry-sur-Seine/).customId);
    await h.fake.waitForMessage(dm(), (m) => /\(EMSP\)\*\* pour \*\*Vitry/.test(m.content));
    expect(h.fake.messages(dm()).find((m) => m.id === question.id)?.content).toMatch(/✓ Vitry-sur-Seine/);
    expect(h.fake.calls("GET /applications/:app/guilds/:guild/commands")).toHaveLength(2);
    expect(h.fake.calls("PUT /applications/:app/guilds/:guild/commands")).toHaveLength(1);
  });

  it("acknowledges first when the answer is slow, then answers", async () => {
    h = await startDiscordHarness({ deferAfterMs: 0 });
    const command = h.fake.command(gp, "reseau", { question: "aide" });
    await h.fake.waitFor("PATCH /webhooks/:app/:token/messages/@original", (c) =>
      String(c.body.content).includes("Voici ce que je sais faire"),
    );
    const deferral = h.fake.calls(CALLBACK).find((c) => c.path.includes(`/${command}/`))!;
    expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });

    await greet();
    h.fake.dm(gp, "qui appeler pour des soins palliatifs à domicile ?");
    const question = await h.fake.waitForMessage(dm(), (m) => m.content.includes("Dans quelle commune"));
    h.fake.click(gp, question, buttonLabelled(question, /Vitry-sur-Seine/).customId);
    await h.fake.waitForMessage(dm(), (m) => /\(EMSP\)\*\* pour \*\*Vitry/.test(m.content));
    expect(h.fake.messages(dm()).find((m) => m.id === question.id)?.content).toMatch(/✓ Vitry-sur-Seine/);
  });

  it("counts an interaction Discord no longer knows (10062) and keeps serving", async () => {
    h = await startDiscordHarness();
    h.fake.failNext(CALLBACK, DISCORD_ERRORS.unknownInteraction);
    h.fake.command(gp, "reseau", { question: "aide" });
    await h.fake.waitFor(CALLBACK, (c) => c.status === 404);
    await greet();
    expect(h.channel.stats.unknownInteractions).toBe(1);
    expect(h.fake.calls("POST /webhooks/:app/:token")).toEqual([]); // the lost interaction got nothing more
  });

  it("reaches a member by DM with a proactive message", async () => {
    h = await startDiscordHarness();
    h.fake.dm(gp, "bonjour"); // first contact: the member is known on Discord
    await h.fake.waitForMessage(dm(), (m) => /Bonjour/.test(m.content));
    const member = await h.t.services.members.resolve("discord", h.settings.guildId, { externalUserId: gp.id });
    const result = await h.t.outbound.notify(member.id, [reply("Une mission vous est proposée")], { urgent: true });
    expect(result).toEqual({ status: "sent", channel: "discord" });
    await h.fake.waitForMessage(dm(), (m) => m.content === "Une mission vous est proposée");
  });

  it("records a DM Discord refuses (50007) as a failed delivery with its reason, counted, without crashing", async () => {
    h = await startDiscordHarness();
    const member = await knownOnDiscord();
    h.fake.failNext("POST /channels/:id/messages", DISCORD_ERRORS.cannotDm);
    const result = await h.t.outbound.notify(member.id, [reply("Rappel : formation demain")], { urgent: true });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/50007/) });
    const delivery = await h.t.database.db.delivery.findFirstOrThrow({ where: { memberId: member.id } });
    expect(delivery).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/Cannot send messages to this user/),
    });
    expect(h.channel.stats.failedDirectMessages).toBe(1);
    await greet();
  });

  it("delivers a burst of DMs, each once, while Discord rate-limits", async () => {
    const volunteers = Array.from({ length: 60 }, (_, i) =>
      user(`13000000000000${String(i).padStart(5, "0")}`, `vol${i}`),
    );
    h = await startDiscordHarness({ env: { SEED_DEMO: "false" }, fake: { users: volunteers } });
    const { db } = h.t.database;
    for (const v of volunteers) {
      await db.member.create({
        data: {
          displayName: v.username,
          status: "active",
          identities: { create: { channel: "discord", workspaceId: h.settings.guildId, externalUserId: v.id } },
        },
      });
    }
    h.fake.rateLimit("POST /users/@me/channels", { limit: 10, windowMs: 100 });
    h.fake.force429("POST /channels/:id/messages", 3);
    const members = await db.member.findMany({ where: { displayName: { startsWith: "vol" } } });
    const results = await Promise.all(
      members.map((m) =>
        h.t.outbound.notify(m.id, [reply(`Nouvelle mission pour ${m.displayName}`)], { urgent: true }),
      ),
    );
    expect(results.every((r) => r.status === "sent")).toBe(true);
    const posted = h.fake.calls("POST /channels/:id/messages").map((c) => String(c.body.content));
    for (const m of members)
      expect(posted.filter((text) => text === `Nouvelle mission pour ${m.displayName}`)).toHaveLength(1);
    expect(h.fake.rateLimited()).toBeGreaterThanOrEqual(3);
  });

  it("says what to switch on when Discord refuses the Message Content intent", async () => {
    const refused = startDiscordHarness({
      prepare: (fake) => {
        fake.gateway.refuseIdentify = { code: 4014, reason: "Disallowed intent(s)." };
      },
    });
    await expect(refused).rejects.toThrow(/switch on Message Content Intent in the Developer Portal/);
    h = { stop: async () => {} } as DiscordHarness;
  });

  it("resumes its gateway session when the connection drops, logs it, and keeps answering", async () => {
    const lines: string[] = [];
    const log = pino(
      { level: "info" },
      new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }),
    );
    h = await startDiscordHarness({ log });
    h.fake.gateway.drop();
    await h.fake.gateway.waitForSessions(2, 10_000);
    h.fake.dm(gp, "bonjour");
    await h.fake.waitForMessage(dm(), (m) => /Bonjour/.test(m.content));
    expect(h.fake.gateway.sessionsStarted).toEqual(["identify", "resume"]);
    expect(h.channel.stats.reconnects).toBe(1);
    expect(lines.some((l) => l.includes("Discord gateway resumed"))).toBe(true);
  });
});
