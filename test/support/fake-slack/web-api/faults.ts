import type { ApiArgs } from "./http-body.ts";

/** A call the fake is about to serve, as a rate-limit decider sees it. */
export interface CallAttempt {
  method: string;
  /** 1 for the first request to this method since the rule was set, retries included. */
  attempt: number;
  args: ApiArgs;
}

/**
 * Which calls of a method get HTTP 429:
 * - `{ every: n }`: the n-th, 2n-th… request (`every: 1` refuses them all);
 * - `{ first: k }`: the first k requests, then none;
 * - a function: the `Retry-After` seconds to answer with, or undefined to serve the call.
 */
export type RateLimitRule =
  | { every: number; retryAfterSeconds?: number }
  | { first: number; retryAfterSeconds?: number }
  | ((call: CallAttempt) => number | undefined);

/** What the fake does with a call instead of serving it. */
export type Fault = { kind: "ratelimited"; retryAfterSeconds: number } | { kind: "error"; error: string };

const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Rate limits and one-off errors, per method. */
export class Faults {
  private readonly rules = new Map<string, { decide: (call: CallAttempt) => number | undefined; attempts: number }>();
  private readonly failures = new Map<string, string[]>();
  private readonly refused: string[] = [];

  rateLimit(method: string, rule: RateLimitRule): void {
    this.rules.set(method, { decide: deciderOf(rule), attempts: 0 });
  }

  clearRateLimit(method: string): void {
    this.rules.delete(method);
  }

  failNext(method: string, error: string, times: number): void {
    const queue = this.failures.get(method) ?? [];
    queue.push(...Array.from({ length: times }, () => error));
    this.failures.set(method, queue);
  }

  /** The fault for this call, consuming it; rate limits come first as a 429 happens before Slack reads the call. */
  take(method: string, args: ApiArgs): Fault | undefined {
    const rule = this.rules.get(method);
    if (rule) {
      rule.attempts += 1;
      const retryAfterSeconds = rule.decide({ method, attempt: rule.attempts, args });
      if (retryAfterSeconds !== undefined) {
        this.refused.push(method);
        return { kind: "ratelimited", retryAfterSeconds };
      }
    }
    const error = this.failures.get(method)?.shift();
    return error === undefined ? undefined : { kind: "error", error };
  }

  /** How many 429s were served, for one method or all. */
  rateLimited(method?: string): number {
    return this.refused.filter((refused) => method === undefined || refused === method).length;
  }
}

function deciderOf(rule: RateLimitRule): (call: CallAttempt) => number | undefined {
  if (typeof rule === "function") return rule;
  const retryAfter = rule.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  if ("every" in rule) {
    if (!Number.isInteger(rule.every) || rule.every < 1) {
      throw new Error(`FakeSlack: rateLimit every must be a positive integer, got ${rule.every}`);
    }
    return ({ attempt }) => (attempt % rule.every === 0 ? retryAfter : undefined);
  }
  return ({ attempt }) => (attempt <= rule.first ? retryAfter : undefined);
}
