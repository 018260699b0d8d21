import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';

const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;
const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe("a KMS key's state said to be unusable", () => {
  it("is the key's, in KMS's and the services' wordings of the state", () => {
    expect(causeOf('ClientError: Data download failed: KMS Decrypt failed: request was rejected because the key state is PendingDeletion')).toBe('kms');
    expect(causeOf(`ClientError: Data download failed:KMS key ${ARN} is not in a valid state (Disabled)`)).toBe('kms');
    expect(causeOf('ClientError: Artifact upload failed: The KMS key could not be used (KeyState: Disabled)')).toBe('kms');
    expect(causeOf('ClientError: Failed to download data. KMS: The request was rejected because the state of the specified resource is not valid for this request.')).toBe('kms');
  });

  it('is not read from a key said to be enabled, nor from another key or resource in the same words', () => {
    expect(causeOf('2024-05-01 10:00:00 INFO KMS key state is Enabled; proceeding\nTraceback (most recent call last):\nValueError: bad shape')).toBe('user-code');
    expect(causeOf('Device key state: Disabled (caps lock)\nTraceback (most recent call last):\nKeyError: 3')).toBe('user-code');
    expect(causeOf('An error occurred (IncorrectState) when calling the ModifyVolume operation: The state of the specified resource is not valid for this request.')).not.toBe('kms');
  });
});

describe("the summary of a key's state", () => {
  it('says to check the key, not only to grant the role', () => {
    const summary = summaryOf(`ClientError: Data download failed:Failed to download data. An error occurred (KMS.DisabledException) when calling the GetObject operation: ${ARN} is disabled.`);
    expect(summary).toContain('the key may be disabled, pending deletion, missing or not accessible');
    expect(summary).toContain('cancel a pending deletion and enable the key');
  });

  it('keeps the denial for a key the role was refused', () => {
    const summary = summaryOf(`User: arn:aws:sts::111122223333:assumed-role/SageMakerRole/SageMaker is not authorized to perform: kms:Decrypt on resource: ${ARN} because no identity-based policy allows the kms:Decrypt action`);
    expect(summary).toContain('was denied kms:Decrypt');
    expect(summary).not.toContain('check the key in KMS');
  });
});
