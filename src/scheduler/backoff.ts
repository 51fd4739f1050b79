/** Delay before the first retry. */
const RETRY_BASE_MS = 30_000;
/** No retry waits longer than this. */
const RETRY_CAP_MS = 3_600_000;

/**
 * How long to wait before retrying a job whose attempt number `attempt` (1-based) failed:
 * 30 s, 1 min, 2 min, 4 min… capped at 1 h. Deterministic on purpose (no jitter): with one bot
 * and a handful of workers there is no thundering herd to spread, and tests can predict run-at.
 */
export function retryDelayMs(attempt: number, baseMs = RETRY_BASE_MS, capMs = RETRY_CAP_MS): number {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  return Math.min(capMs, baseMs * 2 ** (attempt - 1));
}
