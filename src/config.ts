import path from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";

/** Thrown by {@link loadConfig}: names every missing or malformed variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example and the README's configuration table.`);
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
    .regex(/^(console|slack|discord):[^:]+:[^:]+$/, 'must look like "<console|slack|discord>:<workspace id>:<conversation id>"')
    .optional(),
  COORDINATION_REMINDER_MINUTES: integer(5, 10_080).default(120),
});

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
}

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
  };
}

function parseConversation(value: string): NonNullable<Config["coordination"]["channel"]> {
  const [channel, workspaceId, conversationId] = value.split(":") as ["console" | "slack" | "discord", string, string];
  return { channel, workspaceId, conversationId };
}
