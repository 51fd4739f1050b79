import type { Precondition } from "./feature.ts";
import { hasRole, isGuest, type Role } from "./members/member-profile.ts";

/** Only members holding one of `roles` (admins hold them all). */
export function requireRole(...roles: Role[]): Precondition {
  return {
    name: `requireRole(${roles.join(",")})`,
    check: (ctx) => (hasRole(ctx.member, ...roles) ? { ok: true } : { ok: false, code: "core.error.notAllowed" }),
  };
}

/** Only members known to the network, not guests. */
export const requireMember: Precondition = {
  name: "requireMember",
  check: (ctx) => (isGuest(ctx.member) ? { ok: false, code: "core.error.guestsNotAllowed" } : { ok: true }),
};
