import { styleText } from "node:util";
import { linkTarget, parseInline, type Span } from "../../core/markdown.ts";
import type { Block, Button, Reply } from "../../core/reply.ts";

export interface RenderOptions {
  color: boolean;
  /** Number of the first button, so choices keep counting across several replies. */
  firstChoice?: number;
  labels: { ephemeral: string; updated: string };
  /** The reply that takes the place of the message whose button was clicked, if any. */
  replacing?: Reply;
}

export interface RenderedReplies {
  text: string;
  /** Buttons in the order of their numbers (choice 1 is `choices[0]`). */
  choices: Button[];
}

type Style = Parameters<typeof styleText>[0];

/** Renders replies for a terminal: Markdown as ANSI styles, buttons as numbered choices. */
export function renderReplies(replies: readonly Reply[], options: RenderOptions): RenderedReplies {
  const style = (format: Style, text: string) =>
    options.color ? styleText(format, text, { validateStream: false }) : text;
  const inline = (markdown: string) =>
    parseInline(markdown)
      .map((span) => renderSpan(span, style))
      .join("");
  const choices: Button[] = [];
  const sections = replies.map((r) => {
    const lines: string[] = [];
    if (r === options.replacing) lines.push(style("dim", `↻ ${options.labels.updated}`));
    if (r.visibility === "ephemeral") lines.push(style("dim", `🔒 ${options.labels.ephemeral}`));
    for (const block of r.blocks) lines.push(...renderBlock(block, inline, style));
    // The terminal carries no files: an attachment is shown as its text, under its name.
    for (const attachment of r.attachments ?? []) {
      lines.push(style("dim", `📎 ${attachment.title} — ${attachment.filename}`), attachment.content);
    }
    if (r.buttons?.length) {
      const numbered = r.buttons.map((button) => {
        choices.push(button);
        const label = `[${(options.firstChoice ?? 1) + choices.length - 1}] ${button.label}`;
        return button.style === "danger"
          ? style("red", label)
          : button.style === "primary"
            ? style("bold", label)
            : label;
      });
      lines.push(numbered.join("   "));
    }
    // A terminal opens no page: the address is shown.
    for (const link of r.links ?? []) lines.push(`🔗 ${style("bold", link.label)} — ${link.url}`);
    return lines.join("\n");
  });
  return { text: sections.join("\n\n"), choices };
}

function renderBlock(block: Block, inline: (md: string) => string, style: (f: Style, t: string) => string): string[] {
  switch (block.kind) {
    case "text":
      return [inline(block.markdown)];
    case "list":
      return block.items.map((item, i) => `  ${block.ordered ? `${i + 1}.` : "•"} ${inline(item)}`);
    case "fields":
      return block.fields.map((f) => `  ${style("bold", `${f.label}:`)} ${inline(f.value)}`);
    case "context":
      return [style("dim", inline(block.markdown))];
    case "divider":
      return [style("dim", "─".repeat(40))];
  }
}

function renderSpan(span: Span, style: (f: Style, t: string) => string): string {
  switch (span.kind) {
    case "text":
      return span.text;
    case "bold":
      return style("bold", span.text);
    case "italic":
      return style("italic", span.text);
    case "code":
      return style("cyan", span.text);
    case "link": {
      const target = linkTarget(span);
      return target ? `${span.text} (${style("underline", target)})` : style("underline", span.text);
    }
  }
}
