import { z } from "zod";
import { defineSettings, SettingsProblem } from "../../core/settings.ts";

export type SlackSettings = { botToken: string; apiUrl?: string } & (
  | { mode: "socket"; appToken: string }
  | { mode: "http"; signingSecret: string; port: number }
);

const ensureTrailingSlash = (url: string) => (url.endsWith("/") ? url : `${url}/`);

/** Slack's variables: checked only when SLACK_BOT_TOKEN enables the channel; Socket Mode unless told otherwise. */
export const slackSettings = defineSettings({
  name: "slack",
  title: "Slack (optional). Setting SLACK_BOT_TOKEN enables the Slack channel instead of the terminal chat.",
  variables: {
    SLACK_BOT_TOKEN: {
      schema: z
        .string()
        .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-"')
        .optional(),
      doc: "Enables the Slack channel: the Bot User OAuth Token of the app created from slack/manifest.yml (`xoxb-…`).",
    },
    SLACK_APP_TOKEN: {
      schema: z
        .string()
        .regex(/^xapp-/, 'must be an app-level token starting with "xapp-"')
        .optional(),
      doc: "Socket Mode (no public URL needed): an app-level token with `connections:write` (`xapp-…`).",
    },
    SLACK_SIGNING_SECRET: {
      schema: z.string().min(8).optional(),
      doc: "HTTP mode: the app's signing secret (requests with a wrong signature get 401).",
    },
    SLACK_MODE: {
      schema: z.enum(["socket", "http"]).optional(),
      doc: "`socket` or `http`; default `socket` when SLACK_APP_TOKEN is set, else `http`.",
    },
    SLACK_PORT: {
      schema: z.coerce.number().int().min(0).max(65_535).default(3000),
      doc: "HTTP mode: port of the receiver; Slack posts to `https://<your host>/slack/events`.",
      example: "3000",
    },
    SLACK_API_URL: {
      schema: z.url({ protocol: /^https?$/ }).optional(),
      doc: "Web API base URL (government instances, egress proxies, tests); default Slack's.",
    },
  },
  read: (v): SlackSettings | undefined => {
    if (!v.SLACK_BOT_TOKEN) {
      const orphan = (["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_MODE"] as const).filter(
        (n) => v[n] !== undefined,
      );
      if (orphan.length) {
        throw new SettingsProblem(
          "SLACK_BOT_TOKEN",
          `required when ${orphan.join(", ")} ${orphan.length > 1 ? "are" : "is"} set`,
        );
      }
      return undefined;
    }
    const common = {
      botToken: v.SLACK_BOT_TOKEN,
      ...(v.SLACK_API_URL ? { apiUrl: ensureTrailingSlash(v.SLACK_API_URL) } : {}),
    };
    const mode = v.SLACK_MODE ?? (v.SLACK_APP_TOKEN || !v.SLACK_SIGNING_SECRET ? "socket" : "http");
    if (mode === "socket") {
      if (!v.SLACK_APP_TOKEN) {
        throw new SettingsProblem(
          "SLACK_APP_TOKEN",
          "required for Socket Mode (or set SLACK_MODE=http with SLACK_SIGNING_SECRET)",
        );
      }
      return { ...common, mode, appToken: v.SLACK_APP_TOKEN };
    }
    if (!v.SLACK_SIGNING_SECRET) throw new SettingsProblem("SLACK_SIGNING_SECRET", "required when SLACK_MODE=http");
    return { ...common, mode, signingSecret: v.SLACK_SIGNING_SECRET, port: v.SLACK_PORT };
  },
});
