import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { type Block, context, type Field, fields, text } from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import type { DirectoryHit, MatchReason } from "./directory/index.ts";

function reasonText(ctx: HandlerContext, reason: MatchReason): string {
  const commune = ctx.services.territory.nameOf(reason.communeCode);
  if (reason.kind === "neighbour") return ctx.t("orientation.reason.neighbour", { commune });
  return reason.territoryWide ? ctx.t("orientation.reason.territory") : ctx.t("orientation.reason.covers", { commune });
}

/** "tel:" link of a French number, so a tap on a phone calls it. */
const telLink = (phone: string) => `[${phone}](tel:+33${phone.replace(/\D/g, "").slice(1)})`;

/** One directory entry: name and why it was found, what it does, how to reach it, and when it was checked. */
export function resourceBlocks(ctx: HandlerContext, hit: DirectoryHit): Block[] {
  const { resource } = hit;
  const e = escapeMarkdown;
  const rows: Field[] = [
    ...(resource.phone ? [{ label: ctx.t("orientation.field.phone"), value: telLink(resource.phone) }] : []),
    ...(resource.hours ? [{ label: ctx.t("orientation.field.hours"), value: e(resource.hours) }] : []),
    ...(resource.howToRefer ? [{ label: ctx.t("orientation.field.howToRefer"), value: e(resource.howToRefer) }] : []),
    ...(resource.email
      ? [{ label: ctx.t("orientation.field.email"), value: `[${resource.email}](mailto:${resource.email})` }]
      : []),
    ...(resource.address ? [{ label: ctx.t("orientation.field.address"), value: e(resource.address) }] : []),
    ...(resource.website
      ? [
          {
            label: ctx.t("orientation.field.website"),
            value: `[${resource.website.replace(/^https?:\/\//, "")}](${resource.website})`,
          },
        ]
      : []),
  ];
  const checked = formatDate(resource.lastCheckedAt, ctx.locale, ctx.services.config.timezone);
  return [
    text(`**${e(resource.name)}** — ${reasonText(ctx, hit.reason)}\n${e(resource.description)}`),
    ...(rows.length ? [fields(...rows)] : []),
    context(ctx.t("orientation.source", { date: checked })),
  ];
}
