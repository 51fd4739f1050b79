import type { Precondition } from "./feature.ts";
import { hasRole, type Role } from "./members/member-profile.ts";

/** Only members holding one of `roles` (admins hold them all). */
export function requireRole(...roles: Role[]): Precondition {
  return {
    name: `requireRole(${roles.join(",")})`,
    roles,
    check: (ctx) => (hasRole(ctx.member, ...roles) ? { ok: true } : { ok: false, code: "core.error.notAllowed" }),
  };
}
