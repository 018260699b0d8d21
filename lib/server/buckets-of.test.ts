import { describe, expect, it } from 'vitest';
import { findS3Path } from '@/lib/analysis/requests/network-path';
import { deriveRequests } from '@/lib/analysis/requests/derive-requests';
import { buildBundle } from '@/lib/analysis/test-support/bundle';
import { bucketsOf } from './collect-evidence';

describe('bucketsOf', () => {
  it('gathers every bucket the analysis derives a request for (one URI parser for both)', () => {
    const bundle = buildBundle({
      job: {
        inputChannels: [
          { name: 'train', s3Uri: 's3://acme-data/train/', s3DataType: 'S3Prefix' },
          { name: 'manifest', s3Uri: 's3://acme-manifests/m.json', s3DataType: 'ManifestFile' },
          { name: 'root', s3Uri: 's3://acme-root', s3DataType: 'S3Prefix' },
        ],
        checkpoint: { s3Uri: 's3://acme-ckpt/run-1/' },
      },
    });
    const analysed = deriveRequests(bundle, findS3Path(bundle)).flatMap((r) => (r.target.kind === 's3' ? [r.target.bucket] : []));
    expect(new Set(bucketsOf(bundle.job))).toEqual(new Set(analysed));
  });

  it('leaves out a directory bucket, whose policy the dashboard does not read (S3 Express One Zone has its own API)', () => {
    const bundle = buildBundle({ job: { output: { s3OutputPath: 's3://models--use1-az4--x-s3/out/' } } });
    expect(bucketsOf(bundle.job)).not.toContain('models--use1-az4--x-s3');
    expect(bucketsOf(bundle.job)).toContain('acme-data');
  });
});
