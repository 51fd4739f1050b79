import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { commandFrom } from "../../support/events.ts";
import { DISCORD_DEMO } from "../../support/fake-discord/index.ts";

const { volunteer: ines } = DISCORD_DEMO;
const CODE = /\*\*([A-Z2-9-]{9})\*\*/;

/** One person on Discord and in the terminal, and a member's files, through the real discord.js client. */
describe("accounts on Discord", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(() => h.stop());

  const onDiscord = () => h.t.services.members.resolve("discord", h.settings.guildId, { externalUserId: ines.id });
  const callbackContent = async (interactionId: string) => {
    const call = await h.fake.waitFor("POST /interactions/:id/:token/callback", (c) =>
      c.path.includes(`/${interactionId}/`),
    );
    return String((call.body.data as { content?: string }).content);
  };

  it("links a Discord account to a terminal account by a code typed in a DM: one member, her roles", async () => {
    await callbackContent(h.fake.command(ines, "comptes")); // first contact on Discord: a guest
    const guest = await onDiscord();
    expect(guest).toMatchObject({ status: "guest", roles: [] });

    const [codeReply] = await h.t.handle(commandFrom("volunteer", "lier", ""));
    const code = CODE.exec(JSON.stringify(codeReply!.blocks))![1]!;
    h.fake.dm(ines, `/lier ${code}`);
    await h.fake.waitForMessage(h.fake.dmChannel(ines), (m) =>
      /C'est fait : votre compte Discord est relié au profil de Inès Garnier/.test(m.content),
    );
    const member = await h.t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
    expect(await onDiscord()).toMatchObject({ id: member.id, roles: ["member", "volunteer"] });
    expect(await h.t.database.db.member.findUnique({ where: { id: guest.id } })).toBeNull();
  });

  it("gives a code with /lier on Discord that links another account the other way", async () => {
    const code = CODE.exec(await callbackContent(h.fake.command(ines, "lier")))![1]!;
    const replies = await h.t.handle(commandFrom("ines-tablette", "lier", code));
    expect(JSON.stringify(replies)).toMatch(/C'est fait/);
    const onTablet = await h.t.services.members.resolve("console", "local", { externalUserId: "ines-tablette" });
    expect(onTablet.id).toBe((await onDiscord()).id);
  });

  it("sends the member's data export as a file in her DM, never in the guild channel", async () => {
    const answer = await callbackContent(h.fake.command(ines, "mesdonnees", { texte: "export" }));
    expect(answer).toMatch(/Voici une copie de tout ce que le bot garde sur vous/);
    const upload = await h.fake.waitFor("POST /channels/:id/messages", (c) => c.files.length > 0);
    expect(upload.path).toBe(`/channels/${h.fake.dmChannel(ines)}/messages`);
    expect(upload.files[0]!.name).toMatch(/^mes-donnees-\d+-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(upload.files[0]!.content) as { profile: { email: string } };
    expect(data.profile.email).toBe("ines.garnier@example.org");
    expect(upload.body.allowed_mentions).toEqual({ parse: [] });
  });
});
