/**
 * Lets tests wait for something the fake observes (a call, a connection) without sleeping: every change
 * notifies, each waiter re-probes. Waiters time out with a message naming what they waited for.
 */
export class Changes {
  /** `name` starts the messages of failed waits ("FakeSlack", "FakeDiscord"). */
  constructor(private readonly name = "FakeSlack") {}

  private readonly waiters = new Set<{ probe: () => void; fail: (error: Error) => void }>();

  notify(): void {
    for (const waiter of [...this.waiters]) waiter.probe();
  }

  until<T>(probe: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        probe: () => {
          const value = probe();
          if (value === undefined) return;
          done();
          resolve(value);
        },
        fail: (error: Error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(
        () => waiter.fail(new Error(`${this.name}: timed out after ${timeoutMs} ms waiting for ${what()}`)),
        timeoutMs,
      );
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** Rejects every pending wait (the fake is stopping). */
  failAll(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.fail(new Error(`${this.name}: ${reason}`));
  }
}
