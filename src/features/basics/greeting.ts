import { chooseIntent } from "../../core/clarification.ts";
import type { MessageContext } from "../../core/feature.ts";
import { formatTemplate } from "../../core/i18n.ts";
import { GUEST_NAME } from "../../core/members/member-directory.ts";
import { type Reply, reply, withButtons } from "../../core/reply.ts";

/** An answer template of `intent` from intents/, or the catalogue fallback when there is none. */
export function answerFrom(
  ctx: MessageContext,
  intent: string,
  fallbackKey: string,
  params: Record<string, string>,
): string {
  const templates = ctx.services.nlu.templates(intent)?.[ctx.locale] ?? [];
  if (templates.length === 0) return ctx.t(fallbackKey, params);
  // Vary the wording without randomness: the same event always gets the same answer.
  const pick = [...ctx.event.eventId].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % templates.length;
  return formatTemplate(templates[pick]!, ctx.locale, params);
}

export function greetingReply(ctx: MessageContext): Reply {
  const named = ctx.member.displayName !== GUEST_NAME;
  const hello = named
    ? answerFrom(ctx, "greeting", "basics.greeting.fallback", { name: ctx.member.displayName })
    : ctx.t("basics.greeting.anonymous");
  return withButtons(reply(hello, ctx.t("basics.greeting.offer")), {
    label: ctx.t("basics.button.help"),
    actionId: chooseIntent.id("help"),
  });
}
