import { partition as sdkPartition } from '@aws-sdk/core/client';
import { describe, expect, it } from 'vitest';
import { partitionOf } from '@/lib/analysis/partition';

// The analysis keeps its own table of partitions (it stays free of the SDK); the SDK's is the authority. Every region
// the SDK's partitions.json names, plus made-up ones its patterns alone decide.
const NAMED = ['us-east-1', 'eu-west-1', 'ap-southeast-5', 'mx-central-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1', 'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'us-isof-south-1', 'eusc-de-east-1'];
const PATTERNED = ['cn-south-9', 'us-gov-central-3', 'us-iso-north-2', 'us-isob-west-4', 'eu-isoe-north-2', 'us-isof-west-7', 'eusc-de-west-2', 'xx-nowhere-1', 'af-south-1', 'il-central-1'];

describe("the analysis's partitions", () => {
  it.each([...NAMED, ...PATTERNED])('answer as the AWS SDK does for %s', (region) => {
    const sdk = sdkPartition(region);
    expect(partitionOf(region)).toEqual({ name: sdk.name, dnsSuffix: sdk.dnsSuffix });
  });
});
