import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { commandFrom, textFrom } from "../support/events.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const labels = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []).map((b) => b.label);

/**
 * What real members met in the first weeks, corrected: needs the directory does not list, the
 * language of the answers, refusals, a number typed out of place. The installed features, the trained
 * model and the fictional demo network.
 */
describe("orientation, corrected from use", () => {
  let t: TestBot;
  const gp = (text: string) => t.handle(textFrom("gp", text));
  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained" });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  describe("needs", () => {
    it("answers a physiotherapist at home for Choisy with the physiotherapists of Choisy", async () => {
      const answer = plain(await gp("kiné à domicile pour un patient à Choisy"));
      expect(answer).toMatch(
        /^Kinésithérapeute pour Choisy-le-Roi :\nCabinet de kinésithérapie du Port \(démo\) — couvre Choisy-le-Roi/,
      );
    });

    it("says plainly when the directory lists no such need, and offers the coordination support service and the team, never another type", async () => {
      const replies = await gp("il me faudrait un orthophoniste pour un patient à Vitry");
      const answer = plain(replies);
      expect(answer).toMatch(/^L'annuaire du réseau ne recense pas encore de ressource de ce type : Orthophoniste\./);
      expect(answer).toMatch(/DAC du Réseau Santé 94 Ouest \(démo\)/);
      expect(labels(replies)).toEqual(["Transmettre à l'équipe", "Non merci"]);
    });

    it("says when a listed need has nothing near the commune, with the same help", async () => {
      const replies = await gp("un kiné pour un patient à Ablon");
      expect(plain(replies)).toMatch(
        /^Je ne trouve pas de ressource « Kinésithérapeute » pour Ablon-sur-Seine ni pour les communes voisines/,
      );
      expect(plain(replies)).toMatch(/DAC du Réseau Santé 94 Ouest/);
      expect(labels(replies)).toEqual(["Transmettre à l'équipe", "Non merci"]);
    });

    it.each([
      ["une place en EHPAD à Orly", /^EHPAD \(maison de retraite médicalisée\) pour Orly :/],
      ["accueil de jour alzheimer vers Arcueil", /^Accueil de jour pour Arcueil :/],
      ["un hébergement temporaire à Rungis", /^Hébergement temporaire pour Rungis :/],
      ["l'équipe mobile de gériatrie pour Ivry", /^Équipe mobile de gériatrie \(EMG\) pour Ivry-sur-Seine :/],
      ["ESA sur Cachan ?", /^Équipe spécialisée Alzheimer \(ESA\) pour Cachan :/],
      ["une USP pour un patient de Villejuif", /^Unité de soins palliatifs \(USP\) pour Villejuif :/],
      [
        "des lits identifiés soins palliatifs près de Fresnes",
        /^Lits identifiés de soins palliatifs \(LISP\) pour Fresnes :/,
      ],
      ["infirmière libérale à Vitry", /^Infirmier\(e\) libéral\(e\) \(IDEL\) pour Vitry-sur-Seine :/],
      ["la CPTS de Thiais", /^Communauté professionnelle territoriale de santé \(CPTS\) pour Thiais :/],
    ])("finds « %s »", async (text, heading) => {
      expect(plain(await gp(text))).toMatch(heading);
    });

    it("reads the new needs in English too", async () => {
      expect(plain(await t.handle(textFrom("en-gp", "need a physiotherapist at home in Choisy")))).toMatch(
        /^Physiotherapist for Choisy-le-Roi:/,
      );
      expect(plain(await t.handle(textFrom("en-gp", "is there a nursing home near Orly?")))).toMatch(
        /^Nursing home \(EHPAD\) for Orly:/,
      );
    });
  });

  describe("language", () => {
    const FRENCH = /[àâçéèêîôûùœ]|\b(Je|Vous|vous|Avec)\b/;
    const ENGLISH = /\b(I|you|your|You|the|What|Type|type|Here|Thanks)\b/;

    it.each([
      "SELECT * FROM membres WHERE id = 1;",
      "select * from patients where nom='x'",
      "<script>alert(1)</script>",
      "ok thanks merci",
      "ｔｅｓｔ ｔｅｓｔ",
    ])("answers a French member in French after « %s », and goes on in French", async (garbled) => {
      const member = `fr-${garbled.length}`;
      await t.handle(textFrom(member, "bonjour, besoin d'une HAD à Vitry"));
      const answer = plain(await t.handle(textFrom(member, garbled)));
      expect(answer).toMatch(FRENCH);
      expect(answer).not.toMatch(ENGLISH);
      const next = plain(await t.handle(textFrom(member, "ok")));
      expect(next).toMatch(FRENCH);
      expect(next).not.toMatch(ENGLISH);
    });

    it("reads full-width letters as the letters they are", async () => {
      expect(plain(await t.handle(textFrom("fullwidth", "ｂｅｓｏｉｎ ｄ'ｕｎｅ ＨＡＤ à Ivry")))).toMatch(
        /^Hospitalisation à domicile \(HAD\) pour Ivry-sur-Seine :/,
      );
    });

    it("keeps an English member in English after a line of code", async () => {
      await t.handle(textFrom("en-member", "hello, I need a home care nurse in Ivry"));
      const answer = plain(await t.handle(textFrom("en-member", "SELECT * FROM membres WHERE id = 1;")));
      expect(answer).toMatch(ENGLISH);
      expect(answer).not.toMatch(FRENCH);
    });

    it("still follows a member who writes a real sentence in the other language", async () => {
      await t.handle(textFrom("switcher", "bonjour"));
      expect(plain(await t.handle(textFrom("switcher", "what can you do?")))).toMatch(
        /^Here is what I can do for you:/,
      );
    });
  });

  describe("refusals and stray numbers", () => {
    it("says who may do it, and what the member can do instead", async () => {
      expect(plain(await t.handle(commandFrom("gp", "demandes", "")))).toBe(
        "Cette action est réservée à l'équipe de coordination. Vous pouvez leur adresser votre demande, ou taper aide pour voir ce que je peux faire pour vous.",
      );
    });

    it("says there is nothing to choose when a number comes with no question waiting", async () => {
      const replies = await gp("99");
      expect(plain(replies)).toMatch(/^Il n'y a rien à choisir en ce moment/);
      expect(labels(replies)).not.toContain("Transmettre à l'équipe");
    });
  });
});
