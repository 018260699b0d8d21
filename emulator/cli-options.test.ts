import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('defaults to port 4599 and the demo account with no faults', () => {
    const options = parseCliOptions([], {});
    expect(options.port).toBe(4599);
    expect(options.scenarioPath).toBe('emulator/scenarios/demo.json');
    expect(options.syntheticJobs).toBe(0);
    expect(options.faults).toEqual({ latencyMs: 0, rateLimits: {}, errorRate: 0, deny: [] });
    expect(options.readOnly).toBe(false);
    expect(options.failEverySeconds).toBe(0);
  });

  it('--fail-every takes seconds; a negative or non-number is refused', () => {
    expect(parseCliOptions(['--fail-every', '180'], {}).failEverySeconds).toBe(180);
    expect(parseCliOptions([], { EMULATOR_FAIL_EVERY: '2.5' }).failEverySeconds).toBe(2.5);
    expect(() => parseCliOptions(['--fail-every', '-1'], {})).toThrow(/EMULATOR_FAIL_EVERY/);
    expect(() => parseCliOptions(['--fail-every', 'often'], {})).toThrow(/EMULATOR_FAIL_EVERY/);
  });

  it('--read-only takes no value; EMULATOR_READ_ONLY takes true/1 or false/0', () => {
    expect(parseCliOptions(['--read-only', '--port', '5000'], {})).toMatchObject({ readOnly: true, port: 5000 });
    expect(parseCliOptions([], { EMULATOR_READ_ONLY: '1' }).readOnly).toBe(true);
    expect(parseCliOptions([], { EMULATOR_READ_ONLY: 'false' }).readOnly).toBe(false);
    expect(() => parseCliOptions([], { EMULATOR_READ_ONLY: 'yes please' })).toThrow(/EMULATOR_READ_ONLY/);
  });

  it('reads the environment, and lets flags win', () => {
    const options = parseCliOptions(['--port', '5000', '--deny=iam:GetRole,s3:GetBucketPolicy'], {
      EMULATOR_PORT: '4700',
      EMULATOR_LATENCY_MS: '120',
      EMULATOR_RATE_LIMIT: 'sagemaker:DescribeTrainingJob=5,logs:FilterLogEvents=5',
      EMULATOR_ERROR_RATE: '0.1',
      EMULATOR_SYNTHETIC_JOBS: '5000',
      EMULATOR_NOW: '2026-06-01T12:00:00Z',
      EMULATOR_SCENARIO: 'emulator/scenarios/test-account.json',
    });
    expect(options.port).toBe(5000);
    expect(options.scenarioPath).toBe('emulator/scenarios/test-account.json');
    expect(options.now.toISOString()).toBe('2026-06-01T12:00:00.000Z');
    expect(options.syntheticJobs).toBe(5000);
    expect(options.faults).toEqual({
      latencyMs: 120,
      rateLimits: { 'sagemaker:DescribeTrainingJob': 5, 'logs:FilterLogEvents': 5 },
      errorRate: 0.1,
      deny: ['iam:GetRole', 's3:GetBucketPolicy'],
    });
  });

  it('serves the demo\'s second account with the demo scenario, none with another unless named', () => {
    expect(parseCliOptions([], {}).accountPaths).toEqual(['emulator/scenarios/ml-research.json']);
    expect(parseCliOptions(['--scenario', 'x.json'], {}).accountPaths).toEqual([]);
    expect(parseCliOptions(['--accounts', 'a.json, b.json'], {}).accountPaths).toEqual(['a.json', 'b.json']);
    expect(parseCliOptions([], { EMULATOR_ACCOUNTS: '' }).accountPaths).toEqual([]);
  });

  it.each([
    [['--port', 'abc'], {}, /EMULATOR_PORT/],
    [[], { EMULATOR_ERROR_RATE: '2' }, /EMULATOR_ERROR_RATE/],
    [[], { EMULATOR_NOW: 'yesterday' }, /EMULATOR_NOW/],
    [['--colour', 'red'], {}, /Unknown option --colour/],
    [['constructor', 'x'], {}, /Unknown option constructor/],
    [['--port'], {}, /needs a value/],
  ])('refuses %j %j', (argv, env, message) => {
    expect(() => parseCliOptions(argv, env)).toThrow(message);
  });
});
