import { describe, expect, it } from "vitest";
import { CatalogueError, Messages } from "../../src/core/i18n.ts";
import { FeatureRegistry } from "../../src/core/registry.ts";
import { features } from "../../src/features/index.ts";

describe("message catalogues", () => {
  it("format French and English plurals", () => {
    const messages = new Messages();
    messages.add("test", {
      fr: { "test.seats": "{count, plural, =0 {complet} one {# place} other {# places}}" },
      en: { "test.seats": "{count, plural, =0 {full} one {# seat} other {# seats}}" },
    });
    expect(messages.format("fr", "test.seats", { count: 0 })).toBe("complet");
    expect(messages.format("fr", "test.seats", { count: 1 })).toBe("1 place");
    expect(messages.format("en", "test.seats", { count: 3 })).toBe("3 seats");
  });

  it("refuse a message translated in one language only", () => {
    const messages = new Messages();
    expect(() => messages.add("test", { fr: { "test.a": "a", "test.b": "b" }, en: { "test.a": "a" } })).toThrow(
      /missing en\.test\.b/,
    );
  });

  it("refuse a malformed message at start rather than in a conversation", () => {
    expect(() => new Messages().add("test", { fr: { "test.a": "{oops" }, en: { "test.a": "ok" } })).toThrow(
      CatalogueError,
    );
  });

  it("of every installed feature are complete in French and English", () => {
    expect(() => new FeatureRegistry(features)).not.toThrow();
  });
});
