import { IntlMessageFormat } from "intl-messageformat";
import type { Locale, Localized } from "./locale.ts";

export type MessageParams = Record<string, string | number>;

/** A feature's messages in ICU MessageFormat, one table per language with the same keys. */
export type Catalogue = Localized<Record<string, string>>;

export type Translate = (key: string, params?: MessageParams) => string;

/** Thrown at start when catalogues disagree, so a missing translation never reaches a user. */
export class CatalogueError extends Error {}

/**
 * All messages of the registered features. Keys are namespaced by feature (`missions.full`).
 * Plurals and selects use ICU syntax: `{count, plural, one {# place} other {# places}}`.
 */
export class Messages {
  private readonly tables: Localized<Map<string, string>> = { fr: new Map(), en: new Map() };
  private readonly compiled = new Map<string, IntlMessageFormat>();

  add(owner: string, catalogue: Catalogue): void {
    const missing = [
      ...Object.keys(catalogue.fr)
        .filter((k) => !(k in catalogue.en))
        .map((k) => `en.${k}`),
      ...Object.keys(catalogue.en)
        .filter((k) => !(k in catalogue.fr))
        .map((k) => `fr.${k}`),
    ];
    if (missing.length) throw new CatalogueError(`Messages of ${owner}: missing ${missing.join(", ")}`);
    for (const locale of ["fr", "en"] as const) {
      for (const [key, message] of Object.entries(catalogue[locale])) {
        if (this.tables[locale].has(key)) throw new CatalogueError(`Messages of ${owner}: "${key}" is already defined`);
        this.tables[locale].set(key, message);
        this.compile(locale, key); // now: a syntax error fails at start, not in a conversation
      }
    }
  }

  has(key: string): boolean {
    return this.tables.fr.has(key);
  }

  format(locale: Locale, key: string, params: MessageParams = {}): string {
    return String(this.compile(locale, key).format(params));
  }

  private compile(locale: Locale, key: string): IntlMessageFormat {
    const cacheKey = `${locale}\u0000${key}`;
    let compiled = this.compiled.get(cacheKey);
    if (!compiled) {
      const source = this.tables[locale].get(key);
      if (source === undefined) throw new CatalogueError(`No message "${key}"`);
      try {
        compiled = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      } catch (error) {
        throw new CatalogueError(`Message "${key}" (${locale}) is malformed: ${(error as Error).message}`);
      }
      this.compiled.set(cacheKey, compiled);
    }
    return compiled;
  }

  translator(locale: Locale): Translate {
    return (key, params) => this.format(locale, key, params);
  }
}

/** Formats an ICU template that does not live in a catalogue (e.g. an answer template from intents/). */
export function formatTemplate(template: string, locale: Locale, params: MessageParams = {}): string {
  return String(new IntlMessageFormat(template, locale, undefined, { ignoreTag: true }).format(params));
}
