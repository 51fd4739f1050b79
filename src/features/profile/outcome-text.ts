// What an edit did, in the member's words: « Ajouté à vos compétences : soins palliatifs, douleur. »
import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { quietHoursText } from "./profile-card.ts";
import { type EditOutcome, LIST_PARTS, type ListPart } from "./profile-edit.ts";
import { sectionOf } from "./spot-terms.ts";

export function valueLabel(ctx: HandlerContext, part: ListPart, value: string): string {
  const { memberVocabulary: vocabulary, territory } = ctx.services;
  if (part === "commune") return territory.nameOf(value);
  return sectionOf(vocabulary, part).label(value, ctx.locale);
}

const KINDS = ["added", "removed", "alreadyThere", "notThere"] as const;

/** One line per kind of change and part; empty when the edit changed nothing it could say. */
export function outcomeLines(ctx: HandlerContext, outcome: EditOutcome): string[] {
  const lines = KINDS.flatMap((kind) =>
    LIST_PARTS.filter((part) => outcome[kind][part].length).map((part) =>
      ctx.t(`profile.change.${kind}`, {
        part,
        values: outcome[kind][part].map((v) => valueLabel(ctx, part, v)).join(", "),
      }),
    ),
  );
  const { hoursPerMonth, quietHours, locale, phone } = outcome.set;
  if (hoursPerMonth !== undefined)
    lines.push(
      hoursPerMonth === null
        ? ctx.t("profile.change.hoursNone")
        : ctx.t("profile.change.hours", { hours: hoursPerMonth }),
    );
  if (quietHours !== undefined) lines.push(ctx.t("profile.change.quiet", { value: quietHoursText(ctx, quietHours) }));
  if (locale !== undefined)
    lines.push(ctx.t("profile.change.language", { language: ctx.t(`profile.language.${locale ?? "auto"}`) }));
  if (phone !== undefined) lines.push(ctx.t("profile.change.phone", { phone: escapeMarkdown(phone) }));
  if (outcome.noteSet) lines.push(ctx.t("profile.change.note"));
  return lines;
}
