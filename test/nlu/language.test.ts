import { describe, expect, it } from "vitest";
import { LanguageDetector } from "../../src/nlu/language.ts";

const detector = new LanguageDetector({
  examples: [
    { text: "bonjour", locale: "fr" },
    { text: "merci beaucoup", locale: "fr" },
    { text: "hello there", locale: "en" },
    { text: "thanks a lot", locale: "en" },
  ],
});

describe("language detection", () => {
  it("reads the words each language was trained on", () => {
    expect(["bonjour", "merci", "hello", "thanks"].map((t) => detector.detect(t))).toEqual(["fr", "fr", "en", "en"]);
  });

  it("knows the grammatical words of both languages without training", () => {
    expect(detector.detect("je voudrais savoir pour demain")).toBe("fr");
    expect(detector.detect("who do I call for this")).toBe("en");
  });

  it("answers French when it cannot tell", () => {
    expect(["", "ok", "KB", "94400", "👍", "xyzzy"].map((t) => detector.detect(t))).toEqual([
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
    ]);
  });

  it("ignores acronyms, which belong to no language", () => {
    expect(detector.detect("HAD Vitry")).toBe("fr");
  });

  it("is sure of words of one language, not of code, a mix of both or an unknown word", () => {
    expect(detector.read("merci beaucoup")).toEqual({ locale: "fr", sure: true });
    expect(detector.read("hello there")).toEqual({ locale: "en", sure: true });
    expect(detector.read("SELECT * FROM t WHERE x = 1;").sure).toBe(false);
    expect(detector.read("who do I call; x = 1; y = 2").sure).toBe(false);
    expect(detector.read("thanks merci").sure).toBe(false);
    expect(detector.read("xyzzy").sure).toBe(false);
  });

  it("reads full-width letters as plain letters", () => {
    expect(detector.read("ｍｅｒｃｉ ｂｅａｕｃｏｕｐ")).toEqual({ locale: "fr", sure: true });
  });
});
