import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reply } from "../../../src/core/reply.ts";
import { commandFrom } from "../../support/events.ts";
import {
  blockActionsPayload,
  DEFAULT_USERS,
  dmMessageEvent,
  slashCommandPayload,
} from "../../support/fake-slack/index.ts";
import { blockText, DEMO, type SlackHarness, startSlackHarness } from "../../support/slack-harness.ts";

/** Inès, the demo volunteer, on Slack with a personal e-mail her member record does not have. */
const INES = "U0VOL";

/** One person on Slack and in the terminal, and a member's copy of their data, through the real Bolt app. */
describe("accounts and data on Slack", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      fake: {
        users: [
          ...DEFAULT_USERS,
          { id: INES, name: "ines", realName: "Inès Garnier", displayName: "Inès", email: "ines@perso.example" },
        ],
      },
    });
  });
  afterAll(() => h.stop());

  const command = async (user: string, name: string, text: string) => {
    const id = `${name}-${Math.random()}`;
    await h.fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({ command: `/${name}`, text, user, response_url: h.fake.responseUrl(id) }),
    );
    return blockText((await h.fake.waitForResponse(id, undefined, 5000)).body);
  };
  const volunteer = () => h.t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });

  it("makes a Slack account and a terminal account linked by code one member: same roles, messages where she chose", async () => {
    await command(INES, "comptes", ""); // first contact on Slack: a guest, without her roles
    const guest = await h.t.services.members.resolve("slack", DEMO.teamId, { externalUserId: INES });
    expect(guest).toMatchObject({ status: "guest", roles: [] });

    const [codeReply] = await h.t.handle(commandFrom("volunteer", "lier", ""));
    const code = /\*\*([A-Z2-9-]{9})\*\*/.exec(JSON.stringify(codeReply!.blocks))![1]!;
    expect(await command(INES, "lier", code)).toMatch(
      /C'est fait : votre compte Slack est relié au profil de Inès Garnier/,
    );
    const member = await volunteer();
    const onSlack = await h.t.services.members.resolve("slack", DEMO.teamId, { externalUserId: INES });
    expect(onSlack).toMatchObject({ id: member.id, roles: ["member", "volunteer"] });
    expect(await h.t.database.db.member.findUnique({ where: { id: guest.id } })).toBeNull();

    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "écris-moi plutôt sur Slack", user: INES }));
    await h.fake.waitFor("chat.postMessage", (c) => /désormais sur Slack/.test(blockText(c.body)), 5000);
    await h.t.outbound.notify(member.id, [reply("Une mission vous est proposée")], { urgent: true });
    await h.fake.waitFor(
      "chat.postMessage",
      (c) => c.body.channel === "D0VOL" && /mission vous est proposée/.test(blockText(c.body)),
      5000,
    );
    expect(h.t.channel.direct).toEqual([]);

    await h.t.handle(commandFrom("volunteer", "delier", "slack"));
    expect((await volunteer()).preferredChannel).toBeNull();
    const again = await h.t.services.members.resolve("slack", DEMO.teamId, { externalUserId: INES });
    expect(again).toMatchObject({ status: "guest", roles: [] });
  });

  it("refuses a wrong code with what to do", async () => {
    expect(await command(INES, "lier", "ZZZZ-ZZZZ")).toMatch(/^Ce code ne correspond à aucune demande de liaison/);
  });

  it("uploads the member's data export as a file into their direct conversation, from the command or the button", async () => {
    const text = await command(DEMO.gp, "mesdonnees", "export");
    expect(text).toMatch(/Voici une copie de tout ce que le bot garde sur vous, dans un fichier JSON/);
    await h.fake.waitFor("files.completeUploadExternal", undefined, 5000);
    const [file] = h.fake.files("D0GP");
    expect(file).toMatchObject({
      title: "Vos données",
      filename: expect.stringMatching(/^mes-donnees-\d+-\d{4}-\d\d-\d\d\.json$/),
    });
    const data = JSON.parse(file!.content) as { profile: { email: string }; records: Record<string, unknown[]> };
    expect(data.profile.email).toBe("claire.martin@example.org");
    expect(data.records["PlatformIdentity.memberId"]).toHaveLength(2); // the terminal's and Slack's

    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "mes données" }));
    const mine = await h.fake.waitFor(
      "chat.postMessage",
      (c) => /Ce que le bot garde sur vous/.test(blockText(c.body)),
      5000,
    );
    const button = (mine.body.blocks as { elements?: { text: { text: string }; action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === "Exporter mes données")!;
    await h.fake.sendEnvelope("interactive", blockActionsPayload({ actionId: button.action_id, value: button.value }));
    await h.fake.waitForCalls("files.completeUploadExternal", 2, undefined, 5000);
    expect(h.fake.files("D0GP")).toHaveLength(2);
    expect(h.fake.files().filter((f) => f.channel !== "D0GP")).toEqual([]);
  });

  it("never uploads a member's data into a shared channel: the file goes to their direct conversation", async () => {
    const id = "export-in-channel";
    await h.fake.sendEnvelope(
      "slash_commands",
      slashCommandPayload({
        command: "/mesdonnees",
        text: "export",
        channel: DEMO.channel,
        response_url: h.fake.responseUrl(id),
      }),
    );
    await h.fake.waitForResponse(id, undefined, 5000);
    await h.fake.waitForCalls("files.completeUploadExternal", 3, undefined, 5000);
    expect(h.fake.files(DEMO.channel)).toEqual([]);
    expect(h.fake.files("D0GP")).toHaveLength(3);
  });
});
