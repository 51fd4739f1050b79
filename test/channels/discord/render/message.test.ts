import type { APIButtonComponentWithCustomId } from "discord.js";
import { describe, expect, it } from "vitest";
import { parseCustomId } from "../../../../src/channels/discord/render/custom-ids.ts";
import { escapeDiscord, markdownToDiscord } from "../../../../src/channels/discord/render/discord-markdown.ts";
import { choiceMade, fitsModal, renderModal, renderReply } from "../../../../src/channels/discord/render/index.ts";
import { escapeMarkdown } from "../../../../src/core/markdown.ts";
import { context, type Form, fields, list, reply, withButtons } from "../../../../src/core/reply.ts";

const buttons = (n: number, prefix = "test:go") =>
  Array.from({ length: n }, (_, i) => ({ label: `Choix ${i + 1}`, actionId: `${prefix}:${i + 1}` }));
const customIds = (message: { components: { components: { custom_id?: string; url?: string }[] }[] }) =>
  message.components.flatMap((row) => row.components.map((b) => b.custom_id ?? b.url));

describe("rendering replies for Discord", () => {
  it("renders the Markdown subset natively and shows a member's text as typed", () => {
    const member = "*urgent* _x_ `code` @everyone @here <@&42> <@7> [lien](https://evil.example) # titre";
    const [message] = renderReply(
      reply(`**Demande** de _Claire_ : ${escapeMarkdown(member)}`, context("Source : [annuaire](https://example.org)")),
    );
    expect(message!.content).toBe(
      "**Demande** de *Claire* : \\*urgent\\* \\_x\\_ \\`code\\` @\u200beveryone @\u200bhere \\<@&42> \\<@7> \\[lien\\](https://evil.example) # titre\n" +
        "-# Source : [annuaire](<https://example.org>)",
    );
    expect(message!.allowed_mentions).toEqual({ parse: [] });
  });

  it("keeps a member's line from becoming a heading, a quote or a list", () => {
    expect(markdownToDiscord("# titre\n> cité\n- point\n12. douze")).toBe(
      "\\# titre\n\\> cité\n\\- point\n12\\. douze",
    );
    expect(escapeDiscord("a|b ~c~")).toBe("a\\|b \\~c\\~");
  });

  it("renders lists and fields as lines", () => {
    const [message] = renderReply(reply(list(["un", "deux"], true), fields({ label: "Téléphone", value: "01 99" })));
    expect(message!.content).toBe("1. un\n2. deux\n**Téléphone** : 01 99");
  });

  it("splits a text longer than 2,000 characters into messages, buttons on the last", () => {
    const long = Array.from({ length: 120 }, (_, i) => `Ligne ${i} : ${"x".repeat(40)}`).join("\n");
    const messages = renderReply(withButtons(reply(long), ...buttons(2)));
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect(m.content!.length).toBeLessThanOrEqual(2000);
    expect(messages.map((m) => m.content).join("\n")).toBe(long);
    expect(messages.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(customIds(messages.at(-1)!)).toEqual(["test:go:1", "test:go:2"]);
  });

  it("puts five buttons to a row, 25 to a message, and leaves a duplicate out", () => {
    const messages = renderReply(withButtons(reply("Choisissez"), ...buttons(30), buttons(1)[0]!));
    expect(messages).toHaveLength(2);
    expect(messages[0]!.components.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    expect(customIds(messages[1]!)).toEqual(["test:go:26", "test:go:27", "test:go:28", "test:go:29", "test:go:30"]);
    expect(messages[1]!.content).toBeUndefined();
  });

  it("renders link buttons after the action buttons, as Discord's link style with their address", () => {
    const [message] = renderReply({
      ...withButtons(reply("Formation"), ...buttons(1)),
      links: [{ label: "Je m'inscris", url: "https://example.org/inscription" }],
    });
    expect(customIds(message!)).toEqual(["test:go:1", "https://example.org/inscription"]);
    expect(message!.components[0]!.components[1]).toMatchObject({ style: 5, label: "Je m'inscris" });
  });

  it("keeps the core's action id as the custom_id, marks confirmations and forms, and cuts long labels", () => {
    const form: Form = { actionId: "test:form", title: "T", submitLabel: "OK", fields: [] };
    const [message] = renderReply(
      withButtons(
        reply("?"),
        { label: "x".repeat(100), actionId: "test:go:1" },
        {
          label: "Supprimer",
          actionId: "test:erase",
          style: "danger",
          confirm: { title: "Sûr ?", text: "", confirm: "Oui", deny: "Non" },
        },
        { label: "Formulaire", actionId: "test:open", opensForm: form },
      ),
    );
    const [go, erase, open] = message!.components[0]!.components as APIButtonComponentWithCustomId[];
    expect(go).toMatchObject({ custom_id: "test:go:1", style: 2 });
    expect(go!.label).toHaveLength(80);
    expect(erase).toMatchObject({ custom_id: "?test:erase", style: 4 });
    expect(open!.custom_id).toMatch(/^=form:[\w-]{24}$/);
    expect(parseCustomId(go!.custom_id)).toEqual({ kind: "action", actionId: "test:go:1" });
    expect(parseCustomId(erase!.custom_id)).toEqual({ kind: "confirm", actionId: "test:erase" });
  });

  it("refuses an action id that a confirmation would push past 100 characters", () => {
    const actionId = `test:go:${"1".repeat(92)}`;
    const confirm = { title: "?", text: "?", confirm: "Oui", deny: "Non" };
    expect(() => renderReply(withButtons(reply("?"), { label: "Go", actionId, confirm }))).toThrow(/longer than 100/);
  });

  it("shows the choice made in place of the clicked message's buttons", () => {
    expect(choiceMade("Dans quelle commune ?", "Vitry-sur-Seine")).toMatchObject({
      content: "Dans quelle commune ?\n✓ Vitry-sur-Seine",
      components: [],
    });
  });
});

describe("forms as Discord modals", () => {
  const field = (name: string, options?: number) => ({
    name,
    label: name,
    kind: options ? ("select" as const) : ("text" as const),
    ...(options ? { options: Array.from({ length: options }, (_, i) => ({ value: `v${i}`, label: `V${i}` })) } : {}),
  });

  it("shows up to five fields, with selects of up to 25 options, prefilled", () => {
    const form: Form = {
      actionId: "test:form",
      title: "Une demande à la coordination du réseau de santé",
      submitLabel: "Envoyer",
      fields: [
        { ...field("need", 3), initial: "v1" },
        { ...field("summary"), kind: "paragraph", initial: "déjà écrit" },
      ],
    };
    expect(fitsModal(form)).toBe(true);
    const modal = renderModal(form, "k".repeat(24));
    expect(modal.custom_id).toBe(`=modal:${"k".repeat(24)}:test:form`);
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(modal.components[0]).toMatchObject({
      type: 18,
      component: { type: 3, custom_id: "need", options: [{}, { value: "v1", default: true }, {}] },
    });
    expect(modal.components[1]).toMatchObject({ type: 18, component: { type: 4, style: 2, value: "déjà écrit" } });
  });

  it("leaves to the chat a form with more than five fields or a select of more than 25 options", () => {
    const base = { actionId: "test:form", title: "T", submitLabel: "OK" };
    expect(fitsModal({ ...base, fields: ["a", "b", "c", "d", "e", "f"].map((n) => field(n)) })).toBe(false);
    expect(fitsModal({ ...base, fields: [field("commune", 26)] })).toBe(false);
  });
});
