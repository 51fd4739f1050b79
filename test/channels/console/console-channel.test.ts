import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsoleChannel } from "../../../src/channels/console/console-channel.ts";
import { defineAction, noArgs } from "../../../src/core/action-id.ts";
import { type Feature, onForm } from "../../../src/core/feature.ts";
import { reply, withButtons } from "../../../src/core/reply.ts";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { privacyFeature } from "../../../src/features/privacy/index.ts";
import { startConsole } from "../../support/console-session.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import { type Terminal, until } from "../../support/terminal.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

const withdraw = defineAction("test:withdraw", noArgs);
const sendForm = defineAction("test:form", noArgs);
const feature: Feature = {
  name: "test",
  intents: {
    greeting: { run: (ctx) => reply(`Bonjour ${ctx.member.displayName} !`) },
    "form.demo": {
      run: () =>
        withButtons(reply("Un formulaire ?"), {
          label: "Remplir",
          actionId: sendForm.id(),
          opensForm: {
            actionId: sendForm.id(),
            title: "Demande",
            submitLabel: "Envoyer",
            fields: [
              { name: "summary", label: "Situation", kind: "paragraph", hint: "Sans nom du patient." },
              {
                name: "urgency",
                label: "Urgence",
                kind: "select",
                initial: "routine",
                options: [
                  { value: "same_day", label: "Aujourd'hui" },
                  { value: "routine", label: "Pas urgent" },
                ],
              },
            ],
          },
        }),
    },
    "missions.mine": {
      run: () =>
        withButtons(reply("Mission 12 : accueil des nouveaux adhérents"), {
          label: "Me retirer",
          actionId: withdraw.id(),
          style: "danger",
          confirm: {
            title: "Se retirer ?",
            text: "La mission 12 sera proposée à quelqu'un d'autre.",
            confirm: "Oui",
            deny: "Non",
          },
        }),
    },
  },
  actions: [{ action: withdraw, run: () => reply("Vous êtes retirée de la mission 12.") }],
  forms: [onForm(sendForm, (_ctx, _args, values) => reply(`Reçu : ${values.summary}, ${values.urgency}`))],
};
const classifier = new ScriptedClassifier({
  bonjour: { intent: "greeting", score: 1 },
  "mes missions": { intent: "missions.mine", score: 1 },
  "un formulaire": { intent: "form.demo", score: 1 },
});

describe("the console channel", () => {
  let t: TestBot;
  let terminal: Terminal;
  let channel: ConsoleChannel;
  beforeEach(async () => {
    t = await createTestBot({ features: [feature, privacyFeature], classifier });
    await seedDemoMembers(t.services);
    ({ terminal, channel } = await startConsole(t, "gp"));
  });
  afterEach(async () => {
    await channel.stop();
    await t.close();
  });

  it("greets as the demo persona and says who you are", async () => {
    expect(terminal.all).toContain("Vous êtes Dr Claire Martin (médecin généraliste à Vitry).");
    expect(await terminal.type("bonjour")).toBe("Bonjour Dr Claire Martin !");
  });

  it("switches persona with /as, and refuses an unknown one listing the choices", async () => {
    expect(await terminal.type("/as volunteer")).toBe("Vous êtes Inès Garnier (infirmière libérale sympathisante).");
    expect(await terminal.type("bonjour")).toBe("Bonjour Inès Garnier !");
    expect(await terminal.type("/as nobody")).toMatch(
      /Persona inconnue « nobody »\. Choix : gp, volunteer, board, director, coordinator/,
    );
  });

  it("turns buttons into numbered choices and asks before a confirmed action", async () => {
    expect(await terminal.type("mes missions")).toBe("Mission 12 : accueil des nouveaux adhérents\n[1] Me retirer");
    expect(await terminal.type("1")).toBe(
      "Se retirer ? — La mission 12 sera proposée à quelqu'un d'autre. (o = Oui, n = Non)",
    );
    expect(await terminal.type("n")).toBe("Annulé.");
    await terminal.type("mes missions");
    await terminal.type("1");
    expect(await terminal.type("o")).toBe("Vous êtes retirée de la mission 12.");
    expect(await terminal.type("3")).not.toMatch(/choix/); // no buttons any more: "3" is just a message
  });

  it("asks a form's fields one by one, keeps prefilled values on Enter, and sends the submission", async () => {
    expect(await terminal.type("un formulaire")).toBe("Un formulaire ?\n[1] Remplir");
    expect(await terminal.type("1")).toBe(
      "Demande — /annuler pour abandonner le formulaire.\nSituation\n  Sans nom du patient.",
    );
    expect(await terminal.type("")).toBe("Ce champ est obligatoire.\nSituation\n  Sans nom du patient.");
    expect(await terminal.type("aidant épuisé")).toBe(
      "Urgence\n  [1] Aujourd'hui\n  [2] Pas urgent\n  Entrée pour garder : Pas urgent",
    );
    expect(await terminal.type("5")).toBe(
      "Tapez un numéro entre 1 et 2.\nUrgence\n  [1] Aujourd'hui\n  [2] Pas urgent\n  Entrée pour garder : Pas urgent",
    );
    expect(await terminal.type("")).toBe("Reçu : aidant épuisé, routine");
  });

  it("prints a proactive message to a persona with its recipient", async () => {
    const volunteer = await t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
    await t.outbound.notify(volunteer.id, [reply("Nouvelle mission proposée")], { urgent: true });
    await until(() => terminal.all.includes("Nouvelle mission proposée"));
    expect(terminal.all).toContain("📨 Message direct pour Inès Garnier :\nNouvelle mission proposée");
  });

  it("prints a data export as text, since the terminal carries no files", async () => {
    const printed = await terminal.type("/mesdonnees export");
    expect(printed).toMatch(
      /^🔒 visible par vous seul\nVoici une copie de tout ce que le bot garde sur vous, dans un fichier JSON \(mes-donnees-\d+-2026-11-23\.json\)/,
    );
    expect(printed).toMatch(/\n📎 Vos données — mes-donnees-\d+-2026-11-23\.json\n\{\n {2}"memberId"/);
    const json = JSON.parse(printed.slice(printed.indexOf("\n{") + 1)) as { profile: { email: string } };
    expect(json.profile.email).toBe("claire.martin@example.org");
  });

  it("closes on /quit", async () => {
    terminal.input.write("/quit\n");
    await channel.closed;
    expect(terminal.all).toContain("Au revoir.");
  });
});
