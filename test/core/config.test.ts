import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("configuration", () => {
  it("runs on the embedded defaults with an empty environment", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe("file:./data/bot.db");
    expect(config.timezone).toBe("Europe/Paris");
    expect(config.defaultLocale).toBe("fr");
    expect(config.seedDemo).toBe(true);
  });

  it("names every malformed variable and the value it got", () => {
    try {
      loadConfig({ DATABASE_URL: "postgres://db", NLU_CONFIDENCE_THRESHOLD: "high", TIMEZONE: "Paris" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/DATABASE_URL: .*"postgres:\/\/db"/);
      expect(message).toMatch(/NLU_CONFIDENCE_THRESHOLD: .*"high"/);
      expect(message).toMatch(/TIMEZONE: .*IANA/);
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ LOG_LEVEL: "", SEED_DEMO: "false" })).toMatchObject({ log: { level: "info" }, seedDemo: false });
  });
});
