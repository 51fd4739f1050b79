// The member's own profile as /profil shows it: every part, what missions still need, and a button per
// part to change it. Shown to the member alone.
import type { HandlerContext } from "../../core/feature.ts";
import { isLocale } from "../../core/locale.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { professionKey } from "../../core/members/member-profile.ts";
import {
  type Button,
  context,
  ephemeral,
  type Field,
  fields,
  type Reply,
  reply,
  withButtons,
} from "../../core/reply.ts";
import { openSection, type Section, showProfile } from "./actions.ts";
import { motivationNoteButton } from "./forms.ts";
import { missingForMissions, type OwnProfile } from "./own-profile.ts";

const list = (values: string[]) => values.join(", ");

function availabilityText(ctx: HandlerContext, profile: OwnProfile): string {
  const { slots, hoursPerMonth } = profile.availability;
  const labels = slots.map((s) => ctx.services.memberVocabulary.availability.label(s, ctx.locale));
  const hours = hoursPerMonth === undefined ? [] : [ctx.t("profile.hoursPerMonth", { hours: hoursPerMonth })];
  return [list(labels), ...hours].filter(Boolean).join(" · ");
}

function profileFields(ctx: HandlerContext, profile: OwnProfile): Field[] {
  const { memberVocabulary: vocabulary, territory } = ctx.services;
  // In the vocabulary's order, as the buttons show them; a key it no longer has comes last.
  const labels = (keys: string[], section: typeof vocabulary.skills) =>
    list(
      [...section.keys.filter((k) => keys.includes(k)), ...keys.filter((k) => !section.has(k))].map((k) =>
        section.label(k, ctx.locale),
      ),
    );
  const note = profile.motivationNote ? ` — « ${profile.motivationNote} »` : "";
  const entries: [string, string][] = [
    ["profession", ctx.t(professionKey(profile.profession))],
    ["communes", list(profile.communes.map((c) => territory.nameOf(c)))],
    ["skills", labels(profile.skills, vocabulary.skills)],
    ["motivations", labels(profile.motivations, vocabulary.motivations) + note],
    ["availability", availabilityText(ctx, profile)],
    ["quietHours", quietHoursText(ctx, profile.quietHours)],
    ["language", ctx.t(`profile.language.${isLocale(profile.locale) ? profile.locale : "auto"}`)],
    [
      "channel",
      profile.preferredChannel
        ? ctx.t("profile.channel", { channel: profile.preferredChannel })
        : ctx.t("profile.channel.last"),
    ],
    ["phone", profile.phone ?? ""],
    ["email", profile.email ? ctx.t("profile.email.managed", { email: profile.email }) : ""],
  ];
  return entries.map(([name, value]) => ({
    label: ctx.t(`profile.field.${name}`),
    value: value ? escapeMarkdown(value) : ctx.t("profile.none"),
  }));
}

export const quietHoursText = (ctx: HandlerContext, quiet: OwnProfile["quietHours"]): string =>
  quiet ? ctx.t("profile.quiet.value", { ...quiet }) : ctx.t("profile.quiet.none");

/** What volunteer missions need and the profile lacks, for volunteers; nothing for the others. */
function missingLine(ctx: HandlerContext, profile: OwnProfile): string | undefined {
  const missing = profile.isVolunteer ? missingForMissions(profile) : [];
  return missing.length ? ctx.t("profile.missing", { missing: missing.map((k) => ctx.t(k)).join(", ") }) : undefined;
}

/** A button per part of the profile, each opening its choices. */
export function sectionButtons(t: HandlerContext["t"]): Button[] {
  const sections: Section[] = ["skills", "motivations", "availability", "quiet", "language"];
  return sections.map((section) => ({
    label: t(`profile.button.${section}`),
    actionId: openSection.id({ section, page: 0 }),
  }));
}

/** The profile, after `lead` (what just changed), with its buttons. */
export function profileCard(ctx: HandlerContext, profile: OwnProfile, lead: string[] = []): Reply {
  const notes = [missingLine(ctx, profile), ctx.t("profile.hint.channel"), ctx.t("profile.hint.write")].filter(
    (n): n is string => n !== undefined,
  );
  const card = reply(...lead, ctx.t("profile.title"), fields(...profileFields(ctx, profile)), ...notes.map(context));
  return ephemeral(withButtons(card, ...sectionButtons(ctx.t), motivationNoteButton(ctx, profile)));
}

/** The button back to the whole profile, under each part's choices. */
export const backButton = (ctx: HandlerContext): Button => ({
  label: ctx.t("profile.button.back"),
  actionId: showProfile.id(),
});
