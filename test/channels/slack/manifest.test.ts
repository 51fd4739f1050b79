import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commandsOf, manifestCommands } from "../../../src/channels/slack/slack-manifest.ts";
import { FeatureRegistry } from "../../../src/core/registry.ts";
import { features } from "../../../src/features/index.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";

interface Manifest {
  features: { slash_commands: { command: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

describe("the Slack app manifest", () => {
  it("declares every command, event and scope the channel relies on", async () => {
    const source = await readFile(path.join(PROJECT_ROOT, "slack", "manifest.yml"), "utf8");
    const manifest = parse(source) as Manifest;
    const registry = new FeatureRegistry(features);
    // The commands are the features' own: `npm run docs` writes them after a change.
    expect(commandsOf(source)).toEqual(manifestCommands(registry, registry.messages, "fr"));
    expect(manifest.features.slash_commands.map((c) => c.command)).toContain("/reseau");
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_home_opened", "app_mention", "message.im", "message.channels"]),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "chat:write",
        "commands",
        "im:history",
        "im:write",
        "app_mentions:read",
        "users:read",
        "users:read.email",
      ]),
    );
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
