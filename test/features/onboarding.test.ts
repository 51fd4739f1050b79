import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { clickFrom, textFrom } from "../support/events.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const button = (replies: Reply[], label: string | RegExp) => {
  const found = replies
    .flatMap((r) => r.buttons ?? [])
    .find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));
  if (!found) throw new Error(`no button ${label} in:\n${plain(replies)}`);
  return found.actionId;
};

/** A newcomer met in chat, as the installed features and the trained model welcome them. */
describe("onboarding of members met in chat", () => {
  let t: TestBot;
  const newcomer = (text: string) =>
    t.handle(textFrom("U-NEW", text, { sender: { displayName: "Dr Yasmine Benali" } }));
  const clicks = (actionId: string) => t.handle(clickFrom("U-NEW", actionId));
  const toCoordinator = () =>
    t.channel.direct.filter((d) => d.target.externalUserId === "coordinator").map((d) => d.replies);

  beforeEach(async () => {
    t = await createTestBot({ features, classifier: "trained" });
    await seedDemo(t.services);
  });
  afterEach(() => t.close());

  it("welcomes a newcomer after answering their first message, and asks their profession with buttons", async () => {
    const replies = await newcomer("bonjour");
    expect(plain(replies)).toMatch(/^Bonjour Dr Yasmine Benali/);
    expect(plain(replies)).toMatch(/Bienvenue ! .*\nQuelle est votre profession \?/);
    expect(replies.at(-1)!.buttons!.map((b) => b.label)).toContain("médecin généraliste");
  });

  it("answers a question asked straight away first, then welcomes, once", async () => {
    const first = plain(await newcomer("besoin d'une HAD à Vitry"));
    expect(first).toMatch(/^Hospitalisation à domicile \(HAD\) pour Vitry-sur-Seine :/);
    expect(first).toMatch(/Quelle est votre profession \?$/m);
    expect(plain(await newcomer("prochaines formations"))).not.toMatch(/Bienvenue/);
  });

  it("takes the profession and the commune, thanks, and has the coordination team confirm the registration in one click", async () => {
    const welcome = await newcomer("bonjour");
    const communeQuestion = await clicks(button(welcome, "infirmier·e"));
    expect(communeQuestion[0]).toMatchObject({ replaceOriginal: true });
    expect(plain(communeQuestion)).toMatch(/Dans quelle commune exercez-vous \?/);
    // A question in between is answered as usual; the buttons still answer the question afterwards.
    expect(plain(await newcomer("prochaines formations"))).toMatch(/^Prochaines formations du réseau/);
    const thanks = await clicks(button(communeQuestion, "Ivry-sur-Seine"));
    expect(plain(thanks)).toMatch(/^Merci ! L'équipe de coordination validera votre inscription/);
    const profile = await t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: "U-NEW" } } },
      include: { communes: true },
    });
    expect(profile).toMatchObject({ profession: "nurse", status: "guest", communes: [{ communeCode: "94041" }] });

    await t.scheduler.tick();
    const [notice] = toCoordinator().at(-1)!;
    expect(replyToPlainText(notice!)).toMatch(
      /^Nouveau contact : Dr Yasmine Benali \(infirmier·e, Ivry-sur-Seine\), sur console\./,
    );
    const approved = await t.handle(clickFrom("coordinator", button([notice!], "Valider comme bénévole")));
    expect(plain(approved)).toBe("Inscription de Dr Yasmine Benali validée (adhérent·e et bénévole).");

    const member = await t.database.db.member.findUniqueOrThrow({
      where: { id: profile.id },
      include: { roles: true },
    });
    expect(member.status).toBe("active");
    expect(member.roles.map((r) => r.role).sort()).toEqual(["member", "volunteer"]);
    const coordinator = await t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: "coordinator" } } },
    });
    expect(await t.database.db.roleChange.findFirstOrThrow({ where: { memberId: member.id } })).toMatchObject({
      actorId: coordinator.id,
      source: "onboarding",
      after: '["member","volunteer"]',
    });
    const told = t.channel.direct.filter((d) => d.target.externalUserId === "U-NEW").map((d) => plain(d.replies));
    expect(told).toEqual([
      expect.stringMatching(
        /^Bonne nouvelle : l'équipe de coordination a validé votre inscription au réseau \(adhérent·e et bénévole\)\.\nPour que l'équipe vous propose des missions qui vous correspondent, complétez votre profil/,
      ),
    ]);
    expect(plain(await t.handle(clickFrom("coordinator", button([notice!], "Valider comme adhérent·e"))))).toMatch(
      /déjà validée/,
    );
  });

  it("takes a profession typed as members write it (a synonym, a feminine form) rather than clicked", async () => {
    await newcomer("bonjour");
    expect(plain(await newcomer("infirmière"))).toMatch(/Dans quelle commune exercez-vous \?/);
    const profile = await t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: "U-NEW" } } },
    });
    expect(profile.profession).toBe("nurse");
  });

  it("lets only the coordination team or the director confirm a registration", async () => {
    await clicks(button(await newcomer("bonjour"), "pharmacien·ne"));
    expect(plain(await newcomer("Cachan"))).toMatch(/^Merci !/); // typed rather than clicked
    await t.scheduler.tick();
    const [notice] = toCoordinator().at(-1)!;
    const refused = await t.handle(clickFrom("volunteer", button([notice!], "Valider comme bénévole")));
    expect(plain(refused)).toMatch(
      /^Cette action est réservée à l'équipe de coordination ou à la direction du réseau\./,
    );
  });

  it("approves a newcomer once when two of the team click at the same time", async () => {
    await clicks(button(await newcomer("bonjour"), "pharmacien·ne"));
    await newcomer("Cachan");
    await t.scheduler.tick();
    const [notice] = toCoordinator().at(-1)!;
    const approve = button([notice!], "Valider comme bénévole");
    const answers = await Promise.all(["coordinator", "director"].map((who) => t.handle(clickFrom(who, approve))));
    expect(answers.map(plain).sort()).toEqual([
      "Inscription de Dr Yasmine Benali validée (adhérent·e et bénévole).",
      expect.stringMatching(/déjà validée/),
    ]);
    const member = await t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: "U-NEW" } } },
    });
    expect(await t.database.db.roleChange.count({ where: { memberId: member.id } })).toBe(1);
  });

  it("does not question members the network imported", async () => {
    expect(plain(await t.handle(textFrom("gp", "bonjour")))).not.toMatch(/Bienvenue|profession/);
  });
});
