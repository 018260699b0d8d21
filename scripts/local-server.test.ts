import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { captureOutput, freePort, waitForHealth } from './local-server';

describe('local-server', () => {
  it('stops waiting as soon as the server exits, and says what it printed', async () => {
    const child = spawn(process.execPath, ['-e', "console.error('Error: listen EADDRINUSE: address already in use'); process.exit(1)"], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = captureOutput(child);
    const port = await freePort();
    await expect(waitForHealth(`http://127.0.0.1:${port}/api/health`, child, output, 60_000)).rejects.toThrow(/exited \(1\)[\s\S]*EADDRINUSE/);
  });

  it('resolves once the health route answers on the free port', async () => {
    const port = await freePort();
    const server = createServer((_req, res) => res.end('{"status":"ok"}')).listen(port, '127.0.0.1');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await expect(waitForHealth(`http://127.0.0.1:${port}/api/health`, child, captureOutput(child), 10_000)).resolves.toBeUndefined();
    } finally {
      child.kill();
      server.close();
    }
  });
});
