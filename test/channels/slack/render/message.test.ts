import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { choiceMadeBlocks, renderMessage } from "../../../../src/channels/slack/render/message.ts";
import { formKey } from "../../../../src/core/form-key.ts";
import { escapeMarkdown } from "../../../../src/core/markdown.ts";
import {
  type Block,
  type Button,
  context,
  divider,
  type Form,
  fields,
  list,
  reply,
  text,
  withButtons,
} from "../../../../src/core/reply.ts";
import { blockKitViolations } from "./block-kit-rules.ts";

const blocksOf = (...content: (Block | string)[]) => renderMessage(reply(...content)).blocks;
const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text, verbatim: true });
const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });
const sectionTexts = (blocks: types.AnyBlock[]) => blocks.map((b) => (b as types.SectionBlock).text?.text);
const buttonsOf = (blocks: types.AnyBlock[]) =>
  blocks.filter((b) => b.type === "actions").flatMap((b) => (b as types.ActionsBlock).elements as types.Button[]);
const button = (label: string, extra: Partial<Button> = {}): Button => ({
  label,
  actionId: `missions:accept:${label.length}`,
  ...extra,
});

const form: Form = {
  actionId: "coordination:request",
  title: "Demande",
  submitLabel: "Envoyer",
  fields: [{ name: "summary", label: "Situation", kind: "paragraph" }],
};

describe("renderMessage: the blocks", () => {
  it.each<[string, Block, types.KnownBlock[]]>([
    [
      "a text as a section",
      text("Mission **12** ouverte"),
      [{ type: "section", text: mrkdwn("Mission *12* ouverte") }],
    ],
    [
      "a list as bullet lines",
      list(["Médecins", "Infirmiers"]),
      [{ type: "section", text: mrkdwn("• Médecins\n• Infirmiers") }],
    ],
    [
      "an ordered list as numbered lines",
      list(["Appeler", "Noter"], true),
      [{ type: "section", text: mrkdwn("1. Appeler\n2. Noter") }],
    ],
    [
      "fields as section fields, label in bold",
      fields({ label: "Commune", value: "Vannes" }, { label: "Tél.", value: "[02 97 00 00 00](tel:+33297000000)" }),
      [{ type: "section", fields: [mrkdwn("*Commune*\nVannes"), mrkdwn("*Tél.*\n<tel:+33297000000|02 97 00 00 00>")] }],
    ],
    [
      "a context line",
      context("Mis à jour le _3 mars_"),
      [{ type: "context", elements: [mrkdwn("Mis à jour le _3 mars_")] }],
    ],
    ["a divider", divider(), [{ type: "divider" }]],
    ["no block for a blank text, which Slack would refuse", text("  \n "), []],
    ["no block for an empty list", list([]), []],
  ])("renders %s", (_name, block, expected) => {
    expect(blocksOf(block)).toEqual(expected);
  });

  it("escapes names, mentions and markers in every kind of block", () => {
    const name = escapeMarkdown("Soins & Santé <!channel> *urgent*");
    const blocks = blocksOf(text(name), list([name]), fields({ label: "Soins & Santé", value: name }), context(name));
    const shown = "Soins &amp; Santé &lt;!channel&gt; \u2217urgent\u2217";
    expect(blocks).toEqual([
      { type: "section", text: mrkdwn(shown) },
      { type: "section", text: mrkdwn(`• ${shown}`) },
      { type: "section", fields: [mrkdwn(`*Soins &amp; Santé*\n${shown}`)] },
      { type: "context", elements: [mrkdwn(shown)] },
    ]);
  });
});

describe("renderMessage: Slack's limits", () => {
  it("splits a text longer than 3,000 characters into sections at line breaks", () => {
    const paragraph = "Une ligne de compte rendu assez longue. ".repeat(25).trim();
    const blocks = blocksOf(Array.from({ length: 8 }, () => paragraph).join("\n"));
    expect(blocks.length).toBeGreaterThan(1);
    for (const text of sectionTexts(blocks)) {
      expect(text!.length).toBeLessThanOrEqual(3000);
      expect(text!.split("\n").every((line) => line === paragraph)).toBe(true);
    }
  });

  it("continues the numbering of a long ordered list across sections", () => {
    const items = Array.from({ length: 120 }, (_, i) => `Point ${i + 1} : ${"détail ".repeat(6)}`);
    const texts = sectionTexts(blocksOf(list(items, true)));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts[1]).toMatch(/^\d+\. Point (\d+) /);
    const [, n, m] = /^(\d+)\. Point (\d+) /.exec(texts[1]!)!;
    expect(n).toBe(m);
  });

  it("puts at most 10 fields in a section", () => {
    const many = Array.from({ length: 23 }, (_, i) => ({ label: `Champ ${i}`, value: `${i}` }));
    const blocks = blocksOf(fields(...many));
    expect(blocks.map((b) => (b as types.SectionBlock).fields?.length)).toEqual([10, 10, 3]);
    expect((blocks[2] as types.SectionBlock).fields![2]).toEqual(mrkdwn("*Champ 22*\n22"));
  });

  it("cuts a field longer than 2,000 characters with …", () => {
    const [section] = blocksOf(fields({ label: "Compte rendu", value: "mot & ".repeat(600) }));
    const field = (section as types.SectionBlock).fields![0]!.text;
    expect(field.length).toBeLessThanOrEqual(2000);
    expect(field).toMatch(/^\*Compte rendu\*\nmot &amp; mot/);
    expect(field).toMatch(/&amp;…$|mot…$/);
  });

  it("keeps 49 blocks and a … line out of more than 50, and keeps the buttons", () => {
    const r = withButtons(reply(...Array.from({ length: 60 }, (_, i) => `Paragraphe ${i}`)), button("Accepter"));
    const { blocks } = renderMessage(r);
    expect(blocks).toHaveLength(50);
    expect(sectionTexts(blocks.slice(0, 48))).toEqual(Array.from({ length: 48 }, (_, i) => `Paragraphe ${i}`));
    expect(blocks[48]).toEqual({ type: "context", elements: [mrkdwn("…")] });
    expect(blocks[49]!.type).toBe("actions");
  });

  it("never produces a block Slack would refuse, however long the reply", () => {
    const huge = `**${"gras ".repeat(900)}** ${"& <!here> ".repeat(500)}\n${"[lien](https://sante.example/x) ".repeat(200)}`;
    const r = withButtons(
      reply(
        huge,
        list(Array(40).fill(huge)),
        fields(...Array(15).fill({ label: huge, value: huge })),
        context(huge),
        text(""),
      ),
      ...Array.from({ length: 30 }, (_, i) =>
        button(`${i} ${"très long libellé ".repeat(10)}`, {
          confirm: { title: huge, text: huge, confirm: huge, deny: huge },
        }),
      ),
    );
    const { blocks } = renderMessage(r);
    expect(blockKitViolations(blocks, 50)).toEqual([]);
    // The rules do catch a bad block.
    expect(
      blockKitViolations([{ type: "section", text: mrkdwn("x".repeat(3001)) } as types.SectionBlock], 50),
    ).toHaveLength(1);
  });
});

describe("renderMessage: buttons", () => {
  it("renders buttons as an actions block; action_id is unique, the typed action id is the value", () => {
    const { blocks } = renderMessage(
      withButtons(
        reply("Mission 12"),
        { label: "Accepter", actionId: "missions:accept:12", style: "primary" },
        { label: "Plus tard", actionId: "missions:later:12" },
      ),
    );
    expect(blocks[1]).toEqual({
      type: "actions",
      elements: [
        { type: "button", action_id: "bot:0", text: plain("Accepter"), value: "missions:accept:12", style: "primary" },
        { type: "button", action_id: "bot:1", text: plain("Plus tard"), value: "missions:later:12" },
      ],
    });
  });

  it("splits more than 25 buttons into actions blocks, numbering on", () => {
    const blocks = renderMessage(
      withButtons(reply("Choisissez"), ...Array.from({ length: 30 }, (_, i) => button(`Choix ${i}`))),
    ).blocks;
    expect(blocks.filter((b) => b.type === "actions").map((b) => (b as types.ActionsBlock).elements.length)).toEqual([
      25, 5,
    ]);
    expect(buttonsOf(blocks).map((b) => b.action_id)).toEqual(Array.from({ length: 30 }, (_, i) => `bot:${i}`));
  });

  it("cuts a label longer than 75 characters with …, and leaves & alone in plain text", () => {
    const [long, amp] = buttonsOf(
      renderMessage(withButtons(reply("x"), button("Voir ".repeat(20)), button("Soins & Santé"))).blocks,
    );
    expect(long!.text.text).toHaveLength(75);
    expect(long!.text.text.endsWith("Voir…")).toBe(true);
    expect(amp!.text).toEqual(plain("Soins & Santé"));
  });

  it.each<[string, Button["style"], object]>([
    ["a danger button gets a danger confirmation", "danger", { style: "danger" }],
    ["another button gets Slack's default confirmation", "primary", {}],
    ["a button without style too", undefined, {}],
  ])("%s", (_name, style, extra) => {
    const confirm = {
      title: "Se retirer ?",
      text: "La mission **12** sera proposée à quelqu'un d'autre.",
      confirm: "Oui",
      deny: "Non",
    };
    const [b] = buttonsOf(renderMessage(withButtons(reply("x"), button("Me retirer", { style, confirm }))).blocks);
    expect(b!.confirm).toEqual({
      title: plain("Se retirer ?"),
      text: plain("La mission 12 sera proposée à quelqu'un d'autre."),
      confirm: plain("Oui"),
      deny: plain("Non"),
      ...extra,
    });
  });

  it("gives a button that opens a form a form: action_id and the form's key as value", () => {
    const [plainButton, formButton] = buttonsOf(
      renderMessage(
        withButtons(reply("x"), button("Accepter"), {
          label: "Remplir",
          actionId: "coordination:request",
          opensForm: form,
        }),
      ).blocks,
    );
    expect(plainButton!.action_id).toBe("bot:0");
    expect(formButton).toMatchObject({ action_id: "form:1", value: formKey(form) });
  });

  it("refuses an action id Slack would cut", () => {
    expect(() => renderMessage(withButtons(reply("x"), { label: "x", actionId: "a".repeat(2001) }))).toThrow(
      /longer than 2000/,
    );
  });
});

describe("renderMessage: the plain-text fallback", () => {
  it("is the reply's plain text, escaped since Slack parses it too", () => {
    const r = withButtons(
      reply(
        `Bonjour ${escapeMarkdown("<!channel> Soins & Santé")}`,
        list(["a"]),
        fields({ label: "Tél.", value: "**02**" }),
      ),
      button("OK"),
    );
    expect(renderMessage(r).text).toBe("Bonjour &lt;!channel&gt; Soins &amp; Santé\n• a\nTél.: 02\n[OK]");
  });

  it("shows link targets, is never empty, and stays under 4,000 characters", () => {
    expect(renderMessage(reply("[le site](https://sante.example)")).text).toBe("le site (https://sante.example)");
    expect(renderMessage(reply()).text).toBe("…");
    const long = renderMessage(reply("& ".repeat(3000))).text;
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(long).toMatch(/&amp;…$/);
  });
});

describe("after a click", () => {
  it("replaces the buttons of the clicked message with the choice made", () => {
    const original = renderMessage(
      withButtons(
        reply("Mission 12", context("Vannes")),
        ...Array.from({ length: 30 }, (_, i) => button(`Choix ${i}`)),
      ),
    ).blocks;
    expect(choiceMadeBlocks(original, "Choix 3")).toEqual([
      original[0],
      original[1],
      { type: "context", elements: [plain("✓ Choix 3")] },
    ]);
  });

  it("leaves a message without buttons as it is", () => {
    const original = renderMessage(reply("Mission 12")).blocks;
    expect(choiceMadeBlocks(original, "Accepter")).toEqual(original);
  });
});
