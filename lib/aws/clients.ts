import 'server-only';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { HttpHandler } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { env } from '@/lib/server/env';

/**
 * The one place SDK clients are configured. Clients are cached by service, region and endpoint
 * because each client holds its own retry-token quota and connection pool: a fresh client per call
 * would defeat both. Credentials are never set here: the SDK's default chain (AWS_PROFILE,
 * environment, SSO, instance or task role) applies, and so does AWS_ENDPOINT_URL.
 */

/** What tests (and nothing else) may change: where calls go and how they travel. */
export interface ClientOverrides {
  /** An endpoint for every client, as AWS_ENDPOINT_URL would give. */
  endpoint?: string;
  /** Replaces the network: requests go to this handler, but retries and (de)serialisation stay real. */
  requestHandler?: HttpHandler;
  maxAttempts?: number;
}

let overrides: ClientOverrides = {};
const cache = new Map<string, unknown>();

/** Tests only: route every client through `next`; clears the cache so no client keeps old settings. */
export function setClientOverrides(next: ClientOverrides): void {
  for (const client of cache.values()) (client as { destroy?: () => void }).destroy?.();
  cache.clear();
  overrides = next;
}

// The SDK types each client's config separately; they share these fields.
type Ctor<C> = new (config: Record<string, unknown>) => C;

function getClient<C>(service: string, Client: Ctor<C>, region: string, extra: Record<string, unknown> = {}): C {
  const endpoint = overrides.endpoint;
  const key = `${service}|${region}|${endpoint ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit as C;
  const settings = env();
  const client = new Client({
    region,
    ...(endpoint ? { endpoint } : {}),
    retryMode: 'standard',
    maxAttempts: overrides.maxAttempts ?? settings.maxAttempts,
    requestHandler:
      overrides.requestHandler ??
      new NodeHttpHandler({
        connectionTimeout: settings.connectionTimeoutMs,
        requestTimeout: settings.requestTimeoutMs,
        // Without this, smithy only logs a warning when requestTimeout passes and keeps waiting.
        throwOnRequestTimeout: true,
      }),
    ...extra,
  });
  cache.set(key, client);
  return client;
}

/** True when calls go to a custom endpoint (tests, the demo's local endpoint, LocalStack, MinIO). */
function hasCustomEndpoint(): boolean {
  return Boolean(overrides.endpoint) || env().customS3Endpoint;
}

export const sagemakerClient = (region: string) => getClient('sagemaker', SageMakerClient, region);
export const logsClient = (region: string) => getClient('logs', CloudWatchLogsClient, region);
export const kmsClient = (region: string) => getClient('kms', KMSClient, region);
export const ec2Client = (region: string) => getClient('ec2', EC2Client, region);

/** IAM is global; its endpoint lives in us-east-1 for the commercial partition. */
export const iamClient = (region: string) => getClient('iam', IAMClient, partitionHomeRegion(region));

/**
 * S3: buckets may live in another region, so follow S3's region redirects. A custom endpoint is
 * an IP or localhost, which cannot carry virtual-hosted bucket names: use path-style there.
 */
export const s3Client = (region: string) =>
  getClient('s3', S3Client, region, { followRegionRedirects: true, forcePathStyle: hasCustomEndpoint() });

function partitionHomeRegion(region: string): string {
  if (region.startsWith('cn-')) return 'cn-north-1';
  if (region.startsWith('us-gov-')) return 'us-gov-west-1';
  return 'us-east-1';
}
