import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Job } from "../../src/scheduler/job-store.ts";
import { decide } from "../../src/scheduler/run-job.ts";
import { jobKind } from "./harness.ts";

const HOUR = 3_600_000;
const reminder = jobKind({
  kind: "test.reminder",
  payload: z.object({ meetingId: z.number() }),
  stale: { afterMs: HOUR, action: "skip" },
  run: async () => {},
});
const digest = jobKind({
  kind: "test.digest",
  payload: z.object({}),
  stale: { afterMs: HOUR, action: "run" },
  run: async () => {},
});
const kinds = new Map([reminder, digest].map((kind) => [kind.kind, kind]));

const runAt = new Date("2026-01-15T09:00:00Z");
const started = (overrides: Partial<Job>): Job => ({
  id: 1,
  kind: "test.reminder",
  runAt,
  payload: '{"meetingId":4}',
  dedupeKey: null,
  status: "running",
  attempts: 1,
  maxAttempts: 5,
  lastError: null,
  leaseOwner: "w",
  leaseExpiresAt: null,
  createdAt: runAt,
  updatedAt: runAt,
  finishedAt: null,
  ...overrides,
});

describe("deciding what to do with a started job", () => {
  it.each([
    ["a job on time", {}, 0, "run"],
    ["a skip-if-stale job exactly at its limit", {}, HOUR, "run"],
    ["a skip-if-stale job past its limit", {}, HOUR + 1, "skip"],
    ["a run-if-stale job past its limit", { kind: "test.digest", payload: "{}" }, 10 * HOUR, "run"],
    ["an unknown kind", { kind: "test.gone" }, 0, "refuse"],
    ["a payload the schema rejects", { payload: '{"meetingId":"4"}' }, 0, "refuse"],
    ["a job whose worker died during its last attempt", { attempts: 6 }, 0, "refuse"],
  ] as const)("%s → %s", (_name, overrides, lateMs, action) => {
    expect(decide(started(overrides), kinds, new Date(runAt.getTime() + lateMs)).action).toBe(action);
  });

  it("hands the parsed payload to the run", () => {
    expect(decide(started({}), kinds, runAt)).toEqual({ action: "run", kind: reminder, payload: { meetingId: 4 } });
  });
});
