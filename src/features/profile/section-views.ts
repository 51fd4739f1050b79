// Each part of the profile as buttons: skills and motivations to toggle from the vocabulary (held ones
// marked), availability slots and hours a month, quiet hours presets, the language. A click replaces the
// message with the same part, updated, and says what changed.
import type { HandlerContext } from "../../core/feature.ts";
import { isLocale } from "../../core/locale.ts";
import { type Button, context, ephemeral, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import {
  chooseHours,
  chooseLanguage,
  chooseQuietHours,
  openSection,
  type Section,
  type Toggled,
  toggleValue,
} from "./actions.ts";
import { quietHoursButton } from "./forms.ts";
import type { OwnProfile } from "./own-profile.ts";
import { backButton, quietHoursText } from "./profile-card.ts";
import { profileSettings } from "./settings.ts";
import { sectionOf } from "./spot-terms.ts";

/**
 * Toggles on one message: Discord takes 25 buttons at most (5 rows of 5), Slack 25 per actions block.
 * 20 values leave room for "back", "previous" and "next"; a longer list of the vocabulary is paged.
 */
const PAGE_SIZE = 20;
/** Quiet hours offered as buttons; the network's default is added when it is not among them. */
const QUIET_PRESETS = ["20:00-08:00", "21:00-08:00", "22:00-07:00"];
const HOURS_PRESETS = [2, 4, 8, 16];

const mark = (held: boolean, label: string) => (held ? `✓ ${label}` : label);

function toggles(ctx: HandlerContext, part: Toggled, keys: string[], held: string[], page: number): Button[] {
  const section = sectionOf(ctx.services.memberVocabulary, part);
  return keys.map((key) => ({
    label: mark(held.includes(key), section.label(key, ctx.locale)),
    actionId: toggleValue.id({ part, key, page }),
    ...(held.includes(key) ? { style: "primary" as const } : {}),
  }));
}

/** Skills or motivations, one page of the vocabulary. */
function tagsView(ctx: HandlerContext, profile: OwnProfile, section: "skills" | "motivations", page: number): Reply {
  const part: Toggled = section === "skills" ? "skill" : "motivation";
  const keys = ctx.services.memberVocabulary[section].keys;
  const pages = Math.max(1, Math.ceil(keys.length / PAGE_SIZE));
  const shown = Math.min(Math.max(page, 0), pages - 1);
  const held = section === "skills" ? profile.skills : profile.motivations;
  const buttons = toggles(ctx, part, keys.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE), held, shown);
  const turn = (to: number, label: string): Button[] =>
    to >= 0 && to < pages ? [{ label: ctx.t(label), actionId: openSection.id({ section, page: to }) }] : [];
  const lines = [
    ctx.t(`profile.section.${section}`),
    ...(pages > 1 ? [context(ctx.t("profile.page", { page: shown + 1, pages }))] : []),
  ];
  return withButtons(
    reply(...lines),
    ...buttons,
    ...turn(shown - 1, "profile.button.previous"),
    ...turn(shown + 1, "profile.button.next"),
    backButton(ctx),
  );
}

function availabilityView(ctx: HandlerContext, profile: OwnProfile): Reply {
  const { slots, hoursPerMonth } = profile.availability;
  const keys = ctx.services.memberVocabulary.availability.keys;
  const hours: Button[] = [
    ...HOURS_PRESETS.map((h) => ({
      label: mark(hoursPerMonth === h, ctx.t("profile.button.hours", { hours: h })),
      actionId: chooseHours.id(String(h)),
    })),
    { label: mark(hoursPerMonth === undefined, ctx.t("profile.button.hoursNone")), actionId: chooseHours.id("none") },
  ];
  return withButtons(
    reply(ctx.t("profile.section.availability")),
    ...toggles(ctx, "slot", keys, slots, 0),
    ...hours,
    backButton(ctx),
  );
}

function quietView(ctx: HandlerContext, profile: OwnProfile): Reply {
  const { start, end } = ctx.services.config.settings.of(profileSettings).defaultQuietHours;
  const presets = [...new Set([...QUIET_PRESETS, `${start}-${end}`])];
  const current = profile.quietHours ? `${profile.quietHours.start}-${profile.quietHours.end}` : "none";
  const buttons: Button[] = [
    ...presets.map((preset) => {
      const [from, to] = preset.split("-");
      return {
        label: mark(current === preset, ctx.t("profile.button.quietPreset", { start: from!, end: to! })),
        actionId: chooseQuietHours.id(preset.replaceAll(":", "")),
      };
    }),
    { label: mark(current === "none", ctx.t("profile.button.quietNone")), actionId: chooseQuietHours.id("none") },
    quietHoursButton(ctx, profile),
  ];
  return withButtons(
    reply(ctx.t("profile.section.quiet"), context(quietHoursText(ctx, profile.quietHours))),
    ...buttons,
    backButton(ctx),
  );
}

function languageView(ctx: HandlerContext, profile: OwnProfile): Reply {
  const current = isLocale(profile.locale) ? profile.locale : "auto";
  const buttons = (["fr", "en", "auto"] as const).map((choice) => ({
    label: mark(current === choice, ctx.t(`profile.button.language.${choice}`)),
    actionId: chooseLanguage.id(choice),
  }));
  return withButtons(reply(ctx.t("profile.section.language")), ...buttons, backButton(ctx));
}

/** One part of the profile as buttons, after `lead` (what the last click changed). */
export function sectionView(
  ctx: HandlerContext,
  profile: OwnProfile,
  section: Section,
  page = 0,
  lead: string[] = [],
): Reply {
  const view =
    section === "skills" || section === "motivations"
      ? tagsView(ctx, profile, section, page)
      : section === "availability"
        ? availabilityView(ctx, profile)
        : section === "quiet"
          ? quietView(ctx, profile)
          : languageView(ctx, profile);
  return ephemeral({ ...view, blocks: [...lead.map(text), ...view.blocks] });
}
