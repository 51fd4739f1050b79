// What each button of /profil does: the profile or one of its parts shown again, updated, in place of
// the clicked message.
import type { HandlerContext } from "../../core/feature.ts";
import { ephemeral, type Reply, reply } from "../../core/reply.ts";
import { parseTimeRange } from "../../util/row-file/field-formats.ts";
import type { Section, ValueArgs } from "./actions.ts";
import { editForMember, profileOrGone } from "./edit-for-member.ts";
import { MAX_NOTE_LENGTH } from "./forms.ts";
import { outcomeLines } from "./outcome-text.ts";
import { profileCard } from "./profile-card.ts";
import type { ProfileEdit } from "./profile-edit.ts";
import { sectionView } from "./section-views.ts";
import { sectionOf } from "./spot-terms.ts";

const replacing = (r: Reply): Reply => ({ ...r, replaceOriginal: true });
const stale = (ctx: HandlerContext) => ephemeral(reply(ctx.t("profile.stale")));

const SECTION_OF: Record<ValueArgs["part"], Section> = {
  skill: "skills",
  motivation: "motivations",
  slot: "availability",
};

export async function showCard(ctx: HandlerContext): Promise<Reply> {
  const profile = await profileOrGone(ctx);
  return "blocks" in profile ? profile : replacing(profileCard(ctx, profile));
}

export async function showSection(ctx: HandlerContext, section: Section, page: number): Promise<Reply> {
  const profile = await profileOrGone(ctx);
  return "blocks" in profile ? profile : replacing(sectionView(ctx, profile, section, page));
}

/** Applies the edit, then shows `section` (or the whole profile) with what changed above it. */
async function editThenShow(ctx: HandlerContext, edit: ProfileEdit, section?: Section, page = 0): Promise<Reply> {
  const edited = await editForMember(ctx, edit);
  if (!edited.ok) return edited.reply;
  const { ctx: after, outcome } = edited;
  const lead = outcomeLines(after, outcome);
  return replacing(
    section ? sectionView(after, outcome.profile, section, page, lead) : profileCard(after, outcome.profile, lead),
  );
}

export async function toggle(ctx: HandlerContext, { part, key, page }: ValueArgs): Promise<Reply> {
  if (!sectionOf(ctx.services.memberVocabulary, part).has(key)) return stale(ctx);
  const profile = await profileOrGone(ctx);
  if ("blocks" in profile) return profile;
  const held = { skill: profile.skills, motivation: profile.motivations, slot: profile.availability.slots }[part];
  const edit: ProfileEdit = held.includes(key) ? { remove: { [part]: [key] } } : { add: { [part]: [key] } };
  return editThenShow(ctx, edit, SECTION_OF[part], page);
}

/** A suggestion clicked: the value added (never removed), and the whole profile shown. */
export function addSuggested(ctx: HandlerContext, { part, key }: ValueArgs): Promise<Reply> | Reply {
  return sectionOf(ctx.services.memberVocabulary, part).has(key)
    ? editThenShow(ctx, { add: { [part]: [key] } })
    : stale(ctx);
}

export function chooseQuiet(ctx: HandlerContext, token: string): Promise<Reply> | Reply {
  if (token === "none") return editThenShow(ctx, { quietHours: null }, "quiet");
  const match = /^(\d{2})(\d{2})-(\d{2})(\d{2})$/.exec(token);
  const range = match && parseTimeRange(`${match[1]}:${match[2]}-${match[3]}:${match[4]}`);
  return range?.ok ? editThenShow(ctx, { quietHours: range.value }, "quiet") : stale(ctx);
}

export function chooseHoursPerMonth(ctx: HandlerContext, token: string): Promise<Reply> | Reply {
  const hours = token === "none" ? null : /^\d{1,3}$/.test(token) ? Number(token) : Number.NaN;
  if (hours !== null && !(hours >= 1 && hours <= 200)) return stale(ctx);
  return editThenShow(ctx, { hoursPerMonth: hours }, "availability");
}

export function chooseLocale(ctx: HandlerContext, token: string): Promise<Reply> | Reply {
  if (token !== "fr" && token !== "en" && token !== "auto") return stale(ctx);
  return editThenShow(ctx, { locale: token === "auto" ? null : token }, "language");
}

/** Quiet hours typed in the form (« 21:30-07:00 », « 21h30 à 7h »). */
export async function submitQuietHours(ctx: HandlerContext, values: Record<string, string>): Promise<Reply> {
  const written = (values.hours ?? "").trim();
  const range = parseTimeRange(written);
  if (range.ok) return editThenShow(ctx, { quietHours: range.value }, "quiet");
  const profile = await profileOrGone(ctx);
  if ("blocks" in profile) return profile;
  return sectionView(ctx, profile, "quiet", 0, [ctx.t("profile.quiet.invalid", { written })]);
}

/** The member's own words on their motivations; an empty form clears them. */
export function submitMotivationNote(ctx: HandlerContext, values: Record<string, string>): Promise<Reply> {
  const note = (values.note ?? "").trim().slice(0, MAX_NOTE_LENGTH);
  return editThenShow(ctx, { motivationNote: note || null });
}
