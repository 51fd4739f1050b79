import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { clickFrom, commandFrom, textFrom } from "../support/events.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []);

/**
 * The issue's scenarios, end to end: the installed features, the trained model and the fictional
 * demo network, as the GP and the coordinator personas of the console.
 */
describe("information and orientation, as the network's GP and coordinator", () => {
  let t: TestBot;
  const logLines: string[] = [];
  const gp = (text: string) => t.handle(textFrom("gp", text));

  beforeAll(async () => {
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await createTestBot({ features, classifier: "trained", log: pino({ level: "debug" }, sink) });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it("lists the HAD covering Vitry-sur-Seine first, with phone and source", async () => {
    const answer = await gp("besoin d'une HAD pour un patient à Vitry");
    const text = plain(answer);
    expect(text).toMatch(/^Hospitalisation à domicile \(HAD\) pour Vitry-sur-Seine :/);
    const first = text.split("\n")[1]!;
    expect(first).toMatch(/^HAD .* — couvre Vitry-sur-Seine$/);
    expect(text).toMatch(/Téléphone: 01 99 00 \d\d \d\d/);
    expect(text).toMatch(/Source : annuaire du réseau, fiche vérifiée le/);
  });

  it("asks for the commune when palliative care is asked without one, then answers for it", async () => {
    const question = await gp("qui appeler pour des soins palliatifs à domicile ?");
    expect(plain(question)).toMatch(/Dans quelle commune vit le patient \?/);
    expect(buttons(question)[0]!.label).toBe("Vitry-sur-Seine"); // the GP's own commune first
    const answer = plain(await gp("Ivry"));
    expect(answer).toMatch(/^Équipe mobile de soins palliatifs \(EMSP\) pour Ivry-sur-Seine :/);
    expect(answer).toMatch(/couvre Ivry-sur-Seine/);
  });

  it("gives no dosage for a clinical question and orients to the experts", async () => {
    const answer = await gp("quelle dose de morphine pour une douleur ?");
    const text = plain(answer);
    expect(text).toMatch(/^Je ne donne pas d'avis médical/);
    expect(text).not.toMatch(/\d+\s?(mg|µg|ml)\b/i);
    expect(text).toMatch(/EMSP .* — couvre Vitry-sur-Seine/);
    expect(buttons(answer).map((b) => b.label)).toContain("Transmettre à l'équipe");
  });

  it("stores no NIR or name anywhere and warns, for a message with patient data", async () => {
    const answer = plain(await gp("patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide"));
    expect(answer).toMatch(/Pas de données patient ici/);
    const tables = await Promise.all(
      [
        t.database.db.conversationLog.findMany(),
        t.database.db.conversationState.findMany(),
        t.database.db.coordinationRequest.findMany(),
        t.database.db.requestEvent.findMany(),
        t.database.db.job.findMany(),
        t.database.db.member.findMany(),
        t.database.db.platformIdentity.findMany(),
        t.database.db.processedEvent.findMany(),
        t.database.db.conversationNotice.findMany(),
      ].map((q) => q.then((rows) => JSON.stringify(rows))),
    );
    for (const raw of ["Durand", "185057800608491", "1 85 05 78 006 084 91", "006 084"]) {
      expect(tables.join("\n")).not.toContain(raw);
      expect(logLines.join("")).not.toContain(raw);
    }
  });

  it("hands a complex situation to the coordinator, whose answer reaches the GP", async () => {
    const need = await gp(
      "situation complexe, patient en fin de vie à domicile à Ivry, la famille est épuisée, besoin que la coordination organise",
    );
    let replies = need;
    for (let step = 0; step < 5 && !plain(replies).includes("transmise"); step++) {
      const next = buttons(replies).find((b) =>
        /Aujourd'hui|Répondez-moi ici|Envoyer|Soins palliatifs|Ivry/.test(b.label),
      );
      if (!next) throw new Error(`stuck at:\n${plain(replies)}`);
      replies = await t.handle(clickFrom("gp", next.actionId));
    }
    const number = /Demande n°(\d+) transmise/.exec(plain(replies))![1]!;
    await t.handle(commandFrom("coordinator", "prendre", number));
    await t.handle(commandFrom("coordinator", "repondre", `${number} Nous appelons la famille cet après-midi.`));
    const toGp = t.channel.direct.filter((d) => d.target.externalUserId === "gp").map((d) => plain(d.replies));
    expect(toGp.at(-1)).toBe(
      `Réponse de l'équipe de coordination à votre demande n°${number} :\nNous appelons la famille cet après-midi.`,
    );
  });

  describe("a pending question and what the GP writes next", () => {
    it("answers a complete new question for its own commune, not the one the pending question kept", async () => {
      const asked = plain(await gp("j'ai besoin de quelqu'un pour un patient à Choisy"));
      expect(asked).toMatch(/Quel type de ressource cherchez-vous \?/);
      const answer = plain(await gp("mon patient a besoin d'une HAD à Ivry"));
      expect(answer).toMatch(/^Hospitalisation à domicile \(HAD\) pour Ivry-sur-Seine :/);
      expect(answer.split("\n")[1]).toMatch(/ — couvre Ivry-sur-Seine$/);
      expect(answer).not.toMatch(/pour Choisy/);
    });

    it("still reads a bare answer as the answer: the type for the commune kept, the commune for the type kept", async () => {
      await gp("j'ai besoin de quelqu'un pour un patient à Choisy");
      expect(plain(await gp("HAD"))).toMatch(/^Hospitalisation à domicile \(HAD\) pour Choisy-le-Roi :/);
      await gp("qui appeler pour des soins palliatifs à domicile ?");
      expect(plain(await gp("à Ivry"))).toMatch(/^Équipe mobile de soins palliatifs \(EMSP\) pour Ivry-sur-Seine :/);
    });

    it("leaves the question for another topic, answers it, and does not come back to the old search", async () => {
      await gp("qui appeler pour des soins palliatifs à domicile ?");
      const trainings = plain(await gp("prochaines formations"));
      expect(trainings).toMatch(/^Prochaines formations du réseau/);
      expect(trainings).not.toMatch(/Reprendre/);
      expect(await t.database.db.conversationState.count({ where: { step: "orientation.search" } })).toBe(0);
    });

    it("sets a half-written request aside for another question and resumes it where it was", async () => {
      const situation =
        "situation complexe, patient en fin de vie à Ivry, la famille est épuisée, besoin que la coordination organise";
      expect(plain(await gp(situation))).toMatch(/degré d'urgence/);
      const elsewhere = await gp("prochaines formations");
      expect(plain(elsewhere)).toMatch(/^Prochaines formations du réseau/);
      const resume = buttons(elsewhere).find((b) => b.label === "Reprendre la demande à l'équipe");
      expect(resume).toBeDefined();
      expect(plain(await t.handle(clickFrom("gp", resume!.actionId)))).toMatch(/degré d'urgence/);
    });
  });
});
