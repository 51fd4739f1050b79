import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Reply, reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { accountsFeature } from "../../src/features/accounts/index.ts";
import { clickFrom, commandFrom, type EventOverrides, textFrom } from "../support/events.ts";
import { FakeChannel } from "../support/fake-channel.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n---\n");
/** Inès, the demo volunteer, on Slack: a Slack account the bot does not know yet (no shared e-mail). */
const ON_SLACK: EventOverrides = {
  sender: { displayName: "Inès G." },
  conversation: { channel: "slack", workspaceId: "T1", conversationId: "D-ines", kind: "direct" },
};
const CODE = /\*\*([A-Z2-9]{4}-[A-Z2-9]{4})\*\*/;
/** The code a `/lier` answer shows. */
const codeIn = (answer: Reply): string => {
  const markdown = answer.blocks.map((b) => ("markdown" in b ? b.markdown : "")).join("\n");
  return CODE.exec(markdown)![1]!;
};

describe("one person on several messaging apps", () => {
  let t: TestBot;
  let slack: FakeChannel;
  beforeEach(async () => {
    t = await createTestBot({
      features: [accountsFeature],
      classifier: new ScriptedClassifier({
        "écris-moi plutôt sur Slack": { intent: "accounts.prefer-channel", score: 0.95 },
        "écris-moi ici": { intent: "accounts.prefer-channel", score: 0.95 },
      }),
    });
    slack = new FakeChannel("slack");
    t.outbound.attach(slack);
    await seedDemoMembers(t.services);
  });
  afterEach(() => t.close());

  const onConsole = (command: string, text = "") => t.handle(commandFrom("volunteer", command, text));
  const onSlack = (command: string, text = "") => t.handle(commandFrom("U-ines", command, text, ON_SLACK));
  async function newCode(): Promise<string> {
    const [answer] = await onConsole("lier");
    return codeIn(answer!);
  }
  const volunteer = () => t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });

  it("shows a one-time code, to the member alone, and stores only its hash", async () => {
    const [answer] = await onConsole("lier");
    expect(answer!.visibility).toBe("ephemeral");
    expect(replyToPlainText(answer!)).toMatch(
      /^Votre code : [A-Z2-9]{4}-[A-Z2-9]{4} \(valable 10 minutes, une seule fois\)/,
    );
    const code = await newCode();
    const rows = await t.database.db.linkCode.findMany();
    expect(rows).toHaveLength(1); // a new code replaces the one not used
    expect(rows[0]!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(code.replace("-", ""));
  });

  it("makes the Slack account the same member as the terminal one: same roles, same history, the guest gone", async () => {
    await onSlack("mesdonnees"); // first contact on Slack: a guest
    const guest = await t.database.db.platformIdentity.findFirstOrThrow({ where: { externalUserId: "U-ines" } });
    await t.database.db.coordinationRequest.create({
      data: { requesterId: guest.memberId, kind: "question", summary: "Une HAD à Ivry ?", sourceChannel: "slack" },
    });
    const code = await newCode();

    const done = await onSlack("lier", code.toLowerCase());
    expect(plain(done)).toMatch(/^C'est fait : votre compte Slack est relié au profil de Inès Garnier\./);
    const member = await volunteer();
    const identities = await t.database.db.platformIdentity.findMany({ where: { memberId: member.id } });
    expect(identities.map((i) => `${i.channel}:${i.externalUserId}`).sort()).toEqual([
      "console:volunteer",
      "slack:U-ines",
    ]);
    expect(await t.database.db.member.findUnique({ where: { id: guest.memberId } })).toBeNull();
    expect(await t.database.db.coordinationRequest.count({ where: { requesterId: member.id } })).toBe(1);
    const onSlackNow = await t.services.members.resolve("slack", "T1", { externalUserId: "U-ines" });
    expect(onSlackNow).toMatchObject({ id: member.id, roles: ["member", "volunteer"] });
    const [overview] = await onSlack("comptes");
    expect(replyToPlainText(overview!)).toMatch(/reliés au profil de Inès Garnier/);
    expect(replyToPlainText(overview!)).toMatch(/Slack \(espace T1\)/);
    expect(replyToPlainText(overview!)).toMatch(/le terminal \(espace local\)/);
    expect(replyToPlainText(overview!)).toMatch(/obtenez un code ici, puis tapez \/lier <code> sur l'autre messagerie/);
  });

  it("tells a guest to take the code from the account the bot knows, and type it here", async () => {
    const [overview] = await onSlack("comptes");
    expect(replyToPlainText(overview!)).toMatch(
      /Le bot ne vous connaît pas encore ici\. .*tapez-y \/lier, puis ici \/lier <code>/,
    );
  });

  it("refuses a wrong, a used and an expired code, each with what to do", async () => {
    const code = await newCode();
    expect(plain(await onSlack("lier", "ABCD-EFGH"))).toMatch(
      /^Ce code ne correspond à aucune demande de liaison\. .*encore 4 essais/,
    );
    expect(plain(await onSlack("lier", "1234"))).toMatch(/^Ce n'est pas un code de liaison : il a 8 caractères/);
    await onSlack("lier", code);
    expect(plain(await t.handle(commandFrom("U-other", "lier", code, ON_SLACK)))).toMatch(
      /^Ce code a déjà servi : chaque code ne sert qu'une fois\./,
    );
    const late = await newCode();
    t.clock.advance(10 * 60_000 + 1);
    expect(plain(await t.handle(commandFrom("U-late", "lier", late, ON_SLACK)))).toMatch(
      /^Ce code a expiré \(il est valable 10 minutes\)\. Demandez-en un nouveau/,
    );
  });

  it("stops guessing after five wrong codes, even the right one, and says for how long", async () => {
    const code = await newCode();
    for (const wrong of ["AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC", "DDDD-DDDD"]) await onSlack("lier", wrong);
    expect(plain(await onSlack("lier", "EEEE-EEEE"))).toMatch(/dernier essai avant une pause/);
    t.clock.advance(60_000);
    expect(plain(await onSlack("lier", code))).toBe(
      "Trop de codes erronés : pour protéger les comptes, réessayez dans 59 minutes.",
    );
    expect(await t.database.db.platformIdentity.count({ where: { externalUserId: "U-ines" } })).toBe(1);
    expect((await volunteer()).id).not.toBe(
      (await t.database.db.platformIdentity.findFirstOrThrow({ where: { externalUserId: "U-ines" } })).memberId,
    );
  });

  it("does not merge two registered members", async () => {
    await t.handle(commandFrom("gp", "comptes", ""));
    const code = await newCode();
    expect(plain(await t.handle(commandFrom("gp", "lier", code)))).toMatch(
      /^Les deux comptes appartiennent chacun à un membre enregistré du réseau/,
    );
  });

  it("refuses a registered member typing a guest's code: the code must come from the profile shared", async () => {
    const [answer] = await onSlack("lier");
    const refused = await onConsole("lier", codeIn(answer!));
    expect(plain(refused)).toMatch(
      /^Ce code vient d'un compte invité, et ce compte-ci est déjà relié à un profil enregistré/,
    );
    expect(await t.database.db.platformIdentity.count({ where: { memberId: (await volunteer()).id } })).toBe(1);
  });

  it("sends proactive messages where the member chose, and unlinks an account into a new guest", async () => {
    await onSlack("mesdonnees");
    await onSlack("lier", await newCode());
    const member = await volunteer();

    const chosen = await t.handle(textFrom("volunteer", "écris-moi plutôt sur Slack"));
    expect(plain(chosen)).toMatch(/^C'est noté : je vous écrirai désormais sur Slack\./);
    await t.outbound.notify(member.id, [reply("Rappel : formation jeudi")], { urgent: true });
    expect(slack.direct.map((d) => d.target.externalUserId)).toEqual(["U-ines"]);

    const here = await t.handle(textFrom("volunteer", "écris-moi ici"));
    expect(plain(here)).toMatch(/je vous écrirai désormais dans le terminal/);
    await t.outbound.notify(member.id, [reply("Rappel : formation vendredi")], { urgent: true });
    expect(t.channel.direct.map((d) => d.target.externalUserId)).toEqual(["volunteer"]);

    expect(plain(await onConsole("delier", "slack"))).toMatch(/^Votre compte Slack n'est plus relié à votre profil/);
    const slackIdentity = await t.database.db.platformIdentity.findFirstOrThrow({
      where: { externalUserId: "U-ines" },
    });
    const guest = await t.database.db.member.findUniqueOrThrow({
      where: { id: slackIdentity.memberId },
      include: { roles: true },
    });
    expect(guest).toMatchObject({ status: "guest", displayName: "Inès G.", roles: [] });
    expect(plain(await onConsole("delier", "terminal"))).toMatch(/^C'est votre seul compte relié/);
    expect(plain(await onConsole("delier", "discord"))).toBe("Aucun compte Discord n'est relié à votre profil.");
  });

  it("offers to choose and to unlink from the overview's buttons", async () => {
    await onSlack("mesdonnees");
    await onSlack("lier", await newCode());
    const [overview] = await onConsole("comptes");
    const labels = overview!.buttons!.map((b) => b.label);
    expect(labels).toEqual([
      "Obtenir un code",
      "M'écrire dans le terminal",
      "M'écrire sur Slack",
      "Délier le terminal",
      "Délier Slack",
    ]);
    const unlinkSlack = overview!.buttons!.find((b) => b.label === "Délier Slack")!;
    expect(unlinkSlack.confirm?.title).toBe("Délier ce compte ?");
    const preferSlack = overview!.buttons!.find((b) => b.label === "M'écrire sur Slack")!;
    expect(plain(await t.handle(clickFrom("volunteer", preferSlack.actionId)))).toMatch(/sur Slack/);
    expect((await volunteer()).preferredChannel).toBe("slack");
    expect(plain(await t.handle(clickFrom("volunteer", unlinkSlack.actionId)))).toMatch(/n'est plus relié/);
    expect((await volunteer()).preferredChannel).toBeNull();
  });
});
