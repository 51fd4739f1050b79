import type { HandlerContext } from "./context.ts";
import type { Precondition } from "./feature.ts";
import { hasRole, type Role } from "./members/member-profile.ts";

export interface RoleRequirement {
  /** Message key of what the member can do instead; by default, to ask those who can, or see the help. */
  instead?: string;
}

/** "to the coordination team or to the director", in the member's language. */
function whoMay(ctx: HandlerContext, roles: readonly Role[]): string {
  const conjunction = new Intl.ListFormat(ctx.locale, { type: "disjunction" });
  return conjunction.format(roles.map((role) => ctx.t(`core.role.${role}`)));
}

/**
 * Only members holding one of `roles` (admins hold them all). A refusal names who may do it and what
 * the member can do instead, never just "not allowed".
 */
export function requireRole(...args: [...Role[]] | [...Role[], RoleRequirement]): Precondition {
  const last = args.at(-1);
  const options: RoleRequirement = typeof last === "object" ? last : {};
  const roles = (args as unknown[]).filter((arg): arg is Role => typeof arg === "string");
  return {
    name: `requireRole(${roles.join(",")})`,
    roles,
    check: (ctx) =>
      hasRole(ctx.member, ...roles)
        ? { ok: true }
        : {
            ok: false,
            code: "core.error.notAllowed",
            params: { who: whoMay(ctx, roles), instead: ctx.t(options.instead ?? "core.error.notAllowed.instead") },
          },
  };
}
