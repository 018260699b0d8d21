import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SCENARIO_PATH } from '../testing/harness';
import { loadScenario, parseScenario, readScenarioFile, ScenarioError } from './load';
import { resolveTimeSpec } from './time-spec';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('resolveTimeSpec', () => {
  it.each([
    ['-3h20m', '2026-06-01T08:40:00.000Z'],
    ['-2d4h', '2026-05-30T08:00:00.000Z'],
    ['-90m', '2026-06-01T10:30:00.000Z'],
    ['-45s', '2026-06-01T11:59:15.000Z'],
    ['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02T03:04:05+02:00', '2026-01-02T01:04:05.000Z'],
  ])('resolves %s', (spec, iso) => {
    expect(resolveTimeSpec(spec, NOW).toISOString()).toBe(iso);
  });
});

describe('loading a scenario', () => {
  it('validates and resolves the test account', () => {
    const scenario = loadScenario(TEST_SCENARIO_PATH, NOW);
    const job = scenario.trainingJobs.find((j) => j.name === 'train-failed-a');
    expect(job?.createdAt).toBeInstanceOf(Date);
    expect(job?.logStreams[0]?.name).toBe('train-failed-a/algo-1-1700000000');
    // Events are served oldest first.
    const times = job?.logStreams[0]?.events.map((e) => e.timestamp) ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('names the file and every failing path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ name: 'x', accountId: '12', trainingJobs: [{ name: 'bad_name!' }] }));
    const error = (() => {
      try {
        readScenarioFile(file);
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a ScenarioError');
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.message).toContain(file);
    expect(error.message).toContain('accountId: a 12-digit account id');
    expect(error.message).toMatch(/trainingJobs\.0\.name/);
    expect(error.message).toMatch(/trainingJobs\.0\.roleArn/);
  });

  it('reports unreadable files and invalid JSON clearly', () => {
    expect(() => readScenarioFile('/no/such/scenario.json')).toThrow(/Cannot read scenario \/no\/such\/scenario\.json/);
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ nope');
    expect(() => readScenarioFile(file)).toThrow(/is not valid JSON/);
  });

  it('accepts jobs that name roles the account no longer has', () => {
    const scenario = parseScenario(
      {
        name: 'deleted-role',
        accountId: '111122223333',
        trainingJobs: [
          {
            name: 'orphan',
            region: 'us-east-1',
            status: 'Failed',
            secondaryStatus: 'Failed',
            createdAt: '-1h',
            roleArn: 'arn:aws:iam::111122223333:role/deleted',
            trainingImage: 'img',
            output: { s3OutputPath: 's3://b/o' },
            resources: { instanceType: 'ml.m5.large' },
            transitions: [],
          },
        ],
      },
      'inline',
    );
    expect(scenario.trainingJobs[0]?.roleArn).toContain('role/deleted');
  });
});
