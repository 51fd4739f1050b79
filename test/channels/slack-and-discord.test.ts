import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordChannel } from "../../src/channels/discord/discord-channel.ts";
import { reply } from "../../src/core/reply.ts";
import { commandFrom } from "../support/events.ts";
import { DISCORD_DEMO, FakeDiscord } from "../support/fake-discord/index.ts";
import { DEFAULT_USERS, dmMessageEvent, slashCommandPayload } from "../support/fake-slack/index.ts";
import { blockText, DEMO, type SlackHarness, startSlackHarness } from "../support/slack-harness.ts";

/** Inès, the demo volunteer, on Slack with a personal e-mail her member record does not have. */
const INES_ON_SLACK = "U0VOL";
const { volunteer: inesOnDiscord } = DISCORD_DEMO;
const CODE = /\*\*([A-Z2-9-]{9})\*\*/;

/** One bot running Slack and Discord at once, each over its local fake: a person on both is one member. */
describe("a member on Slack and on Discord", () => {
  let h: SlackHarness;
  let discordFake: FakeDiscord;
  let discord: DiscordChannel;

  beforeAll(async () => {
    h = await startSlackHarness({
      fake: {
        users: [
          ...DEFAULT_USERS,
          {
            id: INES_ON_SLACK,
            name: "ines",
            realName: "Inès Garnier",
            displayName: "Inès",
            email: "ines@perso.example",
          },
        ],
      },
    });
    discordFake = await FakeDiscord.start();
    discord = new DiscordChannel({
      settings: {
        token: discordFake.config.token,
        applicationId: discordFake.config.applicationId,
        guildId: discordFake.config.guildId,
        apiUrl: discordFake.apiUrl,
      },
      log: pino({ level: "silent" }),
      registry: h.t.registry,
      defaultLocale: h.t.config.defaultLocale,
      rest: { globalRequestsPerSecond: 500, retries: 2, timeout: 5000 },
    });
    h.t.outbound.attach(discord);
    await discord.start(h.t.bot);
  });
  afterAll(async () => {
    await discord.stop();
    await discordFake.stop();
    await h.stop();
  });

  const slackCommand = async (name: string, text: string) => {
    const id = `${name}-${Math.random()}`;
    await h.fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({ command: `/${name}`, text, user: INES_ON_SLACK, response_url: h.fake.responseUrl(id) }),
    );
    return blockText((await h.fake.waitForResponse(id, undefined, 5000)).body);
  };
  const resolve = (channel: "slack" | "discord") =>
    channel === "slack"
      ? h.t.services.members.resolve("slack", DEMO.teamId, { externalUserId: INES_ON_SLACK })
      : h.t.services.members.resolve("discord", discordFake.config.guildId, { externalUserId: inesOnDiscord.id });

  it("links the terminal, Slack and Discord by codes: one member, her roles, written to where she chose", async () => {
    const [codeReply] = await h.t.handle(commandFrom("volunteer", "lier", ""));
    const terminalCode = CODE.exec(JSON.stringify(codeReply!.blocks))![1]!;
    expect(await slackCommand("lier", terminalCode)).toMatch(/C'est fait/);

    const slackCode = /`\/lier ([A-Z2-9-]{9})`/.exec(await slackCommand("lier", ""))![1]!;
    discordFake.dm(inesOnDiscord, `/lier ${slackCode}`);
    const dm = discordFake.dmChannel(inesOnDiscord);
    await discordFake.waitForMessage(dm, (m) => /relié au profil de Inès Garnier/.test(m.content));

    const member = await h.t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
    expect(await resolve("slack")).toMatchObject({ id: member.id, roles: ["member", "volunteer"] });
    expect(await resolve("discord")).toMatchObject({ id: member.id, roles: ["member", "volunteer"] });

    // Chosen on Slack, the preference sends the next proactive message to Discord, and nowhere else.
    await h.fake.sendEnvelope(
      "events_api",
      dmMessageEvent({ text: "écris-moi plutôt sur Discord", user: INES_ON_SLACK }),
    );
    await h.fake.waitFor("chat.postMessage", (c) => /désormais sur Discord/.test(blockText(c.body)), 5000);
    const slackPostsBefore = h.fake.calls("chat.postMessage").length;
    await h.t.outbound.notify(member.id, [reply("Une mission vous est proposée")], { urgent: true });
    await discordFake.waitForMessage(dm, (m) => /Une mission vous est proposée/.test(m.content));
    expect(h.fake.calls("chat.postMessage")).toHaveLength(slackPostsBefore);
    expect(h.t.channel.direct).toEqual([]);
  });
});
