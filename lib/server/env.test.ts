import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to us-east-1 and safe timeouts', () => {
    expect(parseEnv({})).toMatchObject({ regions: ['us-east-1'], customS3Endpoint: false, maxAttempts: 3, connectionTimeoutMs: 3000, requestTimeoutMs: 10000, listMaxPages: 100, concurrency: 8, evidenceTtlMs: 300_000, dataDir: './.jobtriage/' });
    expect(parseEnv({}).rates['sagemaker:ListTrainingJobs']).toBe(2);
  });

  it('reads AWS rate overrides and refuses a malformed one at start-up', () => {
    expect(parseEnv({ JOBTRIAGE_AWS_RATES: 'sagemaker:ListTrainingJobs=1, iam:*=4' }).rates).toMatchObject({ 'sagemaker:ListTrainingJobs': 1, 'iam:*': 4 });
    expect(() => parseEnv({ JOBTRIAGE_AWS_RATES: 'sagemaker:ListTrainingJobs=fast' })).toThrow(/service:Operation=callsPerSecond/);
    expect(() => parseEnv({ JOBTRIAGE_AWS_RATES: 'ListTrainingJobs=2' })).toThrow();
  });

  it('falls back to AWS_REGION when JOBTRIAGE_REGIONS is unset or blank', () => {
    expect(parseEnv({ AWS_REGION: 'eu-west-1' }).regions).toEqual(['eu-west-1']);
    expect(parseEnv({ AWS_REGION: 'eu-west-1', JOBTRIAGE_REGIONS: '' }).regions).toEqual(['eu-west-1']);
  });

  it('reads the comma list, trimmed and without duplicates', () => {
    expect(parseEnv({ AWS_REGION: 'eu-west-1', JOBTRIAGE_REGIONS: ' us-east-1, eu-west-1 ,us-east-1,' }).regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('knows when a custom endpoint is configured', () => {
    expect(parseEnv({ AWS_ENDPOINT_URL: 'http://127.0.0.1:4599' }).customS3Endpoint).toBe(true);
    expect(parseEnv({ AWS_ENDPOINT_URL_S3: 'http://minio:9000' }).customS3Endpoint).toBe(true);
    expect(parseEnv({ AWS_ENDPOINT_URL: '' }).customS3Endpoint).toBe(false);
  });

  it('refuses a non-numeric timeout loudly', () => {
    expect(() => parseEnv({ JOBTRIAGE_AWS_REQUEST_TIMEOUT_MS: 'soon' })).toThrow();
    expect(parseEnv({ JOBTRIAGE_AWS_REQUEST_TIMEOUT_MS: '2500' }).requestTimeoutMs).toBe(2500);
  });

  it('keeps the store in ./.jobtriage/ (SQLite) unless DATABASE_URL names a PostgreSQL server', () => {
    expect(parseEnv({ JOBTRIAGE_DATA_DIR: '/var/lib/jobtriage' })).toMatchObject({ dataDir: '/var/lib/jobtriage' });
    expect(parseEnv({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: 'postgres://jobtriage@db:5432/jobtriage' }).databaseUrl).toBe('postgres://jobtriage@db:5432/jobtriage');
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/jobtriage' }).databaseUrl).toBe('postgresql://db/jobtriage');
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/jobtriage' })).toThrow(/postgres/);
  });

  it('live events: the queue region comes from the URL, else JOBTRIAGE_EVENTS_QUEUE_REGION, else the first region', () => {
    expect(parseEnv({}).eventsQueue).toBeUndefined();
    const aws = 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobtriage-events';
    expect(parseEnv({ JOBTRIAGE_EVENTS_QUEUE_URL: aws }).eventsQueue).toEqual({ url: aws, region: 'eu-west-1' });
    const local = 'http://127.0.0.1:4599/111122223333/jobtriage-events';
    expect(parseEnv({ JOBTRIAGE_EVENTS_QUEUE_URL: local, JOBTRIAGE_REGIONS: 'ap-south-1,us-east-1' }).eventsQueue?.region).toBe('ap-south-1');
    expect(parseEnv({ JOBTRIAGE_EVENTS_QUEUE_URL: local, JOBTRIAGE_EVENTS_QUEUE_REGION: 'us-west-2' }).eventsQueue?.region).toBe('us-west-2');
    expect(() => parseEnv({ JOBTRIAGE_EVENTS_QUEUE_URL: 'jobtriage-events' })).toThrow(/JOBTRIAGE_EVENTS_QUEUE_URL/);
  });

  it('notifications: webhook URLs are checked, and links default to the local port', () => {
    expect(parseEnv({}).publicUrl).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(parseEnv({ JOBTRIAGE_PUBLIC_URL: 'https://jobtriage.example.com' }).publicUrl).toBe('https://jobtriage.example.com');
    expect(parseEnv({ JOBTRIAGE_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/X' }).slackWebhookUrl).toBe('https://hooks.slack.com/services/T/B/X');
    expect(() => parseEnv({ JOBTRIAGE_WEBHOOK_URL: 'ftp://example.com/hook' })).toThrow(/JOBTRIAGE_WEBHOOK_URL/);
    expect(() => parseEnv({ JOBTRIAGE_SLACK_WEBHOOK_URL: 'not a url' })).toThrow(/JOBTRIAGE_SLACK_WEBHOOK_URL/);
  });
});
