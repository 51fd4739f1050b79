// A role added or removed from a member's card, once confirmed: recorded with who did it (source "chat").
import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { Role } from "../../core/persistence.ts";
import { ephemeral, type Reply, reply } from "../../core/reply.ts";
import type { RoleArgs } from "./actions.ts";
import { chatRoleRefusal } from "./chat-roles.ts";
import { editRole } from "./member-admin.ts";
import { roleNames } from "./search-reply.ts";

/**
 * Adds or removes the role of a button. Refused for the member's own roles (someone else decides them),
 * for a role this member may not change in chat (chat-roles.ts), and for a button whose role the
 * vocabulary no longer knows.
 */
export async function changeRoleFromChat(
  ctx: HandlerContext,
  { memberId, role }: RoleArgs,
  change: "add" | "remove",
): Promise<Reply> {
  const { services } = ctx;
  const answer = (key: string, params: Record<string, string> = {}) => ephemeral(reply(ctx.t(key, params)));
  if (!services.memberVocabulary.roles.has(role)) return answer("core.error.staleAction");
  const refusal = chatRoleRefusal(ctx.member, role as Role);
  if (refusal) return answer(refusal);
  if (memberId === ctx.member.id) return answer("members.error.self");
  const edited = await editRole(
    services.db,
    memberId,
    { role: role as Role, change },
    { actorId: ctx.member.id, source: "chat", now: services.clock.now() },
  );
  if (!edited.ok) {
    const params = Object.fromEntries(
      Object.entries(edited.params ?? {}).map(([k, v]) => [k, escapeMarkdown(String(v))]),
    );
    return answer(edited.error, params);
  }
  const { member, after } = edited.value;
  ctx.log.info({ memberId, role, change }, "member role changed in chat");
  return {
    ...reply(
      ctx.t(change === "add" ? "members.added" : "members.removed", {
        name: escapeMarkdown(member.displayName),
        role: services.memberVocabulary.roles.label(role, ctx.locale),
        roles: roleNames(ctx, after),
      }),
    ),
    visibility: "ephemeral",
    replaceOriginal: true,
  };
}
