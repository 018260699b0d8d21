import 'server-only';

/**
 * A queue of named jobs worked by a fixed number of workers, first in first out, each name at most
 * once at a time. The background sync feeds it newest jobs first, so they are worked first. The
 * AWS budget below it holds the real pace; this only bounds how much waits in memory at once.
 */
export class WorkQueue {
  private readonly queued: string[] = [];
  private readonly known = new Set<string>();
  private running = 0;
  private stopped = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly work: (name: string) => Promise<void>,
    private readonly onError: (name: string, error: unknown) => void,
  ) {}

  /** Adds names not already queued or running; returns how many were new. */
  add(names: Iterable<string>): number {
    if (this.stopped) return 0;
    let added = 0;
    for (const name of names) {
      if (this.known.has(name)) continue;
      this.known.add(name);
      this.queued.push(name);
      added += 1;
    }
    this.pump();
    return added;
  }

  get size(): number {
    return this.queued.length + this.running;
  }

  /** Resolves when nothing is queued or running. */
  drained(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Takes no more work; resolves when what is running has finished. */
  stop(): Promise<void> {
    this.stopped = true;
    for (const name of this.queued.splice(0)) this.known.delete(name);
    return this.drained();
  }

  private pump(): void {
    while (!this.stopped && this.running < this.concurrency && this.queued.length > 0) {
      const name = this.queued.shift() as string;
      this.running += 1;
      void this.work(name)
        .catch((error: unknown) => this.onError(name, error))
        .finally(() => {
          this.running -= 1;
          this.known.delete(name);
          this.pump();
          if (this.size === 0) for (const resolve of this.waiters.splice(0)) resolve();
        });
    }
  }
}
