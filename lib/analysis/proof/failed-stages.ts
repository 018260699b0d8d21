import type { Stage } from '../diagnosis';
import type { SecondaryStatusTransition } from '../evidence';

/** SageMaker's secondary status before `Failed` says roughly where the job was. */
const STAGES_BY_STATUS: Record<string, Stage[]> = {
  Starting: ['assume-role', 'network', 'volume', 'image'],
  LaunchingMLInstances: ['assume-role', 'network', 'volume'],
  PreparingTrainingStack: ['network', 'volume', 'image'],
  Pending: ['assume-role', 'network', 'volume', 'image'],
  Downloading: ['input'],
  DownloadingTrainingImage: ['image'],
  Training: ['logs', 'checkpoints'],
  Uploading: ['output'],
};

export function stagesFromTransitions(transitions: SecondaryStatusTransition[]): Stage[] {
  const beforeFailure = [...transitions].reverse().find((t) => t.status !== 'Failed' && t.status !== 'Stopped');
  return beforeFailure ? (STAGES_BY_STATUS[beforeFailure.status] ?? []) : [];
}
