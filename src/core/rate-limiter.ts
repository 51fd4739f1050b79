import type { Clock } from "./clock.ts";

/**
 * Per-member token bucket: `perMinute` messages a minute on average, bursts up to the same number.
 * In memory on purpose: a restart forgiving everyone is harmless, a database write per message is not.
 */
export class RateLimiter {
  private readonly buckets = new Map<number, { tokens: number; at: number; warned: boolean }>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  /** "ok", "limited" for the first refused message (tell the member once), then "silent". */
  take(memberId: number): "ok" | "limited" | "silent" {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(memberId) ?? { tokens: this.perMinute, at: now, warned: false };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(memberId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return "ok";
    }
    if (bucket.warned) return "silent";
    bucket.warned = true;
    return "limited";
  }
}
