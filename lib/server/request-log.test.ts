import { afterEach, describe, expect, it, vi } from 'vitest';
import { listJobsRoute } from './api-routes';
import { countAwsCall, noteIdentity, withRequestLog, type RequestLine } from './request-log';

describe('withRequestLog', () => {
  it('writes one JSON line: who, what, status, duration, AWS calls', async () => {
    const lines: string[] = [];
    const response = await withRequestLog(
      { method: 'GET', path: '/api/jobs/us-east-1/job-1' },
      async () => {
        noteIdentity({ mode: 'jwt', subject: 'u-123', email: 'ana@example.com' });
        countAwsCall();
        await new Promise((r) => setTimeout(r, 5));
        countAwsCall();
        return new Response('{}', { status: 404 });
      },
      (line) => lines.push(line),
    );
    expect(response.status).toBe(404);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as RequestLine;
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/api/jobs/us-east-1/job-1', status: 404, awsCalls: 2, who: 'u-123 ana@example.com' });
    expect(line.durationMs).toBeGreaterThanOrEqual(4);
  });

  it('logs a crash as 500 and still throws it', async () => {
    const lines: string[] = [];
    await expect(withRequestLog({ method: 'GET', path: '/x' }, () => Promise.reject(new Error('boom')), (l) => lines.push(l))).rejects.toThrow('boom');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ status: 500, awsCalls: 0, who: 'unknown' });
  });

  it('counts nothing outside a request (the background sync)', () => {
    expect(() => countAwsCall()).not.toThrow();
  });
});

describe('the API routes log through it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a refused list request: its status, no query (names people typed), no credentials', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const response = await listJobsRoute(
      new Request('http://localhost/api/jobs?region=us-east-1;drop&nameContains=secret-project', { headers: { authorization: 'Bearer eyJhbGciOiJFUzI1NiJ9.x.y' } }),
    );
    expect(response.status).toBe(400);
    const lines = written.filter((w) => w.includes('"msg":"request"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ method: 'GET', path: '/api/jobs', status: 400, awsCalls: 0 });
    expect(lines[0]).not.toMatch(/secret-project|Bearer|eyJ/);
  });
});
