import { afterEach, describe, expect, it } from "vitest";
import { submitForm } from "../../../src/features/announcements/actions.ts";
import { commandFrom, inbound, textFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { announcementBot, option, read, runJobs, send, text, writeAnnouncement } from "./announcement-fixtures.ts";

const HAD = {
  title: "Admissions HAD",
  body: "À partir du 1er décembre, les admissions en HAD passent par la plateforme.\nlien : https://example.org/had",
  audience: "les médecins généralistes de Vitry et d'Ivry",
  when: "maintenant",
};

describe("announcements by the director", () => {
  let t: TestBot;
  afterEach(() => t.close());

  // The demo network also offers its missions to volunteers by direct message: only announcements count here.
  const announcements = () => t.channel.direct.filter((d) => /Annonce n° \d+ du réseau/.test(text(d.replies)));
  const recipients = () =>
    announcements()
      .map((d) => d.target.externalUserId)
      .sort();

  it("refuses an announcement from a volunteer and says who can", async () => {
    t = await announcementBot();
    const answer = text(await t.handle(commandFrom("volunteer", "annonce", "")));
    expect(answer).toContain("réservée à la direction du réseau ou à l'équipe de coordination");
    expect(answer).toContain("Demandez-leur de diffuser votre message");
    expect(await t.database.db.announcement.count()).toBe(0);
  });

  it("reaches exactly the GPs of Vitry and Ivry of the demo file, and counts deliveries and reads", async () => {
    t = await announcementBot();
    const preview = text(await writeAnnouncement(t, HAD));
    expect(preview).toContain("médecin généraliste · Vitry-sur-Seine ou Ivry-sur-Seine");
    expect(preview).toContain("2 membres");
    expect(preview).toContain("2 dans le terminal");
    expect(preview).toContain("les admissions en HAD passent par la plateforme"); // the message itself
    expect(text(await send(t))).toContain("l'annonce n° 1 est en cours d'envoi");
    await runJobs(t);

    // Claire Martin (persona "gp", Vitry) and François Bernard (Ivry): the demo file's only GPs there.
    expect(recipients()).toEqual(["francois-bernard", "gp"]);
    const received = text(announcements()[0]!.replies);
    expect(received).toContain("Admissions HAD");
    expect(received).toContain("[Lu ✓]");

    const marked = text(await read(t, "gp", 1));
    expect(marked).toContain("✓ Lu");
    await read(t, "gp", 1); // a second click changes nothing
    const stats = text(await t.handle(commandFrom("director", "annonce", "stats 1")));
    expect(stats).toContain("Destinataires: 2");
    expect(stats).toContain("Reçue: 2");
    expect(stats).toContain("Lue: 1");
  });

  it("keeps a named audience and reaches it when the author names it", async () => {
    t = await announcementBot();
    const saved = text(
      await t.handle(
        commandFrom("director", "annonce", "public MG sud : les médecins généralistes de Vitry et d'Ivry"),
      ),
    );
    expect(saved).toContain(
      "Public « MG sud » enregistré : médecin généraliste · Vitry-sur-Seine ou Ivry-sur-Seine (2 membres",
    );
    expect(text(await t.handle(commandFrom("director", "annonce", "publics")))).toContain("MG sud");
    const preview = text(await writeAnnouncement(t, { ...HAD, audience: "la liste mg SUD" }));
    expect(preview).toContain("2 membres");
    await send(t);
    await runJobs(t);
    expect(recipients()).toEqual(["francois-bernard", "gp"]);
  });

  it("starts from the intent, keeping the audience named in the request", async () => {
    t = await announcementBot();
    const asked = text(
      await t.handle(
        textFrom("coordinator", "je voudrais faire une annonce aux médecins généralistes de Vitry et d'Ivry"),
      ),
    );
    expect(asked).toContain("titre");
    await t.handle(textFrom("coordinator", "Soirée douleur"));
    await t.handle(textFrom("coordinator", "Soirée pluripro sur la douleur le 12 à 20h."));
    const preview = text(await t.handle(textFrom("coordinator", "vendredi 18h")));
    expect(preview).toContain("2 membres");
    expect(preview).toContain("vendredi 27 novembre 2026 à 18:00");
  });

  it("reads the whole announcement from its form, and says every problem at once", async () => {
    t = await announcementBot();
    await t.handle(commandFrom("director", "annonce", ""));
    const form = (values: Record<string, string>) =>
      t.handle(inbound("director", { type: "form", actionId: submitForm.id(), values }));
    const problems = text(await form({ title: "", body: "Texte", audience: "les astronautes", when: "hier" }));
    expect(problems).toContain("Un titre de 120 caractères au plus");
    expect(problems).toContain("Je n'ai pas compris à qui l'envoyer (« astronautes »)");
    expect(problems).toContain("Je n'ai pas compris quand l'envoyer");
    const preview = text(
      await form({
        title: "Appel à bénévoles",
        body: "Nous cherchons des bénévoles pour la journée du réseau.\nbouton : Je m'inscris https://example.org/journee",
        audience: "les bénévoles",
        when: "le 3 janvier à 8h30",
      }),
    );
    expect(preview).toContain("example.org/journee");
    expect(preview).toContain("Je m'inscris");
    expect(preview).toContain("dimanche 3 janvier 2027 à 08:30");
    expect(text(await send(t))).toContain("L'annonce n° 1 partira dimanche 3 janvier 2027 à 08:30");
  });

  it("changes the time or the audience at the preview, and says how to answer anything else", async () => {
    t = await announcementBot();
    expect(text(await writeAnnouncement(t, { ...HAD, when: "demain 9h" }))).toContain(
      "Quand: mardi 24 novembre 2026 à 09:00",
    );
    const now = text(await t.handle(textFrom("director", "maintenant")));
    expect(now).toContain("Quand: maintenant");
    expect(now).toContain("Annonce du réseau (son numéro est donné à l'envoi)");
    expect(text(await t.handle(textFrom("director", "les pharmaciens")))).toContain("Destinataires: pharmacien·ne");
    expect(text(await t.handle(textFrom("director", "bof")))).toContain("Répondez « oui » pour l'envoyer");
    expect(text(await t.handle(textFrom("director", "oui")))).toContain("l'annonce n° 1 est en cours d'envoi");
  });

  it("schedules for later, lists, reschedules and cancels, sending nothing meanwhile", async () => {
    t = await announcementBot();
    await writeAnnouncement(t, { ...HAD, when: "demain 9h" });
    expect(text(await send(t))).toContain("partira mardi 24 novembre 2026 à 09:00");
    await runJobs(t);
    expect(announcements()).toEqual([]);
    expect(text(await t.handle(commandFrom("director", "annonce", "liste")))).toContain("programmée");
    expect(text(await t.handle(commandFrom("director", "annonce", "reporter 1 jeudi 8h30")))).toContain(
      "jeudi 26 novembre 2026 à 08:30",
    );
    t.clock.set("2026-11-24T09:00:00Z");
    await runJobs(t);
    expect(announcements()).toEqual([]); // the old time's job did nothing
    expect(text(await t.handle(commandFrom("director", "annonce", "annuler 1")))).toContain("annulée");
    t.clock.set("2026-11-26T08:00:00Z");
    await runJobs(t);
    expect(announcements()).toEqual([]);
    const events = await t.database.db.announcementEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["created", "rescheduled", "cancelled"]);
  });

  it("waits for the end of a member's quiet hours unless urgent", async () => {
    // 22:00 in Paris: the volunteers of Ivry, Inès Garnier among them (quiet 21:00–08:00), get it in the morning, unless it is urgent.
    t = await announcementBot({ now: new Date("2026-11-23T21:00:00Z") });
    await writeAnnouncement(t, { ...HAD, audience: "les sympathisants de Ivry", when: "maintenant" });
    await send(t);
    await runJobs(t);
    expect(recipients()).toEqual([]);
    expect(text(await t.handle(commandFrom("director", "annonce", "stats 1")))).toContain(
      "En attente (heures calmes, nouvel essai): 2",
    );
    await writeAnnouncement(t, { ...HAD, audience: "les sympathisants de Ivry", when: "maintenant" });
    expect(text(await option(t, "urgent"))).toContain("oui : envoyée même pendant les heures calmes");
    await send(t);
    await runJobs(t);
    expect(recipients()).toHaveLength(2);
    expect(recipients()).toContain("volunteer");
  });

  it("mentions in the announcement channel a member whose direct messages are closed, and counts it", async () => {
    t = await announcementBot();
    t.channel.refuseFor("francois-bernard");
    await writeAnnouncement(t, HAD);
    await send(t);
    await runJobs(t);
    t.clock.advance(11 * 60_000);
    await runJobs(t);
    expect(recipients()).toEqual(["gp"]);
    const [post] = t.channel.posts;
    expect(post?.target.conversationId).toBe("annonces");
    expect(post?.mentions).toEqual(["francois-bernard"]);
    expect(text(post!.replies)).toContain("Admissions HAD");
    expect(text(await t.handle(commandFrom("director", "annonce", "stats 1")))).toContain(
      "Échecs: 1 (dont 1 mentionnés dans le canal d'annonces)",
    );
  });

  it("edits and then withdraws every copy already posted, and records both", async () => {
    t = await announcementBot();
    await writeAnnouncement(t, HAD);
    expect(text(await option(t, "where"))).toContain("en message privé + dans le canal d'annonces (le terminal)");
    await send(t);
    await runJobs(t);
    expect(t.channel.posts).toHaveLength(1); // the announcement channel's copy
    await read(t, "gp", 1);

    const edited = text(
      await t.handle(commandFrom("director", "annonce", "modifier 1 Les admissions HAD passent au 2 décembre.")),
    );
    expect(edited).toContain("3 copies mises à jour");
    const edits = t.channel.edits.map((e) => text(e.replies));
    expect(edits.every((e) => e.includes("passent au 2 décembre"))).toBe(true);
    expect(edits.filter((e) => e.includes("✓ Lu"))).toHaveLength(1); // Claire's copy stays read

    expect(text(await t.handle(commandFrom("director", "annonce", "retirer 1")))).toContain(
      "3 copies marquées retirées",
    );
    expect(t.channel.edits.slice(3).every((e) => text(e.replies).includes("Annonce retirée"))).toBe(true);
    const events = await t.database.db.announcementEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.actorId !== null])).toEqual([
      ["created", true],
      ["sent", false],
      ["edited", true],
      ["retracted", true],
    ]);
  });

  it("gives members who chose it one weekly digest instead of each announcement", async () => {
    t = await announcementBot();
    expect(text(await t.handle(commandFrom("gp", "annonces", "résumé lundi 9h")))).toContain("chaque lundi à 09:00");
    const preview = text(await writeAnnouncement(t, HAD));
    expect(preview).toContain("1 la lira dans son résumé hebdomadaire");
    await send(t);
    await runJobs(t);
    expect(recipients()).toEqual(["francois-bernard"]);
    await t.scheduler.planRecurring();
    t.clock.set("2026-11-30T08:00:00Z"); // Monday 9:00 in Paris
    await runJobs(t);
    const digest = t.channel.direct.find((d) => d.target.externalUserId === "gp");
    expect(text(digest!.replies)).toContain("Les annonces du réseau de la semaine");
    expect(text(digest!.replies)).toContain("Admissions HAD");
  });
});
