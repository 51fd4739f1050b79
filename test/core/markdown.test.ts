import { describe, expect, it } from "vitest";
import { escapeMarkdown, parseInline, toPlainText } from "../../src/core/markdown.ts";

describe("the reply Markdown subset", () => {
  it("recognises bold, italic, code and links", () => {
    expect(parseInline("Appelez **l'HAD** au [01 99 00 12 34](tel:0199001234), _de 9 h à 17 h_, code `A1`.")).toEqual([
      { kind: "text", text: "Appelez " },
      { kind: "bold", text: "l'HAD" },
      { kind: "text", text: " au " },
      { kind: "link", text: "01 99 00 12 34", url: "tel:0199001234" },
      { kind: "text", text: ", " },
      { kind: "italic", text: "de 9 h à 17 h" },
      { kind: "text", text: ", code " },
      { kind: "code", text: "A1" },
      { kind: "text", text: "." },
    ]);
  });

  it("does not italicise underscores inside words such as identifiers", () => {
    expect(parseInline("le fichier mon_fichier_final")).toEqual([
      { kind: "text", text: "le fichier mon_fichier_final" },
    ]);
  });

  it("shows user text as written once escaped, never styled", () => {
    const userText = "**urgent** [clic](https://evil.example) _x_ `y` \\";
    const spans = parseInline(`Vous avez écrit : ${escapeMarkdown(userText)}`);
    expect(spans).toEqual([{ kind: "text", text: `Vous avez écrit : ${userText}` }]);
  });

  it("only links to web, mail and phone addresses", () => {
    expect(parseInline("[x](javascript:alert(1))").every((s) => s.kind === "text")).toBe(true);
  });

  it("drops styling for plain-text fallbacks, keeping link targets", () => {
    expect(toPlainText("**HAD** : [site](https://had.example.org)")).toBe("HAD : site (https://had.example.org)");
  });
});
