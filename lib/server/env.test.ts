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
});
