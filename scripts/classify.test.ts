import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyText } from '../lib/analysis/classify-text';
import services from '../lib/analysis/text/fixtures/services.json';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number | null;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI as a user would, feeding `input` on stdin. */
function runCli(input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [join(root, 'scripts', 'classify.ts')], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: out.split('\n').filter(Boolean), stderr: err.split('\n').filter(Boolean) }));
    child.stdin.end(input);
  });
}

const DENIED =
  'User: arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-out/models/m.tar.gz" with an explicit deny in a resource-based policy';

describe('npm run classify', () => {
  it('classifies good lines, reports bad ones with their line number, and keeps going', async () => {
    const input = [
      JSON.stringify({ id: 'j1', text: DENIED }),
      '{not json',
      '',
      JSON.stringify({ id: 'j2' }),
      JSON.stringify({ text: 'no id here' }),
      '   ',
      JSON.stringify({ id: 'j3', text: 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'j4', text: 'The job stopped and nobody knows why' }),
    ].join('\n');

    const run = await runCli(input);

    expect(run.code).toBe(0);
    expect(run.stdout.map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 'j1', cause: 'bucket-policy', confidence: 'likely', action: 's3:PutObject', resource: 'arn:aws:s3:::acme-out/models/m.tar.gz', policyType: 'bucket-policy' },
      { id: 'j3', cause: 'capacity', confidence: 'likely' },
      { id: 'j4', cause: 'unknown', confidence: 'unknown' },
    ]);
    expect(run.stderr).toHaveLength(4);
    expect(run.stderr[0]).toMatch(/^classify: line 2: not valid JSON/);
    expect(run.stderr[1]).toMatch(/^classify: line 4: missing "text"/);
    expect(run.stderr[2]).toMatch(/^classify: line 5: missing "id"/);
    expect(run.stderr[3]).toMatch(/^classify: line 8: expected a JSON object/);
  });

  it('is the same engine as classifyText, line for line, over a large input', async () => {
    // Repeat the fixture texts so the input spans many stdin chunks.
    const texts = Array.from({ length: 40 }, () => services.map((f) => f.text)).flat();
    const input = texts.map((text, i) => JSON.stringify({ id: `job-${i}`, text })).join('\n') + '\n';

    const run = await runCli(input);

    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toHaveLength(texts.length);
    run.stdout.forEach((line, i) => {
      const expected = classifyText({ failureReason: texts[i] ?? '' });
      const got = JSON.parse(line) as { id: string; cause: string; confidence: string; action?: string };
      expect([got.id, got.cause, got.confidence, got.action]).toEqual([`job-${i}`, expected.cause, expected.confidence, expected.deniedRequest?.action]);
    });
  });

  it('reads a file that starts with a byte-order mark and has CRLF line ends', async () => {
    const run = await runCli(`\uFEFF${JSON.stringify({ id: 'bom', text: 'CapacityError: Unable to provision requested ML compute capacity.' })}\r\n${JSON.stringify({ id: 'crlf', text: 'x' })}\r\n`);
    expect(run.stderr).toEqual([]);
    expect(run.stdout.map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 'bom', cause: 'capacity', confidence: 'likely' },
      { id: 'crlf', cause: 'unknown', confidence: 'unknown' },
    ]);
  });

  it('refuses a numeric id JSON cannot write back (1e400 is Infinity, written as null)', async () => {
    const run = await runCli(`{"id": 1e400, "text": "x"}\n{"id": 7, "text": "x"}\n`);
    expect(run.stdout.map((line) => JSON.parse(line) as unknown)).toEqual([{ id: 7, cause: 'unknown', confidence: 'unknown' }]);
    expect(run.stderr).toEqual([expect.stringMatching(/^classify: line 1: missing "id" \(a non-empty string or a finite number\)/)]);
  });

  it('writes nothing and exits 0 on empty input', async () => {
    const run = await runCli('');
    expect(run).toEqual({ code: 0, stdout: [], stderr: [] });
  });
});
