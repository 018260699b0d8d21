/**
 * Starting the built app as a child process for the scripts that check it (the standalone check,
 * the benchmark's page weights): a port nobody holds, and a wait for its health route that stops
 * as soon as the process exits and says what it printed, instead of polling a dead port.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A port free on 127.0.0.1 now (the OS picks it), so a server left running elsewhere cannot answer in the app's place. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Keeps what a child prints (the last 64 KiB), for the error that says why it did not start. */
export function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (d: Buffer): void => {
    output = (output + d.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

/**
 * Resolves when `url` answers 2xx; throws when the child exits first or `timeoutMs` passes, with
 * the child's output in the message.
 */
export async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before ${url} answered. Its output:\n${output()}`);
    }
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await sleep(250);
  }
  throw new Error(`the server did not answer ${url} within ${Math.round(timeoutMs / 1000)} s. Its output:\n${output()}`);
}
