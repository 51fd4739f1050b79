import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Logger, pino } from "pino";
import type { Config } from "./config.ts";

export type { Logger };

/**
 * Structured JSON logs. At info level the bot logs what happened (event id, intent, outcome, timings),
 * never what was written: message bodies only appear at debug level, and only after redaction.
 */
export function createLogger(config: Pick<Config, "log">, fallbackFile?: string): Logger {
  const file = config.log.file ?? fallbackFile;
  if (!file || file === "-") return pino({ level: config.log.level, base: undefined });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return pino({ level: config.log.level, base: undefined }, pino.destination({ dest: file, sync: false }));
}

/** A logger that drops everything, for tests and one-shot commands. */
export const silentLogger = (): Logger => pino({ level: "silent" });
