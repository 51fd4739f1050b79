import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { askHumans } from "../../src/core/clarification.ts";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { coordinationFeature } from "../../src/features/coordination/index.ts";
import { clickFrom, commandFrom, inbound, textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const button = (replies: Reply[], label: RegExp) => {
  const found = replies.flatMap((r) => r.buttons ?? []).find((b) => label.test(b.label));
  if (!found) throw new Error(`no button ${label} in:\n${plain(replies)}`);
  return found.actionId;
};

const SITUATION =
  "situation complexe à Vitry, patient en fin de vie qui rentre à domicile, besoin que la coordination organise le retour";
const classifier = new ScriptedClassifier({
  [SITUATION]: {
    intent: "coordination.referral",
    score: 0.93,
    entities: { commune: [{ value: "94081", text: "Vitry", start: 21, end: 26 }] },
  },
  "besoin d'aide de la coordination": { intent: "coordination.referral", score: 0.9 },
  "le patient vit à Ivry, il est seul et ne peut plus se lever": { intent: "None", score: 0.2 },
  Ivry: { intent: "None", score: 0.1, entities: { commune: [{ value: "94041", text: "Ivry", start: 0, end: 4 }] } },
  "truc bizarre": { intent: "coordination.referral", score: 0.4 },
});

describe("hand-off to the coordination team", () => {
  let t: TestBot;
  const gp = (text: string) => t.handle(textFrom("gp", text));
  const gpClicks = (actionId: string) => t.handle(clickFrom("gp", actionId));
  const coordinator = (command: string, text: string) => t.handle(commandFrom("coordinator", command, text));
  const deliveredTo = (user: string) =>
    t.channel.direct.filter((d) => d.target.externalUserId === user).map((d) => plain(d.replies));

  beforeEach(async () => {
    t = await createTestBot({ features: [coordinationFeature], classifier });
    await seedDemoMembers(t.services);
  });
  afterEach(() => t.close());

  async function openRequestAsGp(): Promise<void> {
    const needQuestion = await gp(SITUATION);
    expect(plain(needQuestion)).toMatch(/De quel type d'appui/);
    const urgencyQuestion = await gpClicks(button(needQuestion, /Soins palliatifs/));
    const callbackQuestion = await gpClicks(button(urgencyQuestion, /Sous 48 h/));
    expect(plain(callbackQuestion)).toMatch(/Rappelez-moi au 01 99 00 11 01/);
    const confirmation = await gpClicks(button(callbackQuestion, /Rappelez-moi/));
    expect(plain(confirmation)).toMatch(/Commune: Vitry-sur-Seine/);
    const sent = await gpClicks(button(confirmation, /Envoyer/));
    expect(plain(sent)).toMatch(/Demande n°1 transmise.*au plus tard mercredi 25 novembre 2026 à 11:00/);
    await t.scheduler.tick(); // the team's notices are deliveries, sent by their jobs
  }

  it("asks only what the message did not say, then confirms the number and the expected delay", async () => {
    await openRequestAsGp();
    const request = await t.database.db.coordinationRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect(request).toMatchObject({
      kind: "referral",
      needType: "palliative",
      communeCode: "94081",
      urgency: "within_48h",
      callback: "01 99 00 11 01",
      status: "open",
      summary: SITUATION,
    });
  });

  it("notifies the coordinators, who claim and answer from chat; the answer reaches the GP", async () => {
    await openRequestAsGp();
    const [notification] = t.channel.direct.filter((d) => d.target.externalUserId === "coordinator");
    expect(plain(notification!.replies)).toMatch(/Nouvelle demande n°1 de Dr Claire Martin \(médecin généraliste\)/);

    const claimed = await t.handle(clickFrom("coordinator", button(notification!.replies, /Je prends/)));
    expect(plain(claimed)).toMatch(/Vous prenez la demande n°1/);
    expect(deliveredTo("gp").at(-1)).toMatch(/prise en charge par Julie Moreau/);

    const answered = await coordinator("repondre", "1 Appelez l'EMSP Bièvre au 01 99 00 20 20, elle passe sous 48 h.");
    expect(plain(answered)).toMatch(/Réponse à la demande n°1 envoyée à Dr Claire Martin/);
    expect(deliveredTo("gp").at(-1)).toBe(
      "Réponse de l'équipe de coordination à votre demande n°1 :\nAppelez l'EMSP Bièvre au 01 99 00 20 20, elle passe sous 48 h.",
    );

    const history = await t.database.db.requestEvent.findMany({ where: { requestId: 1 }, orderBy: { id: "asc" } });
    expect(history.map((e) => e.status)).toEqual(["open", "claimed", "answered"]);
  });

  it("lets the form be filled by typing, and sends on a typed yes", async () => {
    expect(plain(await gp("besoin d'aide de la coordination"))).toMatch(/Décrivez la situation/);
    expect(plain(await gp("le patient vit à Ivry, il est seul et ne peut plus se lever"))).toMatch(
      /De quel type d'appui/,
    );
    expect(plain(await gp("maintien à domicile"))).toMatch(/Dans quelle commune/);
    expect(plain(await gp("Ivry"))).toMatch(/degré d'urgence/);
    expect(plain(await gp("pas urgent"))).toMatch(/Comment l'équipe vous répond-elle/);
    expect(plain(await gp("06 12 34 56 78"))).toMatch(/par téléphone au 06 12 34 56 78/);
    expect(plain(await gp("oui"))).toMatch(/Demande n°1 transmise/);
    const request = await t.database.db.coordinationRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect(request).toMatchObject({
      needType: "home_care",
      communeCode: "94041",
      urgency: "routine",
      callback: "06 12 34 56 78",
    });
  });

  it("asks again, saying why, when a typed answer does not fit", async () => {
    await gp(SITUATION);
    await gpClicks("coordination:need:palliative");
    const again = await gp("dans pas longtemps");
    expect(plain(again)).toMatch(/Choisissez le degré d'urgence avec un bouton\.\nQuel est le degré d'urgence/);
  });

  it("offers the team when the member says the bot's suggestions are not it", async () => {
    const replies = await gpClicks(askHumans.id());
    expect(plain(replies)).toMatch(/Décrivez la situation/);
  });

  it("offers the team after a question the bot could not place, and sends nothing unless accepted", async () => {
    await gp("truc bizarre");
    const offer = await gp("truc bizarre");
    expect(plain(offer)).toMatch(/Voulez-vous que je transmette votre question/);
    expect(plain(await gpClicks(button(offer, /Non merci/)))).toMatch(/Demande annulée/);
    expect(await t.database.db.coordinationRequest.count()).toBe(0);
  });

  it("reminds the team of a request nobody took after the configured delay, and stops once claimed", async () => {
    await openRequestAsGp();
    const before = deliveredTo("coordinator").length;
    t.clock.advance(119 * 60_000);
    await t.scheduler.tick();
    expect(deliveredTo("coordinator")).toHaveLength(before);
    t.clock.advance(60_000);
    await t.scheduler.tick();
    expect(deliveredTo("coordinator").at(-1)).toMatch(
      /^Demande n°1 toujours sans preneur depuis 120 min\.\nNouvelle demande n°1/,
    );

    await coordinator("prendre", "1");
    const afterClaim = deliveredTo("coordinator").length;
    t.clock.advance(120 * 60_000);
    await t.scheduler.tick();
    expect(deliveredTo("coordinator")).toHaveLength(afterClaim);
  });

  it("keeps coordination commands for coordinators, and says how to use them", async () => {
    await openRequestAsGp();
    expect(plain(await t.handle(commandFrom("gp", "repondre", "1 ok")))).toMatch(
      /^Cette action est réservée à l'équipe de coordination\. Vous pouvez leur adresser votre demande/,
    );
    expect(plain(await coordinator("repondre", "1"))).toMatch(
      /Utilisation : \/repondre <n° de demande> <votre réponse>/,
    );
    expect(plain(await coordinator("repondre", "42 ok"))).toMatch(/Il n'y a pas de demande n°42/);
    expect(plain(await coordinator("demandes", ""))).toMatch(
      /Demandes en attente \(1\) :\n• n°1 — Soins palliatifs, fin de vie, Vitry-sur-Seine — Sous 48 h — à prendre/,
    );
  });

  it("sends a request from the form in one go, opened from any question of the conversation", async () => {
    const question = await gp("besoin d'aide de la coordination");
    const formButton = question.flatMap((r) => r.buttons ?? []).find((b) => b.opensForm)!;
    expect(formButton.opensForm!.fields.map((f) => f.name)).toEqual([
      "summary",
      "need",
      "commune",
      "urgency",
      "callback",
    ]);
    const values = {
      summary: "retour à domicile difficile, aidant épuisé",
      need: "home_care",
      commune: "94022",
      urgency: "within_week",
      callback: "",
    };
    const sent = await t.handle(inbound("gp", { type: "form", actionId: formButton.opensForm!.actionId, values }));
    expect(plain(sent)).toMatch(/Demande n°1 transmise/);
    expect(await t.database.db.coordinationRequest.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      needType: "home_care",
      communeCode: "94022",
      urgency: "within_week",
      callback: "message",
    });
  });

  it("says what is wrong in a form and offers it again, prefilled", async () => {
    const values = { summary: "ok", need: "home_care", commune: "75001", urgency: "soon", callback: "12" };
    const replies = await t.handle(inbound("gp", { type: "form", actionId: "coordination:form", values }));
    expect(plain(replies)).toBe(
      [
        "La demande n'est pas partie :",
        "• décrivez la situation en une ou deux phrases",
        "• choisissez la commune (ou « Hors territoire »)",
        "• choisissez le degré d'urgence",
        "• « 12 » n'est pas un numéro de téléphone (10 chiffres)",
        "[Tout remplir d'un coup]",
      ].join("\n"),
    );
    expect(replies[0]!.buttons![0]!.opensForm!.fields.find((f) => f.name === "need")!.initial).toBe("home_care");
    expect(await t.database.db.coordinationRequest.count()).toBe(0);
  });

  it("does not let a second coordinator answer a request another one took", async () => {
    await openRequestAsGp();
    await coordinator("prendre", "1");
    const other = await t.database.db.member.create({
      data: { displayName: "Marc Petit", status: "active", roles: { create: [{ role: "coordinator" }] } },
    });
    await t.database.db.platformIdentity.create({
      data: { memberId: other.id, channel: "console", workspaceId: "local", externalUserId: "marc" },
    });
    expect(plain(await t.handle(commandFrom("marc", "repondre", "1 je m'en occupe")))).toMatch(
      /prise par quelqu'un d'autre/,
    );
  });
});
