import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@/emulator/server';
import { readScenarioFile } from '@/emulator/scenario/load';
import { awsCliVersion, cliEnvironment, runCli } from './aws-cli';

/**
 * The round trip's harness must tell a command the real CLI accepts from one it rejects, and must
 * route every call to the local endpoint: otherwise a green round trip would prove nothing.
 */
let emulator: Emulator;
let endpoint: string;

beforeAll(async () => {
  emulator = createEmulator({ scenario: readScenarioFile('emulator/scenarios/test-account.json'), now: new Date('2026-06-01T12:00:00Z') });
  endpoint = await emulator.listen(0);
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const inlineNames = () => emulator.scenario.roles.find((r) => r.name === 'ml-train')?.inlinePolicies.map((p) => p.name);
const GRANT = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-data/*"}]}';

describe('the AWS CLI harness', () => {
  it('finds an aws CLI on PATH', async () => {
    expect(await awsCliVersion()).toMatch(/^aws-cli\//);
  });

  it('runs a well-formed command against the endpoint, signed as the demo admin', async () => {
    const run = await runCli(`aws iam put-role-policy --role-name ml-train --policy-name via-cli --policy-document '${GRANT}'`, cliEnvironment(endpoint, 'us-east-1'));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(inlineNames()).toContain('via-cli');
    const who = await runCli('aws sts get-caller-identity --query Arn --output text', cliEnvironment(endpoint, 'us-east-1'));
    expect(who.stdout.trim()).toBe('arn:aws:sts::111122223333:assumed-role/Admin/demo-admin');
  });

  it.each([
    ['a broken shell quote', `aws iam put-role-policy --role-name ml-train --policy-name broken --policy-document '${GRANT}`],
    ['a flag the CLI does not know', `aws iam put-role-policy --role-name ml-train --policy-name broken --policy-text '${GRANT}'`],
    ['a document the endpoint refuses', `aws iam put-role-policy --role-name ml-train --policy-name broken --policy-document '{"Statement":'`],
  ])('reports %s as a failed command and changes nothing', async (_what, commandLine) => {
    const run = await runCli(commandLine, cliEnvironment(endpoint, 'us-east-1'));
    expect(run.exitCode).not.toBe(0);
    expect(inlineNames()).not.toContain('broken');
  });

  it('a create-training-job command reaches the endpoint (which does not create jobs) and is refused there', async () => {
    const commandLine =
      "aws sagemaker create-training-job --training-job-name again --role-arn arn:aws:iam::111122223333:role/ml-train " +
      "--algorithm-specification TrainingImage=img,TrainingInputMode=File --output-data-config S3OutputPath=s3://acme-output/ " +
      "--resource-config InstanceType=ml.m5.xlarge,InstanceCount=1,VolumeSizeInGB=30 --stopping-condition MaxRuntimeInSeconds=3600 " +
      `--vpc-config '{"Subnets":["subnet-0a1"],"SecurityGroupIds":["sg-0a1"]}'`;
    const run = await runCli(commandLine, cliEnvironment(endpoint, 'us-east-1'));
    expect(run.stderr).toMatch(/An error occurred \(UnknownOperationException\) when calling the CreateTrainingJob operation/);
  });
});
