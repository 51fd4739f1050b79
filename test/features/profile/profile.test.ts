import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAvailability } from "../../../src/core/members/availability.ts";
import { type Reply, reply, replyToPlainText } from "../../../src/core/reply.ts";
import { seedDemo } from "../../../src/demo/seed-demo.ts";
import { features } from "../../../src/features/index.ts";
import { clickFrom, commandFrom, textFrom } from "../../support/events.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n---\n");
const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []);
const button = (replies: Reply[], label: string | RegExp) => {
  const found = buttons(replies).find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));
  if (!found) throw new Error(`no button ${label} in:\n${plain(replies)}`);
  return found.actionId;
};

/**
 * Members complete and change their own profile, in chat and with buttons, through the whole core,
 * with the installed features, the trained model and the fictional demo network.
 */
describe("a member's own profile", () => {
  let t: TestBot;
  let users = 0;
  /** A new member met in chat: a guest, nothing in their profile yet. */
  const newcomer = () => `U-PROFILE-${++users}`;
  const says = (user: string, text: string) => t.handle(textFrom(user, text));
  const clicks = (user: string, actionId: string) => t.handle(clickFrom(user, actionId));
  const stored = (user: string) =>
    t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: user } } },
      include: { tags: { orderBy: [{ kind: "asc" }, { value: "asc" }] }, communes: true },
    });
  const tags = async (user: string, kind: "skill" | "motivation") =>
    (await stored(user)).tags.filter((tag) => tag.kind === kind).map((tag) => tag.value);

  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained" });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it("shows /profil to the member alone, every part with a button to change it, and what missions still need", async () => {
    const user = newcomer();
    await says(user, "bonjour");
    await t.database.db.memberRole.create({
      data: { member: { connect: { id: (await stored(user)).id } }, role: "volunteer" },
    });
    const [card] = await t.handle(commandFrom(user, "profil", ""));
    expect(card!.visibility).toBe("ephemeral");
    const text = replyToPlainText(card!);
    expect(text).toMatch(/^Votre profil\nProfession: /);
    expect(text).toMatch(/Heures calmes: aucune : je peux vous écrire à toute heure/);
    expect(text).toMatch(
      /Pour vous proposer des missions, il manque : vos compétences ou motivations, vos disponibilités\./,
    );
    expect(text).toMatch(/\/comptes, ou « écris-moi plutôt sur Slack »/);
    expect(buttons([card!]).map((b) => b.label)).toEqual([
      "Compétences",
      "Motivations",
      "Disponibilités",
      "Heures calmes",
      "Langue",
      "Mes motivations en mots",
    ]);
  });

  describe("in a sentence", () => {
    it("adds the skills listed, and says so", async () => {
      const user = newcomer();
      const answer = plain(await says(user, "mes compétences : soins palliatifs, douleur"));
      expect(answer).toMatch(/^C'est noté\.\nAjouté à vos compétences : soins palliatifs, douleur\./);
      expect(await tags(user, "skill")).toEqual(["douleur", "soins_palliatifs"]);
      expect(answer).toMatch(/Compétences: soins palliatifs, douleur/);
    });

    it("reads « je sais… » as a skill and « j'aimerais… » as a motivation", async () => {
      const user = newcomer();
      expect(plain(await says(user, "je sais animer un groupe"))).toMatch(
        /Ajouté à vos compétences : animation de groupe\./,
      );
      expect(plain(await says(user, "j'aimerais faire de la formation des pairs"))).toMatch(
        /Ajouté à vos motivations : formation des pairs\./,
      );
      expect(await tags(user, "skill")).toEqual(["animation_de_groupe"]);
      expect(await tags(user, "motivation")).toEqual(["formation_des_pairs"]);
    });

    it("adds availability without losing any, removes it when asked, and keeps the hours a month", async () => {
      const user = newcomer();
      expect(plain(await says(user, "je suis dispo le week-end"))).toMatch(/Ajouté à vos disponibilités : week-end\./);
      expect(plain(await says(user, "plutôt le soir en semaine"))).toMatch(
        /Ajouté à vos disponibilités : soirées en semaine\./,
      );
      expect(plain(await says(user, "4 heures par mois max"))).toMatch(/Heures par mois : 4 au plus\./);
      expect(readAvailability((await stored(user)).availability)).toEqual({
        slots: ["weekend", "weekday_evening"],
        hoursPerMonth: 4,
      });
      await says(user, "je suis dispo en journée");
      expect(plain(await says(user, "plus dispo en journée"))).toMatch(/Retiré de vos disponibilités : en journée\./);
      expect(readAvailability((await stored(user)).availability)).toEqual({
        slots: ["weekend", "weekday_evening"],
        hoursPerMonth: 4,
      });
    });

    it("sets one bound of the quiet hours and takes the other from the network's default", async () => {
      const user = newcomer();
      expect(plain(await says(user, "pas de message avant 9h"))).toMatch(
        /Heures calmes : pas de message de 21:00 à 09:00, sauf urgence\./,
      );
      expect(plain(await says(user, "pas de messages après 20h30"))).toMatch(/de 20:30 à 09:00/);
      expect(plain(await says(user, "tranquille entre 21h et 8h"))).toMatch(/de 21:00 à 08:00/);
      expect(await stored(user)).toMatchObject({ quietHoursStart: "21:00", quietHoursEnd: "08:00" });
    });

    it("keeps the member's other bound when they have quiet hours", async () => {
      await says("volunteer", "pas de message avant 9h");
      const ines = await t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
      expect(ines).toMatchObject({ quietHoursStart: "21:00", quietHoursEnd: "09:00" });
    });

    it("writes in the language asked, also to the next messages, until told to follow the messages again", async () => {
      const user = newcomer();
      expect(plain(await says(user, "parle-moi en anglais"))).toMatch(/^Noted\.\nLanguage: English\./);
      expect(plain(await says(user, "merci beaucoup"))).not.toMatch(/[éè]|Merci|De rien/);
      expect(plain(await says(user, "reply in French please"))).toMatch(/^C'est noté\.\nLangue : français\./);
      expect((await stored(user)).locale).toBe("fr");
    });

    it("keeps a work phone number and a commune where the member practises too", async () => {
      const user = newcomer();
      expect(plain(await says(user, "mon numéro pro c'est le 01 99 00 12 34"))).toMatch(
        /Téléphone pro : 01 99 00 12 34\./,
      );
      expect(plain(await says(user, "j'exerce aussi à Ivry"))).toMatch(
        /Ajouté à vos communes d'exercice : Ivry-sur-Seine\./,
      );
      const member = await stored(user);
      expect(member.phone).toBe("01 99 00 12 34");
      expect(member.communes.map((c) => c.communeCode)).toEqual(["94041"]);
    });

    it("does not change an e-mail in chat, and says whom to ask", async () => {
      const user = newcomer();
      const answer = plain(await says(user, "je veux changer mon adresse mail"));
      expect(answer).toMatch(/^Votre e-mail ne se change pas ici .* Demandez à l'équipe de coordination/);
      expect((await stored(user)).email).toBeNull();
    });

    it("offers the closest values as buttons for one it does not know, and adds the one clicked", async () => {
      const user = newcomer();
      const replies = await says(user, "mes compétences : soins paliatifs");
      expect(plain(replies)).toMatch(/Je ne connais pas « soins paliatifs »\. Vouliez-vous dire :/);
      expect(await tags(user, "skill")).toEqual([]);
      const added = await clicks(user, button(replies, "soins palliatifs (compétence)"));
      expect(added[0]).toMatchObject({ replaceOriginal: true });
      expect(plain(added)).toMatch(/^Ajouté à vos compétences : soins palliatifs\./);
      expect(await tags(user, "skill")).toEqual(["soins_palliatifs"]);
    });

    it("answers a message it cannot read with examples and the buttons", async () => {
      const replies = await says(newcomer(), "je voudrais mettre à jour mon profil");
      expect(plain(replies)).toMatch(/^Je n'ai pas trouvé quoi changer dans votre message\./);
      expect(buttons(replies).map((b) => b.label)).toContain("Compétences");
    });
  });

  describe("with buttons", () => {
    it("toggles a skill on and off, the message replaced each time with the held ones marked", async () => {
      const user = newcomer();
      const card = await t.handle(commandFrom(user, "profil", ""));
      const skills = await clicks(user, button(card, "Compétences"));
      expect(skills[0]).toMatchObject({ replaceOriginal: true });
      expect(buttons(skills).length).toBeLessThanOrEqual(25);
      const on = await clicks(user, button(skills, "gériatrie"));
      expect(plain(on)).toMatch(/^Ajouté à vos compétences : gériatrie\./);
      expect(buttons(on).find((b) => b.label === "✓ gériatrie")).toBeDefined();
      const off = await clicks(user, button(on, "✓ gériatrie"));
      expect(plain(off)).toMatch(/^Retiré de vos compétences : gériatrie\./);
      expect(await tags(user, "skill")).toEqual([]);
    });

    it("sets availability, hours a month, quiet hours and the language from their presets", async () => {
      const user = newcomer();
      const card = await t.handle(commandFrom(user, "profil", ""));
      const availability = await clicks(user, button(card, "Disponibilités"));
      await clicks(user, button(availability, "week-end"));
      await clicks(user, button(availability, "8 h/mois"));
      const quiet = await clicks(user, button(card, "Heures calmes"));
      expect(buttons(quiet).map((b) => b.label)).toEqual([
        "20:00 → 08:00",
        "21:00 → 08:00",
        "22:00 → 07:00",
        "✓ Pas d'heures calmes",
        "Autres horaires…",
        "← Mon profil",
      ]);
      await clicks(user, button(quiet, "22:00 → 07:00"));
      const language = await clicks(user, button(card, "Langue"));
      expect(plain(await clicks(user, button(language, "English")))).toMatch(/^Language: English\./);
      expect(await stored(user)).toMatchObject({
        availability: JSON.stringify({ slots: ["weekend"], hoursPerMonth: 8 }),
        quietHoursStart: "22:00",
        quietHoursEnd: "07:00",
        locale: "en",
      });
    });
  });

  it("defers a proactive message until the end of the quiet hours the member set", async () => {
    const user = newcomer();
    await says(user, "pas de messages après 20h30");
    const member = await stored(user);
    t.clock.set("2026-11-23T20:00:00Z"); // 21:00 in Paris
    expect(await t.outbound.notify(member.id, [reply("Nouvelle mission près de chez vous")])).toEqual({
      status: "deferred",
      until: new Date("2026-11-24T07:00:00Z"), // 08:00 in Paris, the network's default end
    });
    t.clock.set("2026-11-23T10:00:00Z");
  });

  it("invites a newcomer the team approves as a volunteer to complete their profile, with its buttons", async () => {
    const user = newcomer();
    await says(user, "bonjour");
    const member = await stored(user);
    const coordinator = await t.database.db.member.findUniqueOrThrow({ where: { email: "julie.moreau@example.org" } });
    await t.database.db.member.update({ where: { id: member.id }, data: { welcomedAt: new Date() } });
    const [notice] = await t.handle(clickFrom("coordinator", `onboarding:approve:${member.id}:volunteer`));
    expect(replyToPlainText(notice!)).toMatch(/validée \(adhérent·e et bénévole\)/);
    expect(coordinator.id).toBeGreaterThan(0);
    const sent = t.channel.direct.filter((d) => d.target.externalUserId === user).at(-1)!.replies;
    expect(plain(sent)).toMatch(
      /Bonne nouvelle.*\n---\nPour que l'équipe vous propose des missions qui vous correspondent/,
    );
    expect(buttons(sent).map((b) => b.label)).toEqual([
      "Compétences",
      "Motivations",
      "Disponibilités",
      "Voir mon profil",
    ]);
    const card = await clicks(user, button(sent, "Voir mon profil"));
    expect(plain(card)).toMatch(/Pour vous proposer des missions, il manque/);
  });
});
