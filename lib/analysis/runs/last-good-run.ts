import { parseS3Uri } from '../arns';
import type { TrainingJob } from '../evidence';

/**
 * "What changed since it last worked?": the most recent successful run of the same job family
 * before a failed job, and how the two differ in what decides access (role, image, data, keys,
 * network) and in what the job was given (instance type, hyperparameter and environment keys).
 */

/** The name without its run counter: `nlp-intent-bert-run-118` -> `nlp-intent-bert-run`; undefined when there is none. */
export function familyStem(name: string): string | undefined {
  const stem = name.replace(/[-_]?\d+$/, '');
  return stem !== name && stem.length >= 3 ? stem : undefined;
}

function inputBuckets(job: TrainingJob): string[] {
  return [...new Set(job.inputChannels.map((c) => parseS3Uri(c.s3Uri)?.bucket).filter((b): b is string => !!b))].sort();
}

export type FamilyMatch = 'name-stem' | 'role-and-input-bucket';

/** The newest Completed run created before `failed`: same name stem first, else same role and input bucket(s). */
export function pickLastGoodRun(failed: TrainingJob, candidates: readonly TrainingJob[]): { job: TrainingJob; matchedBy: FamilyMatch } | undefined {
  const earlier = candidates
    .filter((c) => c.status === 'Completed' && c.name !== failed.name && c.createdAt < failed.createdAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const stem = familyStem(failed.name);
  const byStem = stem ? earlier.find((c) => familyStem(c.name) === stem) : undefined;
  if (byStem) return { job: byStem, matchedBy: 'name-stem' };
  const buckets = inputBuckets(failed).join(',');
  const byRole = earlier.find((c) => c.roleArn === failed.roleArn && buckets !== '' && inputBuckets(c).join(',') === buckets);
  return byRole ? { job: byRole, matchedBy: 'role-and-input-bucket' } : undefined;
}

export interface RunDifference {
  /** What differs, in words: "Role", "Input channels", "Hyperparameters", ... */
  field: string;
  /** In the run that worked, and in the one that failed. */
  good: string;
  failed: string;
}

const NONE = '(none)';

/** Every difference that could explain the failure; settings are compared by key, secret values never shown. */
export function diffRuns(good: TrainingJob, failed: TrainingJob): RunDifference[] {
  const out: RunDifference[] = [];
  const compare = (field: string, a: string | undefined, b: string | undefined) => {
    if ((a || NONE) !== (b || NONE)) out.push({ field, good: a || NONE, failed: b || NONE });
  };
  const channels = (j: TrainingJob) => j.inputChannels.map((c) => `${c.name}: ${c.s3Uri}`).sort().join('\n');
  const keys = (j: TrainingJob) => [j.output.kmsKeyId && `output ${j.output.kmsKeyId}`, j.resources.volumeKmsKeyId && `volume ${j.resources.volumeKmsKeyId}`].filter(Boolean).join('\n');
  const vpc = (j: TrainingJob) => (j.vpc ? `subnets ${[...j.vpc.subnetIds].sort().join(', ')}; security groups ${[...j.vpc.securityGroupIds].sort().join(', ')}` : undefined);
  compare('Role', good.roleArn, failed.roleArn);
  compare('Image', good.trainingImage ?? good.algorithmName, failed.trainingImage ?? failed.algorithmName);
  compare('Input channels', channels(good), channels(failed));
  compare('Output path', good.output.s3OutputPath, failed.output.s3OutputPath);
  compare('KMS keys', keys(good), keys(failed));
  compare('VPC config', vpc(good), vpc(failed));
  compare('Network isolation', String(good.enableNetworkIsolation), String(failed.enableNetworkIsolation));
  compare('Instance type', good.resources.instanceType, failed.resources.instanceType);
  for (const [field, a, b] of [['Hyperparameters', good.hyperParameters, failed.hyperParameters], ['Environment', good.environment, failed.environment]] as const) {
    if (settingsDiffer(a, b)) out.push({ field, good: settingKeys(a, b, 'good') || NONE, failed: settingKeys(a, b, 'failed') || NONE });
  }
  return out;
}

/**
 * A settings map as its keys, marking the ones that differ: values are not shown (they may be
 * secrets even after masking, and the key is what a person needs to look for).
 */
function settingKeys(good: Record<string, string>, failed: Record<string, string>, side: 'good' | 'failed'): string {
  const mine = side === 'good' ? good : failed;
  const other = side === 'good' ? failed : good;
  const differs = (k: string) => !(k in other) ? (side === 'good' ? ' (removed)' : ' (added)') : other[k] !== mine[k] ? ' (value changed)' : '';
  return Object.keys(mine)
    .sort()
    .map((k) => `${k}${differs(k)}`)
    .join(', ');
}

function settingsDiffer(good: Record<string, string>, failed: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(good), ...Object.keys(failed)]);
  return [...keys].some((k) => good[k] !== failed[k]);
}
