import { describe, expect, it } from "vitest";
import { slashCommands } from "../../../src/channels/discord/discord-commands.ts";
import { discordTexts } from "../../../src/channels/discord/discord-texts.ts";
import { FormsInChat } from "../../../src/channels/discord/form-in-chat.ts";
import { FeatureRegistry } from "../../../src/core/registry.ts";
import { features } from "../../../src/features/index.ts";

describe("the Discord slash commands", () => {
  const registry = new FeatureRegistry(features);
  const commands = slashCommands(registry, registry.messages);

  it("are the entry command and every feature's, described in French with English for English clients", () => {
    expect(commands.map((c) => c.name)).toEqual(["reseau", ...registry.commandList().map((c) => c.name)]);
    const link = commands.find((c) => c.name === "lier")!;
    expect(link).toMatchObject({
      description: registry.messages.format("fr", "accounts.command.link"),
      description_localizations: { "en-US": registry.messages.format("en", "accounts.command.link") },
      options: [{ name: "texte", type: 3, required: false }],
    });
    expect(commands.find((c) => c.name === "comptes")!.options).toEqual([]);
    for (const c of commands) expect(c.description.length).toBeLessThanOrEqual(100);
  });
});

describe("a form filled in a Discord DM", () => {
  const form = {
    actionId: "test:form",
    title: "Demande",
    submitLabel: "Envoyer",
    fields: [
      {
        name: "need",
        label: "Besoin",
        kind: "select" as const,
        options: [
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ],
      },
      { name: "note", label: "Précisions", kind: "text" as const, optional: true },
    ],
  };

  it("asks one question at a time and submits the values to the form's action", () => {
    const forms = new FormsInChat();
    expect(forms.start("u1", form, "key", discordTexts.fr)).toMatch(/Demande[\s\S]*Besoin[\s\S]*\[2\] B/);
    expect(forms.answer("u1", "7")).toEqual({ say: expect.stringMatching(/entre 1 et 2/) });
    expect(forms.answer("u1", "2")).toEqual({ say: expect.stringMatching(/Précisions/) });
    expect(forms.answer("u1", "-")).toEqual({
      submit: { type: "form", actionId: "test:form", formKey: "key", values: { need: "b", note: "" } },
    });
    expect(forms.isFilling("u1")).toBe(false);
  });

  it("stops when the member says so", () => {
    const forms = new FormsInChat();
    forms.start("u1", form, "key", discordTexts.fr);
    expect(forms.answer("u1", "Annuler")).toEqual({ say: "Annulé." });
    expect(forms.isFilling("u1")).toBe(false);
  });
});
