import type { Clock } from "../../src/core/clock.ts";

/** A clock tests move by hand. Returns copies, so callers cannot move it by mutating a date. */
export class FakeClock implements Clock {
  private ms: number;

  constructor(start: Date | string = "2026-01-15T09:00:00Z") {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(at: Date | string): void {
    this.ms = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
