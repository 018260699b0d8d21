import { describe, expect, it } from 'vitest';
import { WorkQueue } from './work-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('WorkQueue', () => {
  it('works names first in first out, at most `concurrency` at a time, each name once while queued or running', async () => {
    const started: string[] = [];
    let running = 0;
    let peak = 0;
    const queue = new WorkQueue(2, async (name) => {
      started.push(name);
      running += 1;
      peak = Math.max(peak, running);
      await tick();
      running -= 1;
    }, () => undefined);
    expect(queue.add(['a', 'b', 'c', 'a', 'b'])).toBe(3);
    expect(queue.add(['c', 'd'])).toBe(1);
    await queue.drained();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(peak).toBe(2);
    // Done names may come back (a later refresh re-queues what is still unproven).
    expect(queue.add(['a'])).toBe(1);
    await queue.drained();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('a failing job is reported and the queue goes on', async () => {
    const errors: string[] = [];
    const done: string[] = [];
    const queue = new WorkQueue(1, async (name) => {
      if (name === 'bad') throw new Error('boom');
      done.push(name);
    }, (name, error) => errors.push(`${name}: ${(error as Error).message}`));
    queue.add(['bad', 'good']);
    await queue.drained();
    expect(errors).toEqual(['bad: boom']);
    expect(done).toEqual(['good']);
  });

  it('stop takes no more work and waits for what is running', async () => {
    const done: string[] = [];
    const queue = new WorkQueue(1, async (name) => {
      await tick();
      done.push(name);
    }, () => undefined);
    queue.add(['a', 'b', 'c']);
    await queue.stop();
    expect(done).toEqual(['a']);
    expect(queue.add(['d'])).toBe(0);
    expect(queue.size).toBe(0);
  });
});
