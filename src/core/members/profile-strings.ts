// What an erasure searches the database for: the strings of a profile, in every form they may be stored in.
import { escapeMarkdown } from "../markdown.ts";
import { GUEST_NAME } from "./member-directory.ts";

/** Shorter strings ("Jo", "12") would match everywhere and mean nothing: they are not searched. */
const MIN_LENGTH = 4;
/** Titles a display name may start with: the name without them is searched too. */
const TITLE = /^(dr|pr|docteur|professeur|mme|mlle|m|mr|mrs|ms)\.?\s+/i;

export interface ProfileText {
  displayName: string;
  key: string | null;
  email: string | null;
  phone: string | null;
  motivationNote: string | null;
  /** The names the chat platforms gave (one per identity). */
  identityNames: readonly (string | null)[];
}

/** A phone number as people write it: as given, digits only, in pairs with dots or spaces, +33. */
function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return [phone];
  const national = digits.startsWith("33") && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  const pairs = national.match(/.{1,2}/g) ?? [national];
  return [phone, digits, national, pairs.join(" "), pairs.join("."), `+33${national.slice(1)}`];
}

/** How a string may be stored: as is, escaped for Markdown, inside a JSON string, or both. */
function storedForms(text: string): string[] {
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  return [text, escapeMarkdown(text), json(text), json(escapeMarkdown(text))];
}

/**
 * The strings of a member's profile to look for anywhere in the database when they are erased — name
 * (with and without its title), names given by the platforms, e-mail, phone, member-file key, their
 * own words — each in every form it may be stored in, longest first (so a name is replaced before the
 * part of it that is also searched). A guest's placeholder name is not one of them.
 */
export function profileStrings(profile: ProfileText): string[] {
  const names = [profile.displayName, ...profile.identityNames]
    .flatMap((name) => (name ? [name.trim(), name.trim().replace(TITLE, "")] : []))
    .filter((name) => name !== GUEST_NAME);
  const raw = [
    ...names,
    ...(profile.email ? [profile.email, profile.email.toLowerCase()] : []),
    ...(profile.phone ? phoneForms(profile.phone) : []),
    ...(profile.key ? [profile.key] : []),
    ...(profile.motivationNote ? [profile.motivationNote.trim()] : []),
  ].filter((s) => s.length >= MIN_LENGTH);
  return [...new Set(raw.flatMap(storedForms))].sort((a, b) => b.length - a.length);
}
