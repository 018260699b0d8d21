import 'server-only';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { ECRClient } from '@aws-sdk/client-ecr';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';
import type { HttpHandler } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, FinalizeRequestMiddleware, MiddlewareStack } from '@smithy/types';
import { partitionOf } from '@/lib/analysis/partition';
import type { Budget } from './budget';
import { createLimiter } from './concurrency';
import { rateFor, type RateTable } from './rates';

/**
 * The one place SDK clients are configured, as one pool for the whole process. Clients are keyed by
 * account, service, region and endpoint, because each client holds its own retry-token quota and
 * connection pool: a fresh client per call would defeat both. Every client carries the budget
 * middleware, so the rate limits and the cap on calls in flight hold for the whole process (and,
 * with a shared slot source, for every replica), not per call site.
 */

/** Whose AWS a request reads: the account, the region, and the credentials for that account. */
export interface AwsScope {
  accountId: string;
  region: string;
  /** Absent: the SDK's default chain (AWS_PROFILE, environment, SSO, instance or task role). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /**
   * Whose session the credentials are (another account's role assumed for one user): clients are
   * not shared across sessions, but the budget stays one per account and region.
   */
  credentialsKey?: string;
}

/** How calls travel: set once per process from the environment; tests and the benchmark build their own. */
export interface AwsConfig {
  /** Every client's endpoint, as AWS_ENDPOINT_URL gives (the local endpoint, LocalStack, MinIO). */
  endpoint?: string;
  /** True when S3 calls go to a custom endpoint: an IP or localhost cannot carry virtual-hosted bucket names. */
  forcePathStyle: boolean;
  maxAttempts: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  /** Calls in flight per account and region, for the whole process. */
  maxInFlight: number;
  rates: RateTable;
  budget: Budget;
  /** Replaces the network: requests go to this handler; retries and (de)serialisation stay real. */
  requestHandler?: HttpHandler;
  /** Told of every HTTP attempt (retries included), after its budget slot: for counting in tests and the benchmark. */
  onCall?: (call: { accountId: string; region: string; service: string; operation: string }) => void;
  /** Clients kept for users' sessions (`credentialsKey`), least recently used dropped first (default 1,000). */
  maxSessionClients?: number;
}

const MAX_SESSION_CLIENTS = 1_000;

const CLIENTS = {
  sagemaker: SageMakerClient,
  logs: CloudWatchLogsClient,
  iam: IAMClient,
  s3: S3Client,
  kms: KMSClient,
  ec2: EC2Client,
  ecr: ECRClient,
  sts: STSClient,
  sqs: SQSClient,
} as const;

/**
 * An SQS long poll holds its request open for up to 20 s (WaitTimeSeconds): its response timeout
 * must outlast the wait, and it must not hold one of the account's in-flight slots meanwhile.
 */
export const LONG_POLL_TIMEOUT_MS = 30_000;

type ServiceId = keyof typeof CLIENTS;
type ClientOf<S extends ServiceId> = InstanceType<(typeof CLIENTS)[S]>;

export interface ClientPool {
  client<S extends ServiceId>(service: S, scope: AwsScope, region?: string): ClientOf<S>;
  /** Closes every client's connections (tests, shutdown). */
  destroy(): void;
}

export function createClientPool(config: AwsConfig): ClientPool {
  const clients = new Map<string, { destroy(): void }>();
  // Per-user session clients, in least-recently-used order (a Map keeps insertion order). Every
  // signed-in user gets clients of their own for each account they read: without a bound, a
  // long-running server keeps one per user, account, service and region forever.
  const sessionClients = new Map<string, { destroy(): void }>();
  const maxSessionClients = config.maxSessionClients ?? MAX_SESSION_CLIENTS;
  // A dropped client may still be answering a call: close its connections only once the longest
  // call (every attempt timing out) is surely over.
  const drainMs = config.maxAttempts * (config.connectionTimeoutMs + Math.max(config.requestTimeoutMs, LONG_POLL_TIMEOUT_MS));
  const retire = (client: { destroy(): void }) => setTimeout(() => client.destroy(), drainMs).unref();
  const inFlight = new Map<string, ReturnType<typeof createLimiter>>();

  const limiterFor = (key: string) => {
    let limiter = inFlight.get(key);
    if (!limiter) inFlight.set(key, (limiter = createLimiter(config.maxInFlight)));
    return limiter;
  };

  return {
    client<S extends ServiceId>(service: S, scope: AwsScope, region = scope.region): ClientOf<S> {
      const home = service === 'iam' ? partitionHomeRegion(region) : region;
      const key = `${scope.accountId}|${scope.credentialsKey ?? ''}|${service}|${home}|${config.endpoint ?? ''}`;
      const cache = scope.credentialsKey ? sessionClients : clients;
      const hit = cache.get(key);
      if (hit) {
        if (cache === sessionClients) {
          cache.delete(key);
          cache.set(key, hit);
        }
        return hit as unknown as ClientOf<S>;
      }
      const Client = CLIENTS[service] as unknown as new (settings: Record<string, unknown>) => ClientOf<S>;
      const client = new Client({
        region: home,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        ...(scope.credentials ? { credentials: scope.credentials } : {}),
        retryMode: 'standard',
        maxAttempts: config.maxAttempts,
        requestHandler:
          config.requestHandler ??
          new NodeHttpHandler({
            connectionTimeout: config.connectionTimeoutMs,
            requestTimeout: service === 'sqs' ? Math.max(config.requestTimeoutMs, LONG_POLL_TIMEOUT_MS) : config.requestTimeoutMs,
            // Without this, smithy only logs a warning when requestTimeout passes and keeps waiting.
            throwOnRequestTimeout: true,
          }),
        // S3 buckets may live in another region: follow S3's redirects.
        ...(service === 's3' ? { followRegionRedirects: true, forcePathStyle: config.forcePathStyle } : {}),
      });
      const budgetKey = `${scope.accountId}|${home}`;
      (client.middlewareStack as MiddlewareStack<object, object>).add(budgetMiddleware(config, service, scope.accountId, home, limiterFor(budgetKey)), {
        step: 'finalizeRequest',
        // Inside the retry loop: each attempt is a request AWS counts, and back-off waits hold no slot.
        priority: 'low',
        name: 'jobtriageBudget',
      });
      cache.set(key, client);
      if (sessionClients.size > maxSessionClients) {
        const [oldest, dropped] = sessionClients.entries().next().value as [string, { destroy(): void }];
        sessionClients.delete(oldest);
        retire(dropped);
      }
      return client;
    },
    destroy() {
      for (const client of [...clients.values(), ...sessionClients.values()]) client.destroy();
      clients.clear();
      sessionClients.clear();
    },
  };
}

function budgetMiddleware(
  config: AwsConfig,
  service: ServiceId,
  accountId: string,
  region: string,
  inFlight: ReturnType<typeof createLimiter>,
): FinalizeRequestMiddleware<object, object> {
  return (next, context) => async (args) => {
    const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
    await config.budget.acquire(`${accountId}|${region}|${service}:${operation}`, rateFor(config.rates, service, operation));
    const send = () => {
      config.onCall?.({ accountId, region, service, operation });
      return next(args);
    };
    // A long poll waits on SQS, not on the account's read budget: it takes no in-flight slot.
    return service === 'sqs' ? send() : inFlight(send);
  };
}

// IAM is global: each partition has one endpoint, signed in one region, as the IAM client's own endpoint rules name it
// (client-pool.test.ts holds this table to them). China's is not the SDK's implicit global region (cn-northwest-1).
const IAM_HOME: Readonly<Record<string, string>> = {
  aws: 'us-east-1',
  'aws-cn': 'cn-north-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-iso': 'us-iso-east-1',
  'aws-iso-b': 'us-isob-east-1',
  'aws-iso-e': 'eu-isoe-west-1',
  'aws-iso-f': 'us-isof-south-1',
  'aws-eusc': 'eusc-de-east-1',
};

function partitionHomeRegion(region: string): string {
  return IAM_HOME[partitionOf(region).name] ?? 'us-east-1';
}
