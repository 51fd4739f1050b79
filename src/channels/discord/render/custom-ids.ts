import { LIMITS } from "./limits.ts";

/*
 * What a component's `custom_id` says. Discord gives back only the `custom_id` of a click (no separate
 * value), and a button must work after a restart, so the id carries everything:
 *
 * - `missions:accept:42`: the core's action id itself, unchanged (the core caps them at 100 characters,
 *   Discord's limit, so they always fit);
 * - `?missions:withdraw:42`: the same action behind a confirmation (the action id may then have 99
 *   characters at most);
 * - `=form:<form key>`: a button that opens a form (the 24-character key the core persists it by);
 * - `=modal:<form key>:<action id>`: the modal of that form, so its submission reaches its action;
 * - `=deny`: "no" on a confirmation.
 *
 * Action ids start with a lower-case letter, so `?` and `=` never begin one. An id that would not fit
 * is refused when the message is rendered: cutting it would send another action.
 */
export type CustomId =
  | { kind: "action"; actionId: string }
  | { kind: "confirm"; actionId: string }
  | { kind: "form"; formKey: string }
  | { kind: "modal"; formKey: string; actionId: string }
  | { kind: "deny" };

const CONFIRM = "?";
const FORM = "=form:";
const MODAL = "=modal:";
const DENY = "=deny";

/** A component or modal id that cannot fit in Discord's 100 characters: a feature's definition to fix. */
class CustomIdTooLong extends Error {
  constructor(what: string, id: string) {
    super(`${what}: its Discord custom_id "${id.slice(0, 40)}…" is longer than ${LIMITS.customId} characters.`);
    this.name = "CustomIdTooLong";
  }
}

function fit(id: string, what: string): string {
  if (id.length > LIMITS.customId) throw new CustomIdTooLong(what, id);
  return id;
}

export const actionCustomId = (actionId: string, what: string) => fit(actionId, what);
export const confirmCustomId = (actionId: string, what: string) => fit(`${CONFIRM}${actionId}`, what);
export const formCustomId = (formKey: string) => `${FORM}${formKey}`;
export const modalCustomId = (formKey: string, actionId: string, what: string) =>
  fit(`${MODAL}${formKey}:${actionId}`, what);
export const DENY_CUSTOM_ID = DENY;

/** What a `custom_id` the bot wrote says; undefined for one it did not write. */
export function parseCustomId(id: string): CustomId | undefined {
  if (id === DENY) return { kind: "deny" };
  if (id.startsWith(FORM)) return { kind: "form", formKey: id.slice(FORM.length) };
  if (id.startsWith(MODAL)) {
    const rest = id.slice(MODAL.length);
    const colon = rest.indexOf(":");
    return colon > 0 ? { kind: "modal", formKey: rest.slice(0, colon), actionId: rest.slice(colon + 1) } : undefined;
  }
  if (id.startsWith(CONFIRM)) return { kind: "confirm", actionId: id.slice(CONFIRM.length) };
  return /^[a-z]/.test(id) ? { kind: "action", actionId: id } : undefined;
}
