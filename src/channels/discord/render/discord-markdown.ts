import { linkTarget, parseInline, type Span } from "../../../core/markdown.ts";

/*
 * Discord's markdown has an escape character: a backslash before any punctuation shows it as typed.
 * Literal text (text spans, link labels, field labels) is escaped so that nothing a member wrote can
 * format, link or mention:
 * - inline markers `\ * _ ~ ` | [ ]` everywhere, and `<` (no `<@id>`, `<#id>`, `<@&role>`, `<t:…>`);
 * - `#`, `>`, `-`, `+` and `1.` at the start of a line (headings, quotes, lists, subtext);
 * - `@everyone` and `@here` get a zero-width space after the `@`, so they read the same but are no
 *   mention even where a client would highlight them. Pinging is off anyway: every message the bot
 *   posts says `allowed_mentions: { parse: [] }`.
 */
const INLINE = /[\\*_~`|[\]<]/g;
const LINE_START = /^(\s*)([#>+-]|\d+\.)/;
const MASS_MENTION = /@(everyone|here)/gi;
const ZERO_WIDTH_SPACE = "\u200B";

/** Literal text as Discord markdown that shows exactly that text. */
export const escapeDiscord = (text: string): string =>
  text.replace(INLINE, "\\$&").replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}$1`);

/** Keeps a line from becoming a heading, quote or list item. */
const guardLineStart = (line: string): string =>
  line.replace(LINE_START, (_m, space: string, marker: string) =>
    marker.endsWith(".") ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
  );

/** Plain text (a label, a notice) as Discord markdown, line by line. */
export const plainToDiscord = (text: string): string =>
  text
    .split("\n")
    .map((line) => guardLineStart(escapeDiscord(line)))
    .join("\n");

/** The core's Markdown subset (one line or several) as Discord markdown. */
export const markdownToDiscord = (markdown: string): string =>
  markdown
    .split(/\r?\n/)
    .map((line) => guardLineStart(parseInline(line).map(renderSpan).join("")))
    .join("\n");

function renderSpan(span: Span): string {
  switch (span.kind) {
    case "text":
      return escapeDiscord(span.text);
    case "bold":
      return wrap("**", escapeDiscord(span.text));
    case "italic":
      return wrap("*", escapeDiscord(span.text));
    case "code":
      return code(span.text);
    case "link":
      return link(span);
  }
}

/** Markers hug the text: `** gras **` would not be bold, so the spaces stay outside. */
function wrap(marker: string, inner: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)(.*?)(\s*)$/su.exec(inner) ?? [];
  return core ? `${lead}${marker}${core}${marker}${trail}` : inner;
}

/** Inside code nothing is escaped; a backtick in it needs a double-backtick fence. */
function code(text: string): string {
  if (text.trim() === "") return text;
  if (!text.includes("`")) return `\`${text}\``;
  return `\`\` ${text.replace(/``+/g, (run) => run.split("").join(ZERO_WIDTH_SPACE))} \`\``;
}

/**
 * Web links as masked links (`<…>` around the target: no preview card); other links (mailto:, tel:),
 * which Discord does not make clickable, as their label and target.
 */
function link(span: { text: string; url: string }): string {
  const label = escapeDiscord(span.text);
  if (/^https?:\/\//.test(span.url)) return `[${label}](<${span.url}>)`;
  const target = linkTarget(span);
  return target ? `${label} (${escapeDiscord(target)})` : label;
}
