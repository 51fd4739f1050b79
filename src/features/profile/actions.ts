// The buttons of /profil: a part of the profile to change, a value to toggle, a preset to choose.
import { type ActionCodec, defineAction, noArgs, tokenArg } from "../../core/action-id.ts";

/** The parts of the profile that have their own buttons. */
const SECTIONS = ["skills", "motivations", "availability", "quiet", "language"] as const;
export type Section = (typeof SECTIONS)[number];

/** Parts whose values are toggled one by one. */
const TOGGLED = ["skill", "motivation", "slot"] as const;
export type Toggled = (typeof TOGGLED)[number];

const KEY = /^[a-z][a-z0-9_]{0,59}$/;
const PAGE = /^\d{1,3}$/;

const sectionCodec: ActionCodec<{ section: Section; page: number }> = {
  encode: ({ section, page }) => [section, String(page)],
  decode: ([section, page, ...rest]) =>
    rest.length || !SECTIONS.includes(section as Section) || !page || !PAGE.test(page)
      ? undefined
      : { section: section as Section, page: Number(page) },
};

export interface ValueArgs {
  part: Toggled;
  /** A vocabulary key, checked against the vocabulary by the handler. */
  key: string;
  /** The page of the section the button was on, shown again after the click. */
  page: number;
}

const valueCodec: ActionCodec<ValueArgs> = {
  encode: ({ part, key, page }) => [part, key, String(page)],
  decode: ([part, key, page, ...rest]) =>
    rest.length || !TOGGLED.includes(part as Toggled) || !key || !KEY.test(key) || !page || !PAGE.test(page)
      ? undefined
      : { part: part as Toggled, key, page: Number(page) },
};

export const showProfile = defineAction("profile:show", noArgs);
export const openSection = defineAction("profile:section", sectionCodec);
/** A value of the section: added when the member does not hold it, removed when they do. */
export const toggleValue = defineAction("profile:toggle", valueCodec);
/** A suggestion for a value written the vocabulary did not know: added, never removed. */
export const addValue = defineAction("profile:add", valueCodec);
/** Quiet hours "2100-0800", or "none". */
export const chooseQuietHours = defineAction("profile:quiet", tokenArg);
/** Hours a month, or "none". */
export const chooseHours = defineAction("profile:hours", tokenArg);
/** "fr", "en", or "auto" (follow the language of each message). */
export const chooseLanguage = defineAction("profile:language", tokenArg);
/** Submissions of the forms: quiet hours typed, the member's own words on their motivations. */
export const quietHoursForm = defineAction("profile:quiet-form", noArgs);
export const motivationNoteForm = defineAction("profile:note-form", noArgs);
