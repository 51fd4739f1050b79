import path from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";

/** Thrown by {@link loadConfig}: names every missing or malformed variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example and the README's configuration table.`,
    );
    this.name = "ConfigError";
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => ["true", "1", "yes"].includes(v));

/** Every variable of `.env.example`, with its default. Empty strings count as unset. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite "file:" URL, e.g. file:./data/bot.db')
    .default("file:./data/bot.db"),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  LOG_FILE: z.string().optional(),
  TIMEZONE: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), "must be an IANA time zone such as Europe/Paris")
    .default("Europe/Paris"),
  DEFAULT_LOCALE: z.enum(["fr", "en"]).default("fr"),
  NLU_CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.7),
  RATE_LIMIT_PER_MINUTE: integer(1, 10_000).default(20),
  SCHEDULER_POLL_MS: integer(50, 3_600_000).default(1000),
  SCHEDULER_LEASE_SECONDS: integer(5, 86_400).default(300),
  CONVERSATION_LOG_RETENTION_DAYS: integer(1, 3650).default(90),
  SEED_DEMO: flag.default(true),
  COORDINATION_CHANNEL: z
    .string()
    .regex(
      /^(console|slack|discord):[^:]+:[^:]+$/,
      'must look like "<console|slack|discord>:<workspace id>:<conversation id>"',
    )
    .optional(),
  COORDINATION_REMINDER_MINUTES: integer(5, 10_080).default(120),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-"')
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token starting with "xapp-"')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_MODE: z.enum(["socket", "http"]).optional(),
  SLACK_PORT: integer(1, 65_535).default(3000),
  SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
});

type Env = z.infer<typeof envSchema>;

export interface Config {
  databaseUrl: string;
  dataDir: string;
  log: { level: (typeof LOG_LEVELS)[number]; file?: string };
  timezone: string;
  defaultLocale: "fr" | "en";
  nlu: { confidenceThreshold: number; cacheDir: string };
  rateLimitPerMinute: number;
  scheduler: { pollMs: number; leaseSeconds: number };
  conversationLogRetentionDays: number;
  seedDemo: boolean;
  coordination: {
    /** Team conversation that receives new requests; unset: direct messages to every coordinator. */
    channel?: { channel: "console" | "slack" | "discord"; workspaceId: string; conversationId: string };
    /** A request nobody has claimed after this long is brought up to the team again. */
    reminderMinutes: number;
  };
  /** Present when the Slack channel is enabled (SLACK_BOT_TOKEN set). */
  slack?: SlackConfig;
}

export type SlackConfig = { botToken: string; apiUrl?: string } & (
  | { mode: "socket"; appToken: string }
  | { mode: "http"; signingSecret: string; port: number }
);

/**
 * Reads and validates the configuration once, at start. The only reader of `process.env`:
 * everything else receives a {@link Config}.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "configuration");
        const got = present[name] === undefined ? "" : ` (got "${present[name]}")`;
        return `${name}: ${issue.message}${got}`;
      }),
    );
  }
  const e = parsed.data;
  const slack = slackConfig(e);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    log: { level: e.LOG_LEVEL, ...(e.LOG_FILE ? { file: e.LOG_FILE } : {}) },
    timezone: e.TIMEZONE,
    defaultLocale: e.DEFAULT_LOCALE,
    nlu: { confidenceThreshold: e.NLU_CONFIDENCE_THRESHOLD, cacheDir: path.resolve(e.DATA_DIR, "nlu") },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    scheduler: { pollMs: e.SCHEDULER_POLL_MS, leaseSeconds: e.SCHEDULER_LEASE_SECONDS },
    conversationLogRetentionDays: e.CONVERSATION_LOG_RETENTION_DAYS,
    seedDemo: e.SEED_DEMO,
    coordination: {
      ...(e.COORDINATION_CHANNEL ? { channel: parseConversation(e.COORDINATION_CHANNEL) } : {}),
      reminderMinutes: e.COORDINATION_REMINDER_MINUTES,
    },
    ...(slack ? { slack } : {}),
  };
}

/** Slack's settings, checked only when Slack is enabled; Socket Mode unless told otherwise or impossible. */
function slackConfig(e: Env): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN) {
    const orphan = (["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_MODE"] as const).filter(
      (name) => e[name] !== undefined,
    );
    if (orphan.length)
      throw new ConfigError([
        `SLACK_BOT_TOKEN: required when ${orphan.join(", ")} ${orphan.length > 1 ? "are" : "is"} set`,
      ]);
    return undefined;
  }
  const common = {
    botToken: e.SLACK_BOT_TOKEN,
    ...(e.SLACK_API_URL ? { apiUrl: ensureTrailingSlash(e.SLACK_API_URL) } : {}),
  };
  const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN || !e.SLACK_SIGNING_SECRET ? "socket" : "http");
  if (mode === "socket") {
    if (!e.SLACK_APP_TOKEN)
      throw new ConfigError([
        "SLACK_APP_TOKEN: required for Socket Mode (or set SLACK_MODE=http with SLACK_SIGNING_SECRET)",
      ]);
    return { ...common, mode, appToken: e.SLACK_APP_TOKEN };
  }
  if (!e.SLACK_SIGNING_SECRET) throw new ConfigError(["SLACK_SIGNING_SECRET: required when SLACK_MODE=http"]);
  return { ...common, mode, signingSecret: e.SLACK_SIGNING_SECRET, port: e.SLACK_PORT };
}

const ensureTrailingSlash = (url: string) => (url.endsWith("/") ? url : `${url}/`);

function parseConversation(value: string): NonNullable<Config["coordination"]["channel"]> {
  const [channel, workspaceId, conversationId] = value.split(":") as ["console" | "slack" | "discord", string, string];
  return { channel, workspaceId, conversationId };
}
