import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsoleChannel } from "../../../src/channels/console/console-channel.ts";
import { startConsole } from "../../support/console-session.ts";
import type { Terminal } from "../../support/terminal.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { createMissionsBot } from "./missions-support.ts";

describe("a mission created in the terminal", () => {
  let t: TestBot;
  let terminal: Terminal;
  let channel: ConsoleChannel;
  beforeEach(async () => {
    t = await createMissionsBot();
    ({ terminal, channel } = await startConsole(t, "coordinator"));
  });
  afterEach(async () => {
    await channel.stop();
    await t.close();
  });

  it("is asked field by field, the dates typed as a coordinator says them", async () => {
    expect(await terminal.type("/missions")).toMatch(
      /Aucune mission en cours : créez-en une\.\n\[1\] Créer une mission$/,
    );
    expect(await terminal.type("1")).toBe("Nouvelle mission — /annuler pour abandonner le formulaire.\nTitre");
    await terminal.type("Former les IDE de Vitry aux soins palliatifs");
    await terminal.type("Deux heures de cas cliniques avec l'EMSP.");
    await terminal.type("1"); // formation
    await terminal.type("IDE, soins palliatifs");
    expect(await terminal.type("")).toBe(
      "Ce champ est obligatoire.\nOù\n  [1] à distance\n  [2] tout le territoire\n" +
        "  [3] Vitry-sur-Seine\n  [4] Ivry-sur-Seine\n  [5] Villejuif\n  [6] Le Kremlin-Bicêtre\n  [7] Gentilly\n  [8] Arcueil\n" +
        "  [9] Cachan\n  [10] L'Haÿ-les-Roses\n  [11] Fresnes\n  [12] Chevilly-Larue\n  [13] Thiais\n  [14] Orly\n" +
        "  [15] Choisy-le-Roi\n  [16] Rungis\n  [17] Villeneuve-le-Roi\n  [18] Ablon-sur-Seine",
    );
    await terminal.type("3");
    await terminal.type("");
    expect(await terminal.type("samedi 12 décembre 9h-12h")).toMatch(/^Fin \(facultatif\)/);
    await terminal.type("");
    await terminal.type("3");
    expect(await terminal.type("")).toMatch(/^Réponse attendue avant le \(facultatif\)/); // seats: Enter keeps 1
    await terminal.type("");
    const saved = await terminal.type(""); // contact: Enter keeps Julie Moreau
    expect(saved).toMatch(/^Mission 1 enregistrée en brouillon/);
    expect(saved).toContain("Quand: samedi 12 décembre 2026, 09:00–12:00");
    expect(saved).toContain("Contact: Julie Moreau");
  });
});
