/**
 * The emulator's run options from flags and environment (a flag wins over its variable), checked
 * up front so a typo fails with a message instead of a silently healthy AWS.
 */
import { readFileSync } from 'node:fs';
import { actionsAllowedBy } from './faults/allow-only';
import { parseRateLimits, type Faults } from './faults/config';

export interface CliOptions {
  port: number;
  scenarioPath: string;
  /** Scenario files of the other accounts the endpoint serves (reached by STS AssumeRole). */
  accountPaths: string[];
  now: Date;
  syntheticJobs: number;
  faults: Faults;
  /** Refuse every write as an unknown operation: an immutable account. */
  readOnly: boolean;
  /** Fail a new job (and emit its events) every this many seconds; 0: never. */
  failEverySeconds: number;
}

const FLAGS: Record<string, string> = {
  '--port': 'EMULATOR_PORT',
  '--scenario': 'EMULATOR_SCENARIO',
  '--accounts': 'EMULATOR_ACCOUNTS',
  '--latency-ms': 'EMULATOR_LATENCY_MS',
  '--rate-limit': 'EMULATOR_RATE_LIMIT',
  '--error-rate': 'EMULATOR_ERROR_RATE',
  '--deny': 'EMULATOR_DENY',
  '--allow-only-policy': 'EMULATOR_ALLOW_ONLY_POLICY',
  '--synthetic-jobs': 'EMULATOR_SYNTHETIC_JOBS',
  '--now': 'EMULATOR_NOW',
  '--read-only': 'EMULATOR_READ_ONLY',
  '--fail-every': 'EMULATOR_FAIL_EVERY',
};

const DEMO_OTHER_ACCOUNTS = 'emulator/scenarios/ml-research.json';

/** Flags that take no value: present means on. Their variables take `true`/`1` or `false`/`0`. */
const SWITCHES = new Set(['--read-only']);

export function parseCliOptions(
  argv: string[],
  env: Record<string, string | undefined>,
  readText: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): CliOptions {
  const values: Record<string, string | undefined> = {};
  for (const variable of Object.values(FLAGS)) values[variable] = env[variable];
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    // Own keys only: "constructor" or "toString" are not options.
    const variable = Object.hasOwn(FLAGS, flag) ? FLAGS[flag] : undefined;
    if (!variable) throw new Error(`Unknown option ${flag}. Options: ${Object.keys(FLAGS).join(', ')}`);
    const value = inline ?? (SWITCHES.has(flag) ? 'true' : argv[++i]);
    if (value === undefined) throw new Error(`Option ${flag} needs a value`);
    values[variable] = value;
  }
  const number = (variable: string, fallback: number, check: (n: number) => boolean) => {
    const raw = values[variable];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || !check(n)) throw new Error(`Invalid ${variable}: "${raw}"`);
    return n;
  };
  const readOnlyRaw = (values.EMULATOR_READ_ONLY ?? '').toLowerCase();
  if (!['', 'true', '1', 'false', '0'].includes(readOnlyRaw)) {
    throw new Error(`Invalid EMULATOR_READ_ONLY: "${values.EMULATOR_READ_ONLY}" (expected true or false)`);
  }
  const nowRaw = values.EMULATOR_NOW;
  const now = nowRaw ? new Date(nowRaw) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`Invalid EMULATOR_NOW: "${nowRaw}" (expected an ISO time)`);
  return {
    port: number('EMULATOR_PORT', 4599, (n) => Number.isInteger(n) && n >= 0 && n < 65536),
    scenarioPath: values.EMULATOR_SCENARIO || 'emulator/scenarios/demo.json',
    // The demo's second account comes with the demo scenario; `--accounts ''` serves the one account alone.
    accountPaths: (values.EMULATOR_ACCOUNTS ?? (values.EMULATOR_SCENARIO ? '' : DEMO_OTHER_ACCOUNTS)).split(',').map((p) => p.trim()).filter(Boolean),
    now,
    syntheticJobs: number('EMULATOR_SYNTHETIC_JOBS', 0, (n) => Number.isInteger(n) && n >= 0),
    readOnly: readOnlyRaw === 'true' || readOnlyRaw === '1',
    failEverySeconds: number('EMULATOR_FAIL_EVERY', 0, (n) => n >= 0),
    faults: {
      latencyMs: number('EMULATOR_LATENCY_MS', 0, (n) => n >= 0),
      rateLimits: values.EMULATOR_RATE_LIMIT ? parseRateLimits(values.EMULATOR_RATE_LIMIT) : {},
      errorRate: number('EMULATOR_ERROR_RATE', 0, (n) => n >= 0 && n <= 1),
      deny: (values.EMULATOR_DENY ?? '').split(',').map((a) => a.trim()).filter(Boolean),
      ...(values.EMULATOR_ALLOW_ONLY_POLICY ? { allowOnly: readAllowOnlyPolicy(values.EMULATOR_ALLOW_ONLY_POLICY, readText) } : {}),
    },
  };
}

/** The actions a policy file allows: a missing or malformed file fails here, not as a silently open AWS. */
function readAllowOnlyPolicy(path: string, readText: (path: string) => string): string[] {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    throw new Error(`Cannot read EMULATOR_ALLOW_ONLY_POLICY "${path}": ${(error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`Invalid EMULATOR_ALLOW_ONLY_POLICY "${path}": not JSON (${(error as Error).message})`);
  }
  return actionsAllowedBy(document, path);
}
