/**
 * SQS queues in memory, with the delivery rules a consumer depends on: a received message is
 * invisible for its visibility timeout and then delivered again (with a new receipt handle and a
 * higher receive count) until someone deletes it; a long poll answers as soon as a message is
 * visible, or empty when its wait ends. The clock is an argument so tests can reason about it.
 */
import { createHash, randomUUID } from 'node:crypto';

export interface QueueMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  sentAtMs: number;
  /** When the message may be received (again): now after a send, receipt + visibility after a receive. */
  visibleAtMs: number;
  receiveCount: number;
  firstReceivedAtMs?: number;
  /** The handle of the latest receive: only it deletes the message. */
  receiptHandle?: string;
}

export interface Queue {
  region: string;
  accountId: string;
  name: string;
  createdAtMs: number;
  /** Seconds a received message stays invisible when ReceiveMessage names no VisibilityTimeout (SQS: 30). */
  visibilityTimeoutSeconds: number;
  messages: QueueMessage[];
}

/** What a receipt handle carries; opaque to clients, as AWS's are. */
interface Receipt {
  q: string;
  m: string;
  n: number;
}

export type DeleteOutcome = 'deleted' | 'stale' | 'invalid';

export class Queues {
  private readonly queues = new Map<string, Queue>();
  private readonly wakers = new Set<() => void>();
  private closed = false;

  constructor(private readonly clock: () => number = Date.now) {}

  create(region: string, accountId: string, name: string): Queue {
    const key = queueKey(region, accountId, name);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { region, accountId, name, createdAtMs: this.clock(), visibilityTimeoutSeconds: 30, messages: [] };
      this.queues.set(key, queue);
    }
    return queue;
  }

  find(region: string, accountId: string, name: string): Queue | undefined {
    return this.queues.get(queueKey(region, accountId, name));
  }

  send(queue: Queue, body: string): QueueMessage {
    const now = this.clock();
    const message: QueueMessage = { messageId: randomUUID(), body, md5OfBody: md5(body), sentAtMs: now, visibleAtMs: now, receiveCount: 0 };
    queue.messages.push(message);
    this.wake();
    return message;
  }

  /** Up to `max` visible messages, oldest first, made invisible for `visibilitySeconds`. */
  receive(queue: Queue, max: number, visibilitySeconds: number): QueueMessage[] {
    const now = this.clock();
    const taken = queue.messages.filter((m) => m.visibleAtMs <= now).slice(0, max);
    for (const message of taken) {
      message.receiveCount += 1;
      message.firstReceivedAtMs ??= now;
      message.visibleAtMs = now + visibilitySeconds * 1000;
      const receipt: Receipt = { q: queue.name, m: message.messageId, n: message.receiveCount };
      message.receiptHandle = Buffer.from(JSON.stringify(receipt)).toString('base64url');
    }
    return taken;
  }

  /** A long poll: receives now, or waits until a message is visible or `waitSeconds` pass. */
  async receiveWaiting(queue: Queue, max: number, visibilitySeconds: number, waitSeconds: number): Promise<QueueMessage[]> {
    const deadline = this.clock() + waitSeconds * 1000;
    for (;;) {
      const got = this.receive(queue, max, visibilitySeconds);
      const now = this.clock();
      if (got.length > 0 || now >= deadline || this.closed) return got;
      // Wake at the deadline, when an in-flight message's timeout ends, or on a send.
      const nextVisible = Math.min(...queue.messages.map((m) => m.visibleAtMs), deadline);
      await this.sleep(Math.max(1, nextVisible - now));
    }
  }

  /** Deletes the message a receipt handle names when it is that message's latest handle. */
  delete(queue: Queue, receiptHandle: string): DeleteOutcome {
    const receipt = readReceipt(receiptHandle);
    if (!receipt || receipt.q !== queue.name) return 'invalid';
    const index = queue.messages.findIndex((m) => m.messageId === receipt.m);
    // Already deleted, or received again since (SQS: the call succeeds, the message may stay).
    if (index < 0) return 'deleted';
    if (queue.messages[index]?.receiptHandle !== receiptHandle) return 'stale';
    queue.messages.splice(index, 1);
    return 'deleted';
  }

  /** Ends every long poll now (the endpoint is closing). */
  close(): void {
    this.closed = true;
    this.wake();
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref?.();
      this.wakers.add(done);
    });
  }
}

function queueKey(region: string, accountId: string, name: string): string {
  return `${region}|${accountId}|${name}`;
}

function readReceipt(handle: string): Receipt | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(handle, 'base64url').toString('utf8')) as Partial<Receipt>;
    if (typeof parsed.q !== 'string' || typeof parsed.m !== 'string' || typeof parsed.n !== 'number') return undefined;
    return parsed as Receipt;
  } catch {
    return undefined;
  }
}

export function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}
