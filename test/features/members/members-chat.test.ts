import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.ts";
import { replyToPlainText } from "../../../src/core/reply.ts";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { membersFeature } from "../../../src/features/members/index.ts";
import { privacyFeature } from "../../../src/features/privacy/index.ts";
import { clickFrom, commandFrom } from "../../support/events.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

let t: TestBot;
beforeEach(async () => {
  t = await createTestBot({ features: [membersFeature] });
  await seedDemoMembers(t.services);
});
afterEach(() => t.close());

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const search = (who: string, text: string) => t.handle(commandFrom(who, "membres", text));
const idOf = async (key: string) => (await t.database.db.member.findUniqueOrThrow({ where: { key } })).id;
const buttonOf = (replies: Reply[], label: string | RegExp) =>
  replies
    .flatMap((r) => r.buttons ?? [])
    .find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));

describe("/membres for the coordination team", () => {
  it("finds members by profession and commune in French, privately, each with a button to their card", async () => {
    const [answer] = await search("coordinator", "infirmières Vitry");
    expect(answer!.visibility).toBe("ephemeral");
    expect(replyToPlainText(answer!)).toBe(
      [
        "1 membre pour « infirmières Vitry »",
        "Compris : profession infirmier·e · commune Vitry-sur-Seine",
        "• Camille Lucas — infirmier·e — adhérent·e — Vitry-sur-Seine",
        "[Camille Lucas]",
      ].join("\n"),
    );
  });

  it.each([
    ["trésorier", ["Paul Girard"]],
    ["treasurer", ["Paul Girard"]],
    ["martin", ["Dr Claire Martin", "Martine Hubert"]],
    ["tin", []],
    ["MG Vitry", ["Dr Claire Martin"]],
    ["sympathisants soins palliatifs", ["Dr Émilie Robin", "Inès Garnier", "Dr Isabelle Blanc"]],
    ["pharmacists Orly", ["Sandrine Leroy"]],
    ["directrice", ["Sophie Lambert"]],
  ])("reads « %s »", async (text, names) => {
    const [answer] = await search("coordinator", text);
    expect((answer!.buttons ?? []).map((b) => b.label)).toEqual(names);
  });

  it("shows a few members at a time, the rest behind a button", async () => {
    const [first] = await search("coordinator", "bureau");
    expect(replyToPlainText(first!)).toMatch(/^8 membres pour « bureau »\nCompris : rôle président·e · rôle vice-/);
    expect(first!.buttons!.map((b) => b.label)).toEqual([
      "Anne Dubois",
      "Dr Hélène Roussel",
      "Jeanne Perrin",
      "Dr Karim Haddad",
      "Lucie Fontaine",
      "Plus de résultats (3)",
    ]);
    const next = await t.handle(clickFrom("coordinator", buttonOf([first!], /^Plus de résultats/)!.actionId));
    expect(next[0]!.buttons!.map((b) => b.label)).toEqual(["Dr Marc Lefèvre", "Nadia Benali", "Paul Girard"]);
  });

  it("says plainly when nothing matches, and how to search", async () => {
    expect(plain(await search("coordinator", "astronautes"))).toMatch(
      /^Aucun membre ne correspond à « astronautes »\. Cherchez par nom, rôle/,
    );
  });

  it("changes a role after a confirmation, and records who did it, when, from what to what", async () => {
    const ines = await idOf("ines-garnier");
    const [found] = await search("director", "Inès");
    const [card] = await t.handle(clickFrom("director", buttonOf([found!], "Inès Garnier")!.actionId));
    expect(replyToPlainText(card!)).toContain("Rôles: adhérent·e, sympathisant·e");
    expect(replyToPlainText(card!)).toContain(
      "Dernier changement de rôles : lundi 23 novembre 2026, par le fichier des membres.",
    );
    const [choices] = await t.handle(clickFrom("director", buttonOf([card!], "Ajouter un rôle")!.actionId));
    const treasurer = buttonOf([choices!], "trésorier·ère")!;
    expect(treasurer.confirm).toEqual({
      title: "Ajouter ce rôle ?",
      text: "Inès Garnier aura le rôle trésorier·ère. Le changement est enregistré à votre nom.",
      confirm: "Ajouter",
      deny: "Annuler",
    });

    t.clock.advance(60_000);
    const done = await t.handle(clickFrom("director", treasurer.actionId));
    expect(plain(done)).toBe(
      "C'est fait : Inès Garnier a maintenant le rôle trésorier·ère. Rôles : adhérent·e, sympathisant·e, trésorier·ère.",
    );
    const director = await idOf("sophie-lambert");
    const change = await t.database.db.roleChange.findFirstOrThrow({ where: { memberId: ines, source: "chat" } });
    expect(change).toMatchObject({
      actorId: director,
      before: '["member","volunteer"]',
      after: '["board_treasurer","member","volunteer"]',
      createdAt: t.clock.now(),
    });

    const [again] = await t.handle(clickFrom("director", buttonOf([found!], "Inès Garnier")!.actionId));
    expect(replyToPlainText(again!)).toContain(
      "Dernier changement de rôles : lundi 23 novembre 2026, dans le chat par Sophie Lambert.",
    );
    const remove = buttonOf([again!], "Retirer : sympathisant·e")!;
    expect(remove).toMatchObject({ style: "danger", confirm: { title: "Retirer ce rôle ?" } });
    expect(plain(await t.handle(clickFrom("coordinator", remove.actionId)))).toBe(
      "C'est fait : Inès Garnier n'a plus le rôle sympathisant·e. Rôles : adhérent·e, trésorier·ère.",
    );
    expect(await t.database.db.roleChange.count({ where: { memberId: ines, source: "chat" } })).toBe(2);
  });

  it("leaves the board's positions and the direction to the director", async () => {
    const ines = await idOf("ines-garnier");
    const [found] = await search("coordinator", "Inès");
    const [card] = await t.handle(clickFrom("coordinator", buttonOf([found!], "Inès Garnier")!.actionId));
    const [choices] = await t.handle(clickFrom("coordinator", buttonOf([card!], "Ajouter un rôle")!.actionId));
    expect(choices!.buttons!.map((b) => b.label)).toEqual(["équipe de coordination"]);
    expect(plain(await t.handle(clickFrom("coordinator", `members:add:${ines}:board_treasurer`)))).toBe(
      "Les postes du bureau et la direction se changent en chat par la direction seulement (ou dans le fichier des membres) : demandez-le à la direction.",
    );
    const helene = await idOf("helene-roussel");
    const [president] = await t.handle(clickFrom("coordinator", `members:show:${helene}`));
    expect(president!.buttons!.map((b) => b.label)).toEqual(["Retirer : adhérent·e", "Ajouter un rôle"]);
    expect(await t.database.db.roleChange.count({ where: { source: "chat" } })).toBe(0);
  });

  it("changes nothing for a role already held, one's own roles, or the bot's administration", async () => {
    const ines = await idOf("ines-garnier");
    const julie = await idOf("julie-moreau");
    const click = (id: string) => t.handle(clickFrom("coordinator", id));
    expect(plain(await click(`members:add:${ines}:volunteer`))).toBe("Inès Garnier a déjà ce rôle : rien n'a changé.");
    expect(plain(await click(`members:remove:${julie}:coordinator`))).toMatch(
      /^Vous ne pouvez pas changer vos propres rôles/,
    );
    expect(plain(await click(`members:add:${ines}:admin`))).toMatch(
      /^Le rôle d'administration du bot se donne dans le fichier/,
    );
    expect(await t.database.db.roleChange.count({ where: { source: "chat" } })).toBe(0);
  });
});

describe("/membres with the privacy guard", () => {
  it("says that a name after « Mme » was masked as a patient's, and how to search for a colleague", async () => {
    const guarded = await createTestBot({ features: [privacyFeature, membersFeature] });
    try {
      await seedDemoMembers(guarded.services);
      const replies = await guarded.handle(commandFrom("coordinator", "membres", "Mme Garnier infirmière"));
      expect(plain(replies)).toContain("Une partie de la recherche a été masquée : un nom après « Mme »");
      expect(plain(await guarded.handle(commandFrom("coordinator", "membres", "Garnier")))).toMatch(
        /^1 membre pour « Garnier »/,
      );
    } finally {
      await guarded.close();
    }
  });
});

describe("/membres for everyone else", () => {
  it("refuses a volunteer, naming who may", async () => {
    expect(plain(await search("volunteer", "bureau"))).toMatch(
      /^Cette action est réservée à l'équipe de coordination ou à la direction du réseau\./,
    );
    const ines = await idOf("ines-garnier");
    expect(plain(await t.handle(clickFrom("volunteer", `members:add:${ines}:coordinator`)))).toMatch(
      /^Cette action est réservée à l'équipe de coordination ou à la direction/,
    );
    expect(await t.database.db.roleChange.count({ where: { source: "chat" } })).toBe(0);
  });

  it("lets the director search, and refuses a coordinator who was deactivated", async () => {
    expect(plain(await search("director", "Moreau"))).toMatch(/^1 membre pour « Moreau »/);
    await t.database.db.member.update({
      where: { key: "julie-moreau" },
      data: { status: "inactive", deactivatedAt: t.clock.now() },
    });
    expect(plain(await search("coordinator", "Moreau"))).toMatch(/^Cette action est réservée/);
  });
});
