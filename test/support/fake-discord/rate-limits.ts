import type { ServerResponse } from "node:http";

/** A route's limit: `limit` requests per `windowMs`, for each major parameter (channel, interaction). */
export interface BucketRule {
  limit: number;
  windowMs: number;
}

/** An error the fake answers with instead of serving a call (Discord's JSON error codes). */
export interface InjectedError {
  status: number;
  code: number;
  message: string;
}

export const DISCORD_ERRORS = {
  cannotDm: { status: 403, code: 50007, message: "Cannot send messages to this user" },
  unknownInteraction: { status: 404, code: 10062, message: "Unknown interaction" },
  missingAccess: { status: 403, code: 50001, message: "Missing Access" },
} as const satisfies Record<string, InjectedError>;

/** Generous: the tests that want a limit set one with `rateLimit`. */
const DEFAULT_RULE: BucketRule = { limit: 1000, windowMs: 1000 };

interface Window {
  startedAt: number;
  used: number;
}

/**
 * Discord's per-route buckets: every answer carries the `X-RateLimit-*` headers discord.js reads to pace
 * itself; a request past the limit gets HTTP 429 with `retry_after` and `Retry-After`, as Discord's.
 * Routes are named like "POST /channels/:id/messages"; the window is per major parameter.
 */
export class RateLimits {
  private readonly rules = new Map<string, BucketRule>();
  private readonly windows = new Map<string, Window>();
  private readonly forced = new Map<string, number[]>();
  private readonly errors = new Map<string, InjectedError[]>();
  private readonly refused: string[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  rateLimit(route: string, rule: BucketRule): void {
    this.rules.set(route, rule);
  }

  /** The next `times` calls to `route` get a 429 with this `retry_after`, whatever the bucket says. */
  force429(route: string, times: number, retryAfterSeconds: number): void {
    this.forced.set(route, [...(this.forced.get(route) ?? []), ...Array<number>(times).fill(retryAfterSeconds)]);
  }

  failNext(route: string, error: InjectedError, times: number): void {
    this.errors.set(route, [...(this.errors.get(route) ?? []), ...Array<InjectedError>(times).fill(error)]);
  }

  /** 429s served, for one route or all. */
  rateLimited(route?: string): number {
    return this.refused.filter((r) => route === undefined || r === route).length;
  }

  /**
   * Counts the call against its bucket and writes the headers. Answers a 429 and returns "ratelimited"
   * past the limit; returns an injected error for the caller to answer (and record); else undefined.
   */
  refuse(route: string, major: string, res: ServerResponse): "ratelimited" | InjectedError | undefined {
    const rule = this.rules.get(route) ?? DEFAULT_RULE;
    const key = `${route} ${major}`;
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= rule.windowMs) {
      window = { startedAt: now, used: 0 };
      this.windows.set(key, window);
    }
    const resetAfterMs = Math.max(0, window.startedAt + rule.windowMs - now);
    const forced = this.forced.get(route)?.shift();
    const over = window.used >= rule.limit;
    if (!over && forced === undefined) window.used += 1;
    res.setHeader("X-RateLimit-Limit", String(rule.limit));
    res.setHeader("X-RateLimit-Remaining", String(Math.max(0, rule.limit - window.used)));
    res.setHeader("X-RateLimit-Reset", ((now + resetAfterMs) / 1000).toFixed(3));
    res.setHeader("X-RateLimit-Reset-After", (resetAfterMs / 1000).toFixed(3));
    res.setHeader("X-RateLimit-Bucket", Buffer.from(route).toString("hex").slice(0, 32));
    if (over || forced !== undefined) {
      const retryAfter = forced ?? resetAfterMs / 1000;
      this.refused.push(route);
      res.setHeader("Retry-After", String(Math.ceil(retryAfter)));
      res.setHeader("X-RateLimit-Scope", "user");
      send(res, 429, { message: "You are being rate limited.", retry_after: retryAfter, global: false });
      return "ratelimited";
    }
    return this.errors.get(route)?.shift();
  }
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    res.writeHead(204).end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) }).end(json);
}
