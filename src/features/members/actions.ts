// The buttons of the coordination team's member search: a member's card, the roles to add, a role
// added or removed (after a confirmation), the next page of results.
import { type ActionCodec, defineAction, idArg } from "../../core/action-id.ts";

export interface RoleArgs {
  memberId: number;
  /** A key of the Role enum, checked against the vocabulary by the handler. */
  role: string;
}

const roleCodec: ActionCodec<RoleArgs> = {
  encode: ({ memberId, role }) => [String(memberId), role],
  decode: ([id, role, ...rest]) =>
    rest.length || !id || !role || !/^\d{1,12}$/.test(id) || !/^[a-z_]{1,30}$/.test(role)
      ? undefined
      : { memberId: Number(id), role },
};

export interface PageArgs {
  /** The search as folded words joined by "." (see `queryToken`), "" for everyone. */
  query: string;
  offset: number;
}

/** Longest search a "more" button carries: the id stays within Discord's 100 characters. */
export const MAX_QUERY_TOKEN = 80;

const pageCodec: ActionCodec<PageArgs> = {
  encode: ({ query, offset }) => [query || "-", String(offset)],
  decode: ([query, offset, ...rest]) =>
    rest.length || !query || !offset || !/^(-|[a-z0-9.]{1,80})$/.test(query) || !/^\d{1,6}$/.test(offset)
      ? undefined
      : { query: query === "-" ? "" : query, offset: Number(offset) },
};

export const showMember = defineAction("members:show", idArg);
export const chooseRole = defineAction("members:roles", idArg);
export const addRole = defineAction("members:add", roleCodec);
export const removeRole = defineAction("members:remove", roleCodec);
export const morePage = defineAction("members:more", pageCodec);
