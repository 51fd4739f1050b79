import { parseInline, type Span } from "../../../core/markdown.ts";
import { ELLIPSIS, splitText } from "../../../util/cut-text.ts";

/*
 * Slack's mrkdwn has no escape character. Literal text (text spans, link labels, field labels, the
 * fallback) is made harmless in three ways:
 *
 * - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (Slack's own rule). Nobody can then post `<!channel>`,
 *   `<!here>`, `<@U…>` or a link whose label hides its target: they show as typed.
 * - A formatting marker becomes a look-alike: `*` → ∗ (U+2217), `_` → ˍ (U+02CD), `~` → ∼ (U+223C),
 *   `` ` `` → ˋ (U+02CB). Slack never applies bold or italic inside a word, so a `*` or `_` between two
 *   ASCII letters or digits stays as it is: `jean_dupont@…`, `DOS_2024_12`, `:white_check_mark:` keep
 *   their underscores and can be copied. Not chosen, because they do not work: zero-width characters
 *   (Slack takes them for word breaks, which *enables* formatting) and full-width forms (＊ ＿ ～ ｀ are
 *   markers for Slack too, so they are replaced as well).
 * - A line that starts with `>` would be a quote: an invisible soft hyphen goes before it.
 *
 * Our own formatting gets a zero-width space on a side where it touches another character, since
 * that is precisely what lets Slack format `mot*gras*suite` or `(*urgent*)`.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const LOOK_ALIKES: Record<string, string> = {
  "*": "\u2217",
  _: "\u02CD",
  "~": "\u223C",
  "`": "\u02CB",
  "＊": "\u2217",
  "＿": "\u02CD",
  "～": "\u223C",
  "｀": "\u02CB",
};
const SPECIAL = /[&<>*_~`＊＿～｀]/g;
const WORD_CHAR = /^[A-Za-z0-9]$/;
/** The markers Slack ignores inside a word. */
const WORD_SAFE_MARKERS = "*_";
const ZERO_WIDTH_SPACE = "\u200B";
const SOFT_HYPHEN = "\u00AD";

/** Literal text as mrkdwn that shows exactly that text: no mention, link or formatting can come out of it. */
export function escapeMrkdwn(text: string): string {
  return text.replace(SPECIAL, (char: string, index: number) => {
    const entity = ENTITIES[char];
    if (entity) return entity;
    const insideWord =
      WORD_SAFE_MARKERS.includes(char) &&
      WORD_CHAR.test(text[index - 1] ?? "") &&
      WORD_CHAR.test(text[index + 1] ?? "");
    return insideWord ? char : (LOOK_ALIKES[char] ?? char);
  });
}

/** Only `&`, `<`, `>`: for code, where Slack applies no formatting. */
const escapeEntities = (text: string) => text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);

/** A link target inside `<…|…>`: `|`, `<` and `>` would end it early, so they are percent-encoded. */
const escapeUrl = (url: string) =>
  url.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");

/** Keeps a line that starts with `>` from becoming a quote. */
const guardQuote = (line: string): string => line.replace(/^(\s*)(&gt;|＞)/, `$1${SOFT_HYPHEN}$2`);

/** Plain text (a notification fallback) as mrkdwn, line by line. */
export const escapeMrkdwnLines = (text: string): string =>
  text
    .split("\n")
    .map((line) => guardQuote(escapeMrkdwn(line)))
    .join("\n");

/** The Markdown subset as one mrkdwn text, without length limit. */
export const toMrkdwn = (markdown: string): string =>
  mrkdwnLines(markdown, Infinity)
    .map((pieces) => pieces.join(""))
    .join("\n");

/** The Markdown subset as mrkdwn texts of at most `max` characters, cut at line breaks where possible. */
export const mrkdwnChunks = (markdown: string, max: number): string[] => packLines(mrkdwnLines(markdown, max), max);

/**
 * Each line of the Markdown as mrkdwn pieces of at most `max` characters. A piece is never cut
 * further: cutting one could break an entity, a link or a pair of formatting marks.
 */
export function mrkdwnLines(markdown: string, max: number): string[][] {
  return markdown.split(/\r?\n/).map((line) => {
    const pieces = linePieces(line, max - SOFT_HYPHEN.length);
    if (pieces.length) pieces[0] = guardQuote(pieces[0]!);
    return pieces;
  });
}

function linePieces(line: string, max: number): string[] {
  const spans = parseInline(line);
  const rendered = spans.map((span) => renderSpan(span, max));
  rendered.forEach((pieces, i) => {
    if (!isFormatted(spans[i]!) || !pieces.length) return;
    if (touches(rendered[i - 1]?.at(-1)?.at(-1)) && touches(pieces[0]![0])) pieces[0] = ZERO_WIDTH_SPACE + pieces[0];
    if (touches(rendered[i + 1]?.[0]?.[0]) && touches(pieces.at(-1)!.at(-1)))
      pieces[pieces.length - 1] += ZERO_WIDTH_SPACE;
  });
  return rendered.flat().filter((piece) => piece !== "");
}

/** True for a character that is no space: formatting marks next to it need a zero-width space. */
const touches = (char: string | undefined) => char !== undefined && !/[\s\u200B]/.test(char);

const isFormatted = (span: Span) => span.kind === "bold" || span.kind === "italic" || span.kind === "code";

/** One span as pieces of at most `max` characters (room left for two zero-width spaces around formatting). */
function renderSpan(span: Span, max: number): string[] {
  switch (span.kind) {
    case "text":
      return cutEscaped(escapeMrkdwn(span.text), max);
    case "bold":
      return wrap("*", escapeMrkdwn(span.text), max - 2);
    case "italic":
      return wrap("_", escapeMrkdwn(span.text), max - 2);
    case "code":
      return wrap("`", escapeEntities(span.text), max - 2);
    case "link": {
      const link = `<${escapeUrl(span.url)}|${escapeMrkdwn(span.text)}>`;
      return link.length <= max ? [link] : cutEscaped(escapeMrkdwn(span.text), max);
    }
  }
}

/** Formatting marks around the text; spaces stay outside, where Slack expects them. */
function wrap(marker: string, inner: string, max: number): string[] {
  return cutEscaped(inner, max - 2 * marker.length).map((part) => {
    const [, lead = "", core = "", trail = ""] = /^(\s*)(.*?)(\s*)$/su.exec(part) ?? [];
    return core ? `${lead}${marker}${core}${marker}${trail}` : part;
  });
}

/** Escaped mrkdwn cut to `max` characters with "…", never inside an entity or a character. */
export function truncateMrkdwn(text: string, max: number): string {
  return text.length <= max ? text : `${(cutEscaped(text, max - ELLIPSIS.length)[0] ?? "").trimEnd()}${ELLIPSIS}`;
}

/** Cuts escaped text into pieces of at most `max`, after a space when one is near, never inside an entity or a character. */
const cutEscaped = (text: string, max: number): string[] =>
  splitText(text, max, (rest, cut) => {
    const amp = rest.lastIndexOf("&", cut - 1);
    return amp >= 0 && rest.indexOf(";", amp) >= cut ? amp : cut;
  });

/** Joins lines into texts of at most `max` characters; only a line longer than `max` is cut, between its pieces. */
export function packLines(lines: readonly string[][], max: number): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  const flush = () => {
    if (current?.trim()) chunks.push(current.replace(/^\n+|\n+$/g, ""));
    current = undefined;
  };
  for (const pieces of lines) {
    const line = pieces.join("");
    if (current !== undefined && current.length + 1 + line.length <= max) {
      current += `\n${line}`;
    } else if (line.length <= max) {
      flush();
      current = line;
    } else {
      flush();
      for (const piece of pieces) {
        if (current !== undefined && current.length + piece.length <= max) current += piece;
        else {
          flush();
          current = guardQuote(piece);
        }
      }
    }
  }
  flush();
  return chunks;
}
