export const LOCALES = ["fr", "en"] as const;

/** Languages the bot speaks. French is the default everywhere. */
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => value === "fr" || value === "en";

/** A text in every language the bot speaks. */
export type Localized<T = string> = Record<Locale, T>;
