import type { types } from "@slack/bolt";
import { toPlainText } from "../../../core/markdown.ts";
import type { Block, Field } from "../../../core/reply.ts";
import { cutText, ELLIPSIS } from "../../../util/cut-text.ts";
import { LIMITS } from "./limits.ts";
import { escapeMrkdwn, mrkdwnLines, packLines } from "./mrkdwn.ts";

/** A field's label is cut to this (before escaping) so that its value keeps most of the 2,000 characters. */
const FIELD_LABEL_MAX = 200;

/**
 * `verbatim: true` everywhere: Slack then parses nothing we did not write ourselves (a member's
 * "@here" or "#channel" stays text). Links must therefore be Markdown links, bare URLs are not linked.
 */
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: "mrkdwn", text, verbatim: true });

const section = (text: string): types.SectionBlock => ({ type: "section", text: mrkdwn(text) });
const contextLine = (text: string): types.ContextBlock => ({ type: "context", elements: [mrkdwn(text)] });

/** The "…" line that says blocks were left out. */
export const moreLine = (): types.ContextBlock => contextLine(ELLIPSIS);

/**
 * One block of the reply model as Block Kit blocks: several when a text is longer than a section
 * holds (cut at line breaks) or when there are more than 10 fields. Blank content gives no block,
 * since Slack refuses an empty text.
 */
export function contentBlocks(block: Block): types.KnownBlock[] {
  switch (block.kind) {
    case "text":
      return packLines(mrkdwnLines(block.markdown, LIMITS.sectionText), LIMITS.sectionText).map(section);
    case "context":
      return packLines(mrkdwnLines(block.markdown, LIMITS.contextText), LIMITS.contextText).map(contextLine);
    case "list":
      return packLines(listLines(block.items, block.ordered ?? false), LIMITS.sectionText).map(section);
    case "fields":
      return fieldSections(block.fields);
    case "divider":
      return [{ type: "divider" }];
  }
}

/** "• item" or "1. item" lines; an item's further lines follow it as they are. */
function listLines(items: readonly string[], ordered: boolean): string[][] {
  return items.flatMap((item, i) => {
    const bullet = ordered ? `${i + 1}. ` : "• ";
    const [first = [], ...rest] = mrkdwnLines(item, LIMITS.sectionText - bullet.length);
    return [[bullet, ...first], ...rest];
  });
}

function fieldSections(fields: readonly Field[]): types.SectionBlock[] {
  const texts = fields.map(fieldText).filter((text) => text !== "");
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.sectionFields) {
    sections.push({ type: "section", fields: texts.slice(i, i + LIMITS.sectionFields).map(mrkdwn) });
  }
  return sections;
}

/** "*Label*" then the value on the next line, at most 2,000 characters: a longer value is cut with "…". */
function fieldText(field: Field): string {
  const label = cutText(toPlainText(field.label).trim(), FIELD_LABEL_MAX);
  const head = label ? `*${escapeMrkdwn(label)}*` : "";
  const room = LIMITS.fieldText - head.length - 1 - ELLIPSIS.length;
  const [value = "", ...more] = packLines(mrkdwnLines(field.value, room), room);
  return [head, more.length ? `${value.trimEnd()}${ELLIPSIS}` : value].filter((part) => part !== "").join("\n");
}
