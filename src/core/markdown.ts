/**
 * The small Markdown subset replies are written in: **bold**, _italic_, `code`, [label](https://url)
 * and line breaks. Channels render it natively via {@link parseInline}; nothing else is interpreted.
 */
export type Span =
  | { kind: "text"; text: string }
  | { kind: "bold"; text: string }
  | { kind: "italic"; text: string }
  | { kind: "code"; text: string }
  | { kind: "link"; text: string; url: string };

const TOKEN =
  /\*\*(.+?)\*\*|(?<![\p{L}\p{N}\\])_(.+?)_(?![\p{L}\p{N}])|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+|mailto:[^\s)]+|tel:[^\s)]+)\)/gu;
const ESCAPED = /\\([*_`[\]()\\])/g;

const unescapeMarkdown = (text: string) => text.replace(ESCAPED, "$1");

/** Splits one line (or a whole text; newlines stay in text spans) into styled spans. */
export function parseInline(markdown: string): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (const match of markdown.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (isEscaped(markdown, index)) continue;
    if (index > last) spans.push({ kind: "text", text: unescapeMarkdown(markdown.slice(last, index)) });
    const [, bold, italic, code, label, url] = match;
    if (bold !== undefined) spans.push({ kind: "bold", text: unescapeMarkdown(bold) });
    else if (italic !== undefined) spans.push({ kind: "italic", text: unescapeMarkdown(italic) });
    else if (code !== undefined) spans.push({ kind: "code", text: code });
    else spans.push({ kind: "link", text: unescapeMarkdown(label ?? ""), url: url ?? "" });
    last = index + match[0].length;
  }
  if (last < markdown.length) spans.push({ kind: "text", text: unescapeMarkdown(markdown.slice(last)) });
  return spans;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Makes user-provided text safe to embed in a reply: it is shown as written, never styled. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[*_`[\]()\\]/g, "\\$&");
}

/**
 * What to show after a link's label on surfaces without links (terminal, plain text), or undefined
 * when the label already says it (a phone number shown as itself, an address as its own label).
 */
export function linkTarget(span: { text: string; url: string }): string | undefined {
  const target = span.url.replace(/^(mailto|tel):/, "");
  const bare = (s: string) => s.replace(/^https?:\/\//, "").replace(/\/$/, "");
  const nationalDigits = (s: string) => s.replace(/^\+33/, "0").replace(/\D/g, "");
  if (span.text === span.url || span.text === target || bare(span.text) === bare(target)) return undefined;
  if (span.url.startsWith("tel:") && nationalDigits(span.text) === nationalDigits(target)) return undefined;
  return target;
}

/** The text without its styling, for notifications and logs. */
export function toPlainText(markdown: string): string {
  return parseInline(markdown)
    .map((span) => {
      if (span.kind !== "link") return span.text;
      const target = linkTarget(span);
      return target ? `${span.text} (${target})` : span.text;
    })
    .join("");
}
