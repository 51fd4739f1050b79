import type { HandlerContext, HelpEntry } from "../../core/feature.ts";
import { hasRole } from "../../core/members/member-profile.ts";
import { context, list, type Reply, reply } from "../../core/reply.ts";

/** The help lines a member may use: entries without roles, and those of the member's roles. */
function visibleHelp(entries: readonly HelpEntry[], ctx: HandlerContext): string[] {
  return entries
    .filter((entry) => !entry.roles || hasRole(ctx.member, ...entry.roles))
    .map((entry) => ctx.t(entry.key));
}

export function helpReply(ctx: HandlerContext): Reply {
  return reply(
    ctx.t("basics.help.title"),
    list(visibleHelp(ctx.services.help, ctx)),
    context(ctx.t("basics.help.freeText")),
  );
}
