import { describe, expect, it } from "vitest";
import { renderReplies } from "../../../src/channels/console/render.ts";
import {
  context,
  divider,
  ephemeral,
  fields,
  list,
  reply,
  withAttachment,
  withButtons,
} from "../../../src/core/reply.ts";

const labels = { ephemeral: "visible par vous seul", updated: "message mis à jour" };

describe("the console rendering of replies", () => {
  it("shows every block of the reply model and numbers the buttons", () => {
    const answer = withButtons(
      reply(
        "**HAD Val-de-Marne Ouest** couvre _Vitry-sur-Seine_.",
        fields(
          { label: "Téléphone", value: "[01 99 00 12 34](tel:0199001234)" },
          { label: "Horaires", value: "9 h – 18 h" },
        ),
        list(["Appeler la cellule d'admission", "Envoyer la demande par MSSanté"], true),
        divider(),
        context("Source : annuaire du réseau, vérifié le 02/11/2026"),
      ),
      { label: "Plus de résultats", actionId: "orientation:more:2" },
      { label: "Annuler", actionId: "orientation:cancel", style: "danger" },
    );
    const { text, choices } = renderReplies([answer], { color: false, labels });
    expect(text).toBe(
      [
        "HAD Val-de-Marne Ouest couvre Vitry-sur-Seine.",
        "  Téléphone: 01 99 00 12 34",
        "  Horaires: 9 h – 18 h",
        "  1. Appeler la cellule d'admission",
        "  2. Envoyer la demande par MSSanté",
        "─".repeat(40),
        "Source : annuaire du réseau, vérifié le 02/11/2026",
        "[1] Plus de résultats   [2] Annuler",
      ].join("\n"),
    );
    expect(choices.map((c) => c.actionId)).toEqual(["orientation:more:2", "orientation:cancel"]);
  });

  it("keeps numbering across several replies and marks private and updated messages", () => {
    const first = withButtons(reply("A"), { label: "Un", actionId: "x:a" });
    const second = ephemeral(withButtons(reply("B"), { label: "Deux", actionId: "x:b" }));
    const { text, choices } = renderReplies([first, second], { color: false, labels, replacing: second });
    expect(text).toBe("A\n[1] Un\n\n↻ message mis à jour\n🔒 visible par vous seul\nB\n[2] Deux");
    expect(choices).toHaveLength(2);
  });

  it("styles with ANSI codes only when colours are on", () => {
    const { text } = renderReplies([reply("**gras**")], { color: true, labels });
    expect(text).toContain("\u001b[1m");
  });

  it("shows an attachment as its text, under its name, since the terminal carries no files", () => {
    const exported = withAttachment(reply("Voici vos données."), {
      filename: "mes-donnees.json",
      mimeType: "application/json",
      title: "Vos données",
      content: '{\n  "displayName": "Inès Garnier"\n}',
    });
    const { text } = renderReplies([exported], { color: false, labels });
    expect(text).toBe('Voici vos données.\n📎 Vos données — mes-donnees.json\n{\n  "displayName": "Inès Garnier"\n}');
  });
});
