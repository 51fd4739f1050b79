import path from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";
import {
  defineSettings,
  type EnvVariable,
  type SettingsDefinition,
  SettingsProblem,
  SettingsValues,
} from "./core/settings.ts";

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
/** "true"/"false" (or 1/0, yes/no) as a boolean. */
const flag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => ["true", "1", "yes"].includes(v));

/** The core's variables: where data lives, logs, language, time, the NLU threshold, the scheduler. */
export const coreSettings = defineSettings({
  name: "core",
  title:
    "Every variable is optional: without any, `npm start` runs the bot in the terminal on the embedded SQLite database with the fictional demo network.",
  variables: {
    DATABASE_URL: {
      schema: z
        .string()
        .regex(/^file:.+/, 'must be a SQLite "file:" URL, e.g. file:./data/bot.db')
        .default("file:./data/bot.db"),
      doc: 'Embedded SQLite database, created and migrated at start ("file:" URLs only).',
      example: "file:./data/bot.db",
    },
    DATA_DIR: {
      schema: z.string().min(1).default("./data"),
      doc: "Folder of the NLU model cache (`nlu/`) and of the console mode's log.",
      example: "./data",
    },
    LOG_LEVEL: {
      schema: z.enum(LOG_LEVELS).default("info"),
      doc: "`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`; message texts (redacted) only at `debug`.",
      example: "info",
    },
    LOG_FILE: {
      schema: z.string().optional(),
      doc: "Where logs go (JSON lines); `-` for standard output. Default: standard output, or `data/bot.log` in the terminal chat.",
    },
    TIMEZONE: {
      schema: z
        .string()
        .refine((zone) => IANAZone.isValidZone(zone), "must be an IANA time zone such as Europe/Paris")
        .default("Europe/Paris"),
      doc: "Zone used to show times and plan recurring jobs; times are stored in UTC.",
      example: "Europe/Paris",
    },
    DEFAULT_LOCALE: {
      schema: z.enum(["fr", "en"]).default("fr"),
      doc: "Language when a message's language is unclear, and of the team's notices (`fr` or `en`).",
      example: "fr",
    },
    NLU_CONFIDENCE_THRESHOLD: {
      schema: z.coerce.number().min(0).max(1).default(0.7),
      doc: "Below this confidence (0–1) the bot does not guess: it offers the likeliest topics, then hands off.",
      example: "0.7",
    },
    RATE_LIMIT_PER_MINUTE: {
      schema: integer(1, 10_000).default(20),
      doc: "Messages a member may send per minute before the bot asks them to slow down.",
      example: "20",
    },
    SCHEDULER_POLL_MS: {
      schema: integer(50, 3_600_000).default(1000),
      doc: "How often the scheduler looks for due jobs (milliseconds).",
      example: "1000",
    },
    SCHEDULER_LEASE_SECONDS: {
      schema: integer(5, 86_400).default(300),
      doc: "How long a claimed job belongs to a worker before another may take it over; renewed while the job runs.",
      example: "300",
    },
    CONVERSATION_LOG_RETENTION_DAYS: {
      schema: integer(1, 3650).default(90),
      doc: "Days the conversation metadata (intent, outcome, latency; never the text) is kept.",
      example: "90",
    },
    PROCESSED_EVENT_RETENTION_DAYS: {
      schema: integer(1, 365).default(7),
      doc: "Days the ids of handled platform events are kept, so that an event delivered again is answered once (platforms redeliver within minutes or hours).",
      example: "7",
    },
    SEED_DEMO: {
      schema: flag.default(true),
      doc: "Seed the fictional demo network at start (idempotent): `true` or `false`.",
      example: "true",
    },
  } satisfies Record<string, EnvVariable>,
  read: (v) => ({
    databaseUrl: v.DATABASE_URL,
    dataDir: path.resolve(v.DATA_DIR),
    log: { level: v.LOG_LEVEL, ...(v.LOG_FILE ? { file: v.LOG_FILE } : {}) },
    timezone: v.TIMEZONE,
    defaultLocale: v.DEFAULT_LOCALE,
    nlu: { confidenceThreshold: v.NLU_CONFIDENCE_THRESHOLD, cacheDir: path.resolve(v.DATA_DIR, "nlu") },
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    scheduler: { pollMs: v.SCHEDULER_POLL_MS, leaseSeconds: v.SCHEDULER_LEASE_SECONDS },
    conversationLogRetentionDays: v.CONVERSATION_LOG_RETENTION_DAYS,
    processedEventRetentionDays: v.PROCESSED_EVENT_RETENTION_DAYS,
    seedDemo: v.SEED_DEMO,
  }),
});

export type CoreConfig = ReturnType<(typeof coreSettings)["read"]>;

export interface Config extends CoreConfig {
  /** The settings of the installed features and channels, by their definition. */
  settings: SettingsValues;
}

/**
 * Reads and validates the configuration once, at start: the core's variables and those of `groups`
 * (the installed features' and channels' settings). The only reader of `process.env`: everything
 * else receives a {@link Config}. Every problem is reported at once, with the variable's name.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  groups: readonly SettingsDefinition<unknown>[] = [],
): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const problems: string[] = [];
  const values = new Map<SettingsDefinition<unknown>, unknown>();
  for (const group of new Set([coreSettings as SettingsDefinition<unknown>, ...groups])) {
    const parsed: Record<string, unknown> = {};
    let valid = true;
    for (const [name, variable] of Object.entries(group.variables)) {
      const result = variable.schema.safeParse(present[name]);
      if (result.success) parsed[name] = result.data;
      else {
        valid = false;
        const got = present[name] === undefined ? "" : ` (got "${present[name]}")`;
        problems.push(...result.error.issues.map((issue) => `${name}: ${issue.message}${got}`));
      }
    }
    if (!valid) continue;
    try {
      values.set(group, group.read(parsed));
    } catch (error) {
      if (!(error instanceof SettingsProblem)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    ...(values.get(coreSettings as SettingsDefinition<unknown>) as CoreConfig),
    settings: new SettingsValues(values),
  };
}
