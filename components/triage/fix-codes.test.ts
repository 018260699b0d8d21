import { describe, expect, it } from 'vitest';
import type { Fix } from '@/lib/analysis/diagnosis';
import { estimatorSource, fixCodes } from './fix-codes';
import { fieldLines } from './job-config-change';

const base: Fix = { id: 'fix-1', target: 'job-config', title: 't', crossAccount: false, cli: 'aws sagemaker create-training-job …', verified: false, checkIds: [] };

describe('the forms a fix is shown in', () => {
  it('a job-config fix: CLI, Terraform and estimator arguments, in that order', () => {
    const fix: Fix = { ...base, terraform: 'locals {}', jobConfig: { fields: { VpcConfig: { Subnets: ['subnet-a', 'subnet-b'], SecurityGroupIds: ['sg-1'] } }, estimatorArgs: { subnets: "['subnet-a', 'subnet-b']", security_group_ids: "['sg-1']" } } };
    expect(fixCodes(fix).map((c) => [c.key, c.testId, c.copyLabel])).toEqual([
      ['cli', 'fix-cli', 'Copy command'],
      ['terraform', 'fix-terraform', 'Copy Terraform'],
      ['estimator', 'fix-estimator', 'Copy arguments'],
    ]);
    expect(estimatorSource(fix.jobConfig!.estimatorArgs)).toBe("subnets=['subnet-a', 'subnet-b'],\nsecurity_group_ids=['sg-1'],");
    expect(fieldLines(fix.jobConfig!.fields)).toEqual([
      ['VpcConfig.Subnets', 'subnet-a, subnet-b'],
      ['VpcConfig.SecurityGroupIds', 'sg-1'],
    ]);
  });

  it('a policy fix without Terraform or estimator arguments shows its command alone', () => {
    expect(fixCodes({ ...base, target: 'bucket-policy' }).map((c) => c.key)).toEqual(['cli']);
  });
});
