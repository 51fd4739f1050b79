// What a recipient reads: the announcement in their language, with its link, its buttons and « Lu ✓ ».
import { z } from "zod";
import type { Translate } from "../../core/i18n.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { Audience } from "../../core/outbound-port.ts";
import { type Block, type Button, context, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import { markRead } from "./actions.ts";

const linkButtonSchema = z.object({ label: z.string().min(1).max(60), url: z.string().url() });
export type LinkButton = z.infer<typeof linkButtonSchema>;

/** An announcement as stored, as far as its message goes. */
export interface AnnouncementContent {
  id: number;
  title: string | null;
  body: string;
  link: string | null;
  buttons: LinkButton[];
  urgent: boolean;
}

export const readButtons = (json: string | null): LinkButton[] =>
  json ? z.array(linkButtonSchema).parse(JSON.parse(json)) : [];

export const readAudienceJson = (json: string): Audience => JSON.parse(json) as Audience;

/**
 * The announcement as a message. `readButton`: direct messages carry « Lu ✓ » (a shared channel's copy
 * does not: one click there would speak for everyone); `read`: the member already said so.
 */
export function announcementReply(
  a: AnnouncementContent,
  t: Translate,
  options: { readButton: boolean; read?: boolean; preview?: boolean },
): Reply {
  const blocks: Block[] = [
    text(`${a.urgent ? "🚨" : "📣"} **${escapeMarkdown(a.title ?? t("announcements.untitled"))}**`),
    text(a.body),
  ];
  blocks.push(context(options.preview ? t("announcements.footer.preview") : t("announcements.footer", { id: a.id })));
  // The author's buttons open pages (« Je m'inscris » on the training's site): link buttons.
  const links = [...(a.link ? [{ label: t("announcements.link"), url: a.link }] : []), ...a.buttons];
  const message = { ...reply(...blocks), ...(links.length ? { links } : {}) };
  if (!options.readButton) return message;
  if (options.read) return { ...message, blocks: [...blocks, context(t("announcements.read.done"))] };
  const read: Button = { label: t("announcements.button.read"), actionId: markRead.id(a.id) };
  return withButtons(message, read);
}

/** What replaces every copy of a withdrawn announcement. */
export function withdrawnReply(a: Pick<AnnouncementContent, "id" | "title">, t: Translate): Reply {
  return reply(
    text(t("announcements.withdrawn", { title: escapeMarkdown(a.title ?? t("announcements.untitled")) })),
    context(t("announcements.footer", { id: a.id })),
  );
}
