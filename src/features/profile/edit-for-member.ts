// Applies an edit for the member who asked, in their language afterwards: a member who just chose
// English reads the confirmation in English.
import type { HandlerContext } from "../../core/feature.ts";
import { ephemeral, type Reply, reply } from "../../core/reply.ts";
import { type OwnProfile, ownProfile } from "./own-profile.ts";
import { applyEdit, type EditOutcome, type ProfileEdit } from "./profile-edit.ts";
import { profileSettings } from "./settings.ts";

export type Edited = { ok: true; ctx: HandlerContext; outcome: EditOutcome } | { ok: false; reply: Reply };

export async function editForMember(ctx: HandlerContext, edit: ProfileEdit): Promise<Edited> {
  const { db, config, messages } = ctx.services;
  const { defaultQuietHours } = config.settings.of(profileSettings);
  const result = await applyEdit(db, ctx.member.id, edit, defaultQuietHours);
  if (!result.ok) return { ok: false, reply: ephemeral(reply(ctx.t(result.error))) };
  const locale = edit.locale ?? ctx.locale;
  const after = locale === ctx.locale ? ctx : { ...ctx, locale, t: messages.translator(locale) };
  ctx.log.info({ memberId: ctx.member.id, changed: changedParts(result.value) }, "profile changed by its member");
  return { ok: true, ctx: after, outcome: result.value };
}

/** The parts an edit changed, for the log (never the values: they are the member's). */
function changedParts(outcome: EditOutcome): string[] {
  const lists = Object.entries(outcome.added)
    .concat(Object.entries(outcome.removed))
    .filter(([, values]) => values.length)
    .map(([part]) => part);
  return [...new Set([...lists, ...Object.keys(outcome.set), ...(outcome.noteSet ? ["note"] : [])])];
}

/** The member's profile, or the reply that says it is gone (erased while they clicked). */
export async function profileOrGone(ctx: HandlerContext): Promise<OwnProfile | Reply> {
  return (await ownProfile(ctx)) ?? ephemeral(reply(ctx.t("profile.gone")));
}
