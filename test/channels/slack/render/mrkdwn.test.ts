import { describe, expect, it } from "vitest";
import { mrkdwnChunks, toMrkdwn } from "../../../../src/channels/slack/render/mrkdwn.ts";
import { escapeMarkdown } from "../../../../src/core/markdown.ts";

const ZWSP = "\u200B";

describe("toMrkdwn", () => {
  it.each([
    ["bold", "Mission **12** ouverte", "Mission *12* ouverte"],
    ["italic", "une _petite_ note", "une _petite_ note"],
    ["code", "tapez `aide`", "tapez `aide`"],
    ["a link", "voir [le site](https://sante.example/page)", "voir <https://sante.example/page|le site>"],
    ["a phone link", "appelez le [06 12 34 56 78](tel:+33612345678)", "appelez le <tel:+33612345678|06 12 34 56 78>"],
    [
      "a mail link",
      "écrivez à [la coordination](mailto:coord@sante.example)",
      "écrivez à <mailto:coord@sante.example|la coordination>",
    ],
    ["line breaks", "ligne 1\nligne 2", "ligne 1\nligne 2"],
    ["spaces inside bold, moved outside the marks", "a ** b ** c", "a  *b*  c"],
  ])("converts %s", (_name, markdown, expected) => {
    expect(toMrkdwn(markdown)).toBe(expected);
  });

  it("puts a zero-width space where formatting touches a word or punctuation, so Slack still formats it", () => {
    expect(toMrkdwn("mot**gras**suite")).toBe(`mot${ZWSP}*gras*${ZWSP}suite`);
    expect(toMrkdwn("(_urgent_)")).toBe(`(${ZWSP}_urgent_${ZWSP})`);
    expect(toMrkdwn("**a** et _b_")).toBe("*a* et _b_");
  });
});

describe("escaping for Slack", () => {
  it.each([
    ["a channel mention", "<!channel> réunion", "&lt;!channel&gt; réunion"],
    ["a here mention", "<!here>", "&lt;!here&gt;"],
    ["an everyone mention", "<!everyone>", "&lt;!everyone&gt;"],
    ["a user mention", "merci <@U0ADMIN>", "merci &lt;@U0ADMIN&gt;"],
    [
      "a disguised link",
      "<https://evil.example|https://bank.example>",
      "&lt;https://evil.example|https://bank.example&gt;",
    ],
    ["an ampersand", "Soins & Santé", "Soins &amp; Santé"],
    ["an entity typed as text", "&lt;b&gt;", "&amp;lt;b&amp;gt;"],
  ])("shows %s as typed", (_name, text, expected) => {
    expect(toMrkdwn(escapeMarkdown(text))).toBe(expected);
  });

  it.each([
    ["in bold", "**<!channel> Soins & Santé**", "*&lt;!channel&gt; Soins &amp; Santé*"],
    ["in italic", "_<@U0ADMIN>_", "_&lt;@U0ADMIN&gt;_"],
    ["in code", "`<!here> & co`", "`&lt;!here&gt; &amp; co`"],
    [
      "in a link label",
      "[<!channel> Soins & Santé](https://sante.example)",
      "<https://sante.example|&lt;!channel&gt; Soins &amp; Santé>",
    ],
    [
      "in a link label that looks like a link",
      "[<https://evil.example|https://bank.example>](https://sante.example)",
      "<https://sante.example|&lt;https://evil.example|https://bank.example&gt;>",
    ],
  ])("escapes mentions and ampersands %s", (_name, markdown, expected) => {
    expect(toMrkdwn(markdown)).toBe(expected);
  });

  it("keeps a link target from closing the link early or carrying a second label", () => {
    expect(toMrkdwn("[ici](https://sante.example/?a=1&b=2|https://bank.example>)")).toBe(
      "<https://sante.example/?a=1&amp;b=2%7Chttps://bank.example%3E|ici>",
    );
  });

  it.each([
    ["stars around a word", "*important*", "\u2217important\u2217"],
    ["underscores around a word", "_secret_", "\u02CDsecret\u02CD"],
    ["tildes and backticks", "~barré~ `code`", "\u223Cbarré\u223C \u02CBcode\u02CB"],
    ["full-width stars, which Slack formats too", "＊gras＊", "\u2217gras\u2217"],
    ["a star between spaces", "5 * 3", "5 \u2217 3"],
    ["a tilde or a backtick, even inside a word", "v1~v2 a`b", "v1\u223Cv2 a\u02CBb"],
  ])("replaces the markers of user text with look-alikes: %s", (_name, userText, expected) => {
    expect(toMrkdwn(`${escapeMarkdown(userText)}`)).toBe(expected);
  });

  it("leaves markers inside a word, where Slack never formats, so addresses and codes copy right", () => {
    expect(toMrkdwn(escapeMarkdown("jean_dupont@sante.example DOS_2024_12 :white_check_mark:"))).toBe(
      "jean_dupont@sante.example DOS_2024_12 :white_check_mark:",
    );
  });

  it("keeps user text literal inside our own formatting", () => {
    expect(toMrkdwn(`**${escapeMarkdown("Dr *House* & _co_")}**`)).toBe("*Dr \u2217House\u2217 &amp; \u02CDco\u02CD*");
    expect(toMrkdwn(`[${escapeMarkdown("*x*")}](https://sante.example)`)).toBe("<https://sante.example|\u2217x\u2217>");
  });

  it("keeps a line starting with > from becoming a quote", () => {
    expect(toMrkdwn(escapeMarkdown("> cité\n  > aussi\na > b"))).toBe("\u00AD&gt; cité\n  \u00AD&gt; aussi\na &gt; b");
  });
});

describe("mrkdwnChunks", () => {
  it("keeps a text that fits in one chunk", () => {
    expect(mrkdwnChunks("a\n\nb", 3000)).toEqual(["a\n\nb"]);
  });

  it("cuts at line breaks, and never produces blank chunks", () => {
    const line = "x".repeat(1400);
    const chunks = mrkdwnChunks(`${line}\n${line}\n\n${line}`, 3000);
    expect(chunks).toEqual([`${line}\n${line}`, line]);
  });

  it("cuts a line longer than a chunk between words, never inside an entity or a link", () => {
    const words = Array.from({ length: 400 }, (_, i) => `mot${i} & [lien](https://s.example/${i})`).join(" ");
    const chunks = mrkdwnChunks(words, 3000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(3000);
      expect(chunk).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(chunk.split("<").length).toBe(chunk.split(">").length);
    }
    expect(chunks.join("")).toBe(toMrkdwn(words));
  });

  it("cuts a bold span longer than a chunk into bold parts", () => {
    const chunks = mrkdwnChunks(`**${"gras ".repeat(1000).trim()}**`, 3000);
    expect(chunks.length).toBe(2);
    for (const chunk of chunks) expect(chunk.trim()).toMatch(/^\*gras[^*]*gras\*$/);
  });
});
