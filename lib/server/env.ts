import 'server-only';
import { z } from 'zod';
import { parseRates, type RateTable } from '@/lib/aws/rates';
import { regionOfQueueUrl } from '@/lib/aws/queue-url';
import { accountsConfig } from './accounts-env';

/**
 * The dashboard's configuration, parsed once from the environment with zod. Parsed on first use
 * (not at import) so tests and scripts can set the environment before anything reads it.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  AWS_REGION: z.string().trim().optional(),
  /** Read by the SDK itself; we only need to know whether one is set (S3 then uses path-style). */
  AWS_ENDPOINT_URL: z.string().trim().optional(),
  AWS_ENDPOINT_URL_S3: z.string().trim().optional(),
  JOBTRIAGE_REGIONS: z.string().trim().optional(),
  /** Several accounts and their regions: a JSON or YAML file (lib/server/accounts-config.ts). */
  JOBTRIAGE_CONFIG: z.string().trim().optional(),
  /** SDK attempts per call (first try included); `standard` retry mode backs off between them. */
  JOBTRIAGE_AWS_MAX_ATTEMPTS: positiveInt(3),
  /** The Node HTTP handler has no timeouts by default: a hung connection would hang a page. */
  JOBTRIAGE_AWS_CONNECTION_TIMEOUT_MS: positiveInt(3_000),
  JOBTRIAGE_AWS_REQUEST_TIMEOUT_MS: positiveInt(10_000),
  /** ListTrainingJobs pages read before the list says `truncated` (100 jobs a page). */
  JOBTRIAGE_LIST_MAX_PAGES: positiveInt(100),
  /** AWS calls in flight per account and region, for the whole process. */
  JOBTRIAGE_CONCURRENCY: positiveInt(8),
  /** Calls per second per account, region and operation: `sagemaker:ListTrainingJobs=2,iam:*=10` (defaults in lib/aws/rates.ts). */
  JOBTRIAGE_AWS_RATES: z.string().trim().optional(),
  /** The account the default credentials belong to; looked up with sts:GetCallerIdentity when unset. */
  JOBTRIAGE_ACCOUNT_ID: z.string().trim().regex(/^\d{12}$/, 'a 12-digit AWS account id').optional(),
  /** How long shared evidence (roles, bucket, key and endpoint policies, route tables) and a job's diagnosis stay fresh. */
  JOBTRIAGE_EVIDENCE_TTL_SECONDS: positiveInt(300),
  /** A list request asks AWS for newly failed jobs when the last listing is older than this. */
  JOBTRIAGE_LIST_REFRESH_SECONDS: positiveInt(30),
  /** Triage requests (job page, its API, evidence, re-run) per signed-in user per minute; beyond it a 429. */
  JOBTRIAGE_TRIAGE_PER_MINUTE: positiveInt(120),
  /** Where the embedded store (SQLite) keeps its file when DATABASE_URL is unset. */
  JOBTRIAGE_DATA_DIR: z.string().trim().default('./.jobtriage/'),
  /** The SQS queue EventBridge delivers SageMaker training-job events to: live ingest when set. */
  JOBTRIAGE_EVENTS_QUEUE_URL: z.url({ protocol: /^https?$/, error: 'JOBTRIAGE_EVENTS_QUEUE_URL must be an http(s) SQS queue URL' }).optional(),
  /** The queue's region when its URL does not say (a local endpoint); default: the first of JOBTRIAGE_REGIONS. */
  JOBTRIAGE_EVENTS_QUEUE_REGION: z.string().trim().optional(),
  /** Slack incoming webhook for group notices; holds a secret: never log it. */
  JOBTRIAGE_SLACK_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'JOBTRIAGE_SLACK_WEBHOOK_URL must be an http(s) URL' }).optional(),
  /** Any receiver of a JSON POST for group notices (docs/api.md, "Webhook notifications"). */
  JOBTRIAGE_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'JOBTRIAGE_WEBHOOK_URL must be an http(s) URL' }).optional(),
  /** Where people reach the dashboard, for links in notices. */
  JOBTRIAGE_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'JOBTRIAGE_PUBLIC_URL must be an http(s) URL' }).optional(),
  PORT: z.string().trim().optional(),
  /** PostgreSQL for several replicas; a typo must fail at start, not fall back to SQLite quietly. */
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
});

export interface Env {
  regions: string[];
  /** JOBTRIAGE_CONFIG: the accounts file, when several accounts are read. */
  configPath?: string;
  /** True when AWS_ENDPOINT_URL(_S3) sends S3 calls to a custom endpoint (local emulator, MinIO). */
  customS3Endpoint: boolean;
  maxAttempts: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  listMaxPages: number;
  concurrency: number;
  /** AWS_ENDPOINT_URL: where every client sends its calls, when set. */
  endpoint?: string;
  rates: RateTable;
  accountId?: string;
  evidenceTtlMs: number;
  listRefreshMs: number;
  /** The store's data directory (SQLite file `jobtriage.sqlite`), used when `databaseUrl` is unset. */
  dataDir: string;
  /** The store's PostgreSQL URL; holds credentials: never log it. */
  databaseUrl?: string;
  /** Triage requests per user per minute (JOBTRIAGE_TRIAGE_PER_MINUTE). */
  triagePerMinute: number;
  /** Live ingest: the events queue and its region. */
  eventsQueue?: { url: string; region: string };
  /** Notification targets (secrets: never log them) and the dashboard's public URL for links. */
  slackWebhookUrl?: string;
  webhookUrl?: string;
  publicUrl: string;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Exposed for tests: parse an arbitrary environment without touching the cached one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = EnvSchema.parse(blankToUndefined(source));
  const listed = (raw.JOBTRIAGE_REGIONS ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const regions = listed.length > 0 ? [...new Set(listed)] : [raw.AWS_REGION || 'us-east-1'];
  return {
    regions,
    ...(raw.JOBTRIAGE_CONFIG ? { configPath: raw.JOBTRIAGE_CONFIG } : {}),
    customS3Endpoint: Boolean(raw.AWS_ENDPOINT_URL_S3 || raw.AWS_ENDPOINT_URL),
    maxAttempts: raw.JOBTRIAGE_AWS_MAX_ATTEMPTS,
    connectionTimeoutMs: raw.JOBTRIAGE_AWS_CONNECTION_TIMEOUT_MS,
    requestTimeoutMs: raw.JOBTRIAGE_AWS_REQUEST_TIMEOUT_MS,
    listMaxPages: raw.JOBTRIAGE_LIST_MAX_PAGES,
    concurrency: raw.JOBTRIAGE_CONCURRENCY,
    ...(raw.AWS_ENDPOINT_URL ? { endpoint: raw.AWS_ENDPOINT_URL } : {}),
    rates: parseRates(raw.JOBTRIAGE_AWS_RATES),
    ...(raw.JOBTRIAGE_ACCOUNT_ID ? { accountId: raw.JOBTRIAGE_ACCOUNT_ID } : {}),
    evidenceTtlMs: raw.JOBTRIAGE_EVIDENCE_TTL_SECONDS * 1000,
    listRefreshMs: raw.JOBTRIAGE_LIST_REFRESH_SECONDS * 1000,
    dataDir: raw.JOBTRIAGE_DATA_DIR,
    ...(raw.DATABASE_URL ? { databaseUrl: raw.DATABASE_URL } : {}),
    triagePerMinute: raw.JOBTRIAGE_TRIAGE_PER_MINUTE,
    ...(raw.JOBTRIAGE_EVENTS_QUEUE_URL
      ? {
          eventsQueue: {
            url: raw.JOBTRIAGE_EVENTS_QUEUE_URL,
            region: raw.JOBTRIAGE_EVENTS_QUEUE_REGION || regionOfQueueUrl(raw.JOBTRIAGE_EVENTS_QUEUE_URL) || (regions[0] as string),
          },
        }
      : {}),
    ...(raw.JOBTRIAGE_SLACK_WEBHOOK_URL ? { slackWebhookUrl: raw.JOBTRIAGE_SLACK_WEBHOOK_URL } : {}),
    ...(raw.JOBTRIAGE_WEBHOOK_URL ? { webhookUrl: raw.JOBTRIAGE_WEBHOOK_URL } : {}),
    publicUrl: raw.JOBTRIAGE_PUBLIC_URL || `http://localhost:${raw.PORT || '3000'}`,
  };
}

/**
 * The regions the region selector offers; requests for any other region are refused. With several
 * accounts, every region of any of them (whether one account has it is checked with the account).
 */
export function configuredRegions(): string[] {
  const config = accountsConfig();
  return config ? [...new Set(config.accounts.flatMap((a) => a.regions))] : env().regions;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvCache(): void {
  cached = undefined;
}

// `FOO=` in a shell or .env file means "unset", not "the empty string".
function blankToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
}
