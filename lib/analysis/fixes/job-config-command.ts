import type { EvidenceBundle } from '../evidence';
import { command } from './shell';

/**
 * The CreateTrainingJob fields DescribeTrainingJob returns in the same shape (from the SageMaker API
 * model): what a new job needs to be the same job. Tags and SessionChainingConfig are not described.
 */
const CREATE_FIELDS = [
  'TrainingJobName', 'HyperParameters', 'AlgorithmSpecification', 'RoleArn', 'InputDataConfig', 'OutputDataConfig',
  'ResourceConfig', 'VpcConfig', 'StoppingCondition', 'EnableNetworkIsolation', 'EnableInterContainerTrafficEncryption',
  'EnableManagedSpotTraining', 'CheckpointConfig', 'DebugHookConfig', 'DebugRuleConfigurations', 'TensorBoardOutputConfig',
  'ExperimentConfig', 'ProfilerConfig', 'ProfilerRuleConfigurations', 'Environment', 'RetryStrategy', 'RemoteDebugConfig',
  'InfraCheckConfig',
];

/**
 * A finished job cannot be changed, so the command starts it again: it describes the failed job
 * (Environment and HyperParameters as SageMaker holds them, not the dashboard's redacted copy),
 * keeps the fields CreateTrainingJob takes, names the new job `<name>-retry`, merges the changed
 * fields in (jq's `*` merges objects, so OutputDataConfig keeps its S3OutputPath) and creates it.
 * The request goes in as an argument (`"$(...)"`): AWS CLI v1 reads `--cli-input-json file:///dev/stdin`
 * as empty.
 */
export function jobConfigCommand(bundle: EvidenceBundle, fields: Record<string, unknown>): string {
  const region = ['--region', bundle.region];
  const describe = command(['aws', 'sagemaker', 'describe-training-job', ...region, '--training-job-name', bundle.job.name, '--output', 'json']);
  const program = `{${CREATE_FIELDS.join(', ')}} | with_entries(select(.value != null)) | .TrainingJobName = ((.TrainingJobName | .[0:57]) + "-retry") | . * $set`;
  const jq = command(['jq', '-c', '--argjson', 'set', JSON.stringify(fields), program]);
  const create = command(['aws', 'sagemaker', 'create-training-job', ...region, '--cli-input-json']);
  return `${create} "$(${describe} | ${jq})"`;
}

function python(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(python).join(', ')}]`;
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The SageMaker Python SDK estimator arguments for the same fields, as Python source. */
export function estimatorArgs(change: { roleArn?: string; outputKmsKeyId?: string; vpc?: { subnetIds: string[]; securityGroupIds: string[] } }): Record<string, string> {
  const args: Record<string, string> = {};
  if (change.roleArn) args.role = python(change.roleArn);
  if (change.vpc) {
    args.subnets = python(change.vpc.subnetIds);
    args.security_group_ids = python(change.vpc.securityGroupIds);
  }
  if (change.outputKmsKeyId) args.output_kms_key = python(change.outputKmsKeyId);
  return args;
}
