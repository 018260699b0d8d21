/**
 * Adds N synthetic failed jobs for scale tests: a seeded, realistic mix of causes over shared roles
 * and buckets (how many is the shape), whose policies really produce the failures the jobs report.
 */
import { mulberry32 } from '../faults/error-injector';
import type { Scenario, ScenarioJob } from './schema';
import { CAUSES, type CauseTemplate, type SyntheticCause } from './synthetic-causes';
import { DEFAULT_SHAPE, syntheticResources, type SyntheticResources, type SyntheticShape } from './synthetic-resources';

const INSTANCE_TYPES = ['ml.m5.xlarge', 'ml.p3.2xlarge', 'ml.g5.2xlarge', 'ml.c5.4xlarge'];
const STAGES = ['Starting', 'Downloading', 'Training', 'Uploading'] as const;

export function addSyntheticJobs(scenario: Scenario, n: number, seed: number, shape: SyntheticShape = DEFAULT_SHAPE): Scenario {
  if (n <= 0) return scenario;
  const region = scenario.trainingJobs[0]?.region ?? scenario.buckets[0]?.region ?? 'us-east-1';
  const resources = syntheticResources(scenario.accountId, region, seed, shape);
  const random = mulberry32(seed);
  const totalWeight = CAUSES.reduce((sum, c) => sum + c.weight, 0);
  const pick = (): CauseTemplate => {
    let roll = random() * totalWeight;
    for (const cause of CAUSES) if ((roll -= cause.weight) < 0) return cause;
    return CAUSES[0] as CauseTemplate;
  };
  const jobs: ScenarioJob[] = [];
  for (let i = 0; i < n; i++) {
    // Spread over the last 30 days, newest first, each a few minutes long.
    const startMinutes = 5 + Math.floor(random() * 30 * 24 * 60);
    jobs.push(buildJob(pick(), i, startMinutes, region, resources, random));
  }
  return {
    ...scenario,
    roles: [...scenario.roles, ...resources.roles],
    buckets: [...scenario.buckets, ...resources.buckets],
    kmsKeys: [...scenario.kmsKeys, ...resources.kmsKeys],
    trainingJobs: [...scenario.trainingJobs, ...jobs],
  };
}

function buildJob(
  template: CauseTemplate,
  index: number,
  startMinutes: number,
  region: string,
  resources: SyntheticResources,
  random: () => number,
): ScenarioJob {
  const name = `synthetic-${template.cause}-${String(index).padStart(5, '0')}`;
  const { roleArn, inputUri, outputUri } = wiring(template.cause, resources, random);
  const at = (minutesAgo: number) => `-${Math.max(0, minutesAgo)}m`;
  const stages = STAGES.slice(0, STAGES.indexOf(template.stage) + 1);
  const transitions: ScenarioJob['transitions'] = stages.map((status, i) => ({
    status,
    start: at(startMinutes - i * 2),
    end: at(startMinutes - i * 2 - 2),
    message: '',
  }));
  transitions.push({ status: 'Failed', start: at(startMinutes - stages.length * 2), message: template.failureReason(inputUri) });
  const endedAt = at(startMinutes - stages.length * 2);
  const logStart = startMinutes - 4;
  return {
    name,
    region,
    status: 'Failed',
    secondaryStatus: 'Failed',
    failureReason: template.failureReason(inputUri),
    createdAt: at(startMinutes + 1),
    trainingStartTime: template.stage === 'Training' || template.stage === 'Uploading' ? at(startMinutes - 4) : undefined,
    trainingEndTime: endedAt,
    lastModifiedTime: endedAt,
    roleArn,
    trainingImage: `763104351884.dkr.ecr.${region}.amazonaws.com/pytorch-training:2.3.0-gpu-py311`,
    inputChannels: [{ name: 'train', s3Uri: inputUri, s3DataType: 'S3Prefix', inputMode: 'File' }],
    output: { s3OutputPath: outputUri },
    resources: { instanceType: INSTANCE_TYPES[index % INSTANCE_TYPES.length] ?? 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30 },
    checkpoint: undefined,
    enableNetworkIsolation: false,
    environment: {},
    hyperParameters: { epochs: '20' },
    maxRuntimeSeconds: 86400,
    transitions,
    logStreams:
      template.logLines.length === 0
        ? []
        : [{ name: `algo-1-${1_700_000_000 + index}`, events: template.logLines.map((message, i) => ({ at: at(logStart - i), message })) }],
    expect: { cause: template.cause, note: 'synthetic job for scale tests' },
  };
}

/** Which role and buckets a cause uses, so its policies really refuse the request it reports. */
function wiring(cause: SyntheticCause, r: SyntheticResources, random: () => number) {
  const any = (items: string[]) => items[Math.floor(random() * items.length)] ?? items[0] ?? '';
  const trainRole = any(r.trainRoleArns);
  const output = `s3://${any(r.outputBuckets)}/models/`;
  const input = (bucket: string) => `s3://${bucket}/train/`;
  switch (cause) {
    case 's3-read':
      return { roleArn: any(r.noReadRoleArns), inputUri: input(any(r.dataBuckets)), outputUri: output };
    case 'bucket-policy':
      return { roleArn: trainRole, inputUri: input(any(r.lockedBuckets)), outputUri: output };
    case 'kms':
      return { roleArn: trainRole, inputUri: input(any(r.kmsBuckets)), outputUri: output };
    case 's3-write':
      return { roleArn: any(r.readOnlyRoleArns), inputUri: input(any(r.dataBuckets)), outputUri: output };
    default:
      return { roleArn: trainRole, inputUri: input(any(r.dataBuckets)), outputUri: output };
  }
}

/**
 * Adds N jobs that did not fail (Completed, Stopped, InProgress), spread over the same 30 days as
 * the failed ones. ListTrainingJobs filters by status after taking each page, so a realistic mix
 * makes the listing read pages that hold few or no failed jobs.
 */
export function addFillerJobs(scenario: Scenario, n: number, seed: number): Scenario {
  if (n <= 0) return scenario;
  const region = scenario.trainingJobs[0]?.region ?? scenario.buckets[0]?.region ?? 'us-east-1';
  const random = mulberry32(seed);
  const role = scenario.roles[0];
  const roleArn = `arn:aws:iam::${scenario.accountId}:role${role?.path ?? '/'}${role?.name ?? 'synthetic-train'}`;
  const statuses = ['Completed', 'Completed', 'Completed', 'Stopped', 'InProgress'] as const;
  const jobs: ScenarioJob[] = [];
  for (let i = 0; i < n; i++) {
    const startMinutes = 5 + Math.floor(random() * 30 * 24 * 60);
    const status = statuses[i % statuses.length] ?? 'Completed';
    const at = (minutesAgo: number) => `-${Math.max(0, minutesAgo)}m`;
    const ended = status === 'InProgress' ? undefined : at(startMinutes - 30);
    jobs.push({
      name: `synthetic-${status.toLowerCase()}-${String(i).padStart(5, '0')}`,
      region,
      status,
      secondaryStatus: status === 'InProgress' ? 'Training' : status,
      failureReason: undefined,
      createdAt: at(startMinutes + 1),
      trainingStartTime: at(startMinutes - 4),
      trainingEndTime: ended,
      lastModifiedTime: ended ?? at(startMinutes - 4),
      roleArn,
      trainingImage: `763104351884.dkr.ecr.${region}.amazonaws.com/pytorch-training:2.3.0-gpu-py311`,
      inputChannels: [],
      output: { s3OutputPath: 's3://synthetic-output/models/' },
      resources: { instanceType: INSTANCE_TYPES[i % INSTANCE_TYPES.length] ?? 'ml.m5.xlarge', instanceCount: 1, volumeSizeGb: 30 },
      checkpoint: undefined,
      enableNetworkIsolation: false,
      environment: {},
      hyperParameters: {},
      maxRuntimeSeconds: 86400,
      transitions: [{ status: 'Training', start: at(startMinutes - 4), ...(ended ? { end: ended } : {}), message: '' }],
      logStreams: [],
    });
  }
  return { ...scenario, trainingJobs: [...scenario.trainingJobs, ...jobs] };
}
