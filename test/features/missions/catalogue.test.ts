import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clickFrom, commandFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import {
  assign,
  buttonOf,
  createMissionsBot,
  createThroughForm,
  plain,
  submit,
  TRAINING_FORM,
} from "./missions-support.ts";

let t: TestBot;
beforeEach(async () => {
  t = await createMissionsBot();
});
afterEach(() => t.close());

const missions = (who: string, text = "") => t.handle(commandFrom(who, "missions", text));

describe("the missions catalogue, for the coordination team", () => {
  it("creates a mission from its form as a draft, with its card, its history and what to do next", async () => {
    const overview = await missions("coordinator");
    expect(plain(overview)).toMatch(
      /^Missions\n0 brouillon · 0 ouverte · 0 complète · 0 en cours · 0 terminée · 0 annulée/,
    );
    const form = buttonOf(overview, "Créer une mission")!.opensForm!;
    expect(form.fields.map((f) => f.label)).toEqual([
      "Titre",
      "Description",
      "Type de mission",
      "Profil recherché",
      "Où",
      "Lieu précis",
      "Quand",
      "Fin",
      "Temps estimé",
      "Nombre de places",
      "Réponse attendue avant le",
      "Contact des bénévoles",
    ]);
    const saved = await submit(t, "coordinator", buttonOf(overview, "Créer une mission")!, TRAINING_FORM);
    expect(plain(saved)).toBe(
      [
        "Mission 1 enregistrée en brouillon : personne n'est sollicité avant que vous la publiiez.",
        "Mission 1 — Former les IDE de Vitry aux soins palliatifs",
        "Deux heures de cas cliniques avec l'EMSP, pour des infirmières libérales.",
        "Type: formation",
        "Quand: samedi 12 décembre 2026, 09:00–12:00",
        "Où: Maison de santé (démo), 12 rue de la Démo (Vitry-sur-Seine)",
        "Temps: 3 h environ",
        "Places: 2 places libres sur 2",
        "Profil recherché: infirmier·e, soins palliatifs",
        "Réponse avant le: mardi 8 décembre 2026 à 18:00",
        "Contact: Julie Moreau",
        "Statut : brouillon",
        "Historique",
        "• 23 nov. 11:00 — créée par Julie Moreau",
        "Bénévoles sollicités (0)",
        "[Publier] [Modifier] [Annuler la mission]",
      ].join("\n"),
    );
    const tags = await t.database.db.missionTag.findMany({ where: { missionId: 1 }, orderBy: { value: "asc" } });
    expect(tags.map((tag) => `${tag.kind}:${tag.value}`)).toEqual([
      "motivation:formation_des_pairs",
      "profession:nurse",
      "skill:soins_palliatifs",
    ]);
  });

  it("says every problem of the form in the coordinator's language and opens it again as it was filled", async () => {
    const overview = await missions("coordinator");
    const replies = await submit(t, "coordinator", buttonOf(overview, "Créer une mission")!, {
      ...TRAINING_FORM,
      profile: "IDE, soins paliatifs, jardinage",
      when: "samedi 12 décembre 9h",
      ends: "8h",
      seats: "0",
      respond_by: "20 décembre",
    });
    expect(plain(replies)).toBe(
      [
        "Je n'ai pas pu enregistrer la mission :",
        "• « soins paliatifs » n'est ni une profession ni une compétence connue (proches : médecin spécialiste, soins palliatifs) ;",
        "• « jardinage » n'est ni une profession ni une compétence connue (proches : —) ;",
        "• la fin doit venir après le début ;",
        "• le nombre de places est un nombre de 1 à 50 ;",
        "[Corriger le formulaire]",
      ].join("\n"),
    );
    const again = buttonOf(replies, "Corriger le formulaire")!.opensForm!;
    expect(again.fields.find((f) => f.name === "when")?.initial).toBe("samedi 12 décembre 9h");
    expect(await t.database.db.mission.count()).toBe(0);
  });

  it("always wants an end, a start to come, and an answer date before the start", async () => {
    const overview = await missions("coordinator");
    const create = buttonOf(overview, "Créer une mission")!;
    expect(
      plain(await submit(t, "coordinator", create, { ...TRAINING_FORM, when: "samedi 12 décembre 9h" })),
    ).toContain("une mission se termine toujours : donnez la fin");
    expect(
      plain(await submit(t, "coordinator", create, { ...TRAINING_FORM, when: "2026-11-20 09:00", ends: "12:00" })),
    ).toContain("« 2026-11-20 09:00 » est déjà passé");
    expect(plain(await submit(t, "coordinator", create, { ...TRAINING_FORM, respond_by: "20 décembre" }))).toContain(
      "la réponse « 20 décembre » doit être attendue avant le début de la mission",
    );
  });

  it("reads dates in English too, and a mission in several days", async () => {
    const id = await createThroughForm(t, {
      ...TRAINING_FORM,
      where: "remote",
      place: "",
      when: "2027-01-15 14:00",
      ends: "16/01/2027 12h",
      hours: "2h30",
      respond_by: "",
    });
    const mission = await t.database.db.mission.findUniqueOrThrow({ where: { id } });
    expect([
      mission.startsAt.toISOString(),
      mission.endsAt.toISOString(),
      mission.estimatedHours,
      mission.remote,
    ]).toEqual(["2027-01-15T13:00:00.000Z", "2027-01-16T11:00:00.000Z", 2.5, true]);
  });

  it("publishes a draft: its card shows it open, and its history who published it", async () => {
    const id = await createThroughForm(t);
    const card = await t.handle(clickFrom("coordinator", `missions:team-card:${id}`));
    const published = await t.handle(clickFrom("coordinator", buttonOf(card, "Publier")!.actionId));
    expect(plain(published)).toContain("Statut : ouverte");
    expect(plain(published)).toContain("• 23 nov. 11:00 — publiée par Julie Moreau");
    expect(plain(published)).toContain("Mission 1 publiée : elle est ouverte aux bénévoles.");
    expect(buttonOf(published, "Publier")).toBeUndefined();
    expect(plain(await t.handle(clickFrom("coordinator", `missions:publish:${id}`)))).toBe(
      "La mission 1 n'est pas un brouillon : elle est ouverte.",
    );
  });

  it("edits a mission from its prefilled form and records which fields changed", async () => {
    const id = await createThroughForm(t);
    const card = await t.handle(clickFrom("coordinator", `missions:team-card:${id}`));
    const edit = buttonOf(card, "Modifier")!;
    expect(edit.opensForm!.fields.find((f) => f.name === "when")?.initial).toBe("2026-12-12 09:00");
    const unchanged = await submit(t, "coordinator", edit, {});
    expect(plain(unchanged)).toMatch(/^Rien n'a changé\./);
    const edited = await submit(t, "coordinator", edit, { ends: "2026-12-12 12:30", seats: "3" });
    expect(plain(edited)).toMatch(/^Mission 1 modifiée : Fin, Nombre de places\./);
    expect(plain(edited)).toContain("— modifiée par Julie Moreau : Fin, Nombre de places");
  });

  it("shows who was asked and what they answered", async () => {
    const id = await createThroughForm(t);
    await t.handle(clickFrom("coordinator", `missions:publish:${id}`));
    await assign(t, id, "ines-garnier", "accepted");
    await assign(t, id, "claire-martin", "declined");
    const card = plain(await t.handle(clickFrom("director", `missions:team-card:${id}`)));
    expect(card).toContain(
      [
        "Bénévoles sollicités (2)",
        "• Inès Garnier — sollicité·e le lundi 23 novembre 2026 à 11:00 · a accepté le lundi 23 novembre 2026 à 11:00",
        "• Dr Claire Martin — sollicité·e le lundi 23 novembre 2026 à 11:00 · a décliné le lundi 23 novembre 2026 à 11:00 (Trop loin)",
      ].join("\n"),
    );
  });

  it("cancels a mission with its reason, tells the volunteers concerned, and keeps the reason in its history", async () => {
    const id = await createThroughForm(t);
    await t.handle(clickFrom("coordinator", `missions:publish:${id}`));
    await assign(t, id, "ines-garnier", "accepted");
    const card = await t.handle(clickFrom("coordinator", `missions:team-card:${id}`));
    const cancel = buttonOf(card, "Annuler la mission")!;
    expect(plain(await submit(t, "coordinator", cancel, { reason: "" }))).toMatch(/^Dites pourquoi/);
    const done = await submit(t, "coordinator", cancel, { reason: "l'EMSP ne peut pas venir" });
    expect(plain(done)).toBe("Mission 1 annulée, 1 bénévole prévenu·e.");
    await t.scheduler.tick();
    expect(t.channel.direct.map((d) => plain(d.replies))).toEqual([
      "La mission 1 — Former les IDE de Vitry aux soins palliatifs du samedi 12 décembre 2026 est annulée (l'EMSP ne peut pas venir). Merci d'avoir répondu présent·e !",
    ]);
    const after = plain(await t.handle(clickFrom("coordinator", `missions:team-card:${id}`)));
    expect(after).toContain("— annulée par Julie Moreau : l'EMSP ne peut pas venir");
    expect(after).not.toContain("[Modifier]");
  });

  it("lists the missions of one state", async () => {
    await createThroughForm(t);
    const second = await createThroughForm(t, {
      ...TRAINING_FORM,
      title: "Groupe de travail sur les directives anticipées",
      kind: "working_group",
    });
    await t.handle(clickFrom("coordinator", `missions:publish:${second}`));
    expect(plain(await missions("coordinator", "brouillons"))).toMatch(
      /^Missions — brouillon \(1\)\n• Mission 1 — Former les IDE/,
    );
    expect(plain(await missions("coordinator"))).toContain("1 brouillon · 1 ouverte · 0 complète");
  });
});

describe("the catalogue, for everyone else", () => {
  it("refuses a volunteer who asks to create a mission, naming who can", async () => {
    expect(plain(await missions("volunteer", "nouvelle"))).toBe(
      "Cette action est réservée à l'équipe de coordination ou à la direction du réseau. Vous pouvez leur adresser votre demande, ou taper aide pour voir ce que je peux faire pour vous.",
    );
  });

  it("refuses a forged form submission or card click from a volunteer", async () => {
    const overview = await missions("coordinator");
    expect(plain(await submit(t, "volunteer", buttonOf(overview, "Créer une mission")!, TRAINING_FORM))).toMatch(
      /^Cette action est réservée à l'équipe de coordination ou à la direction du réseau\./,
    );
    expect(await t.database.db.mission.count()).toBe(0);
  });
});
