import 'server-only';
import type { BucketEvidence, KeyEvidence, LogsEvidence, NetworkEvidence, Piece, PolicyDocument, RoleEvidence, TrainingJob } from '@/lib/analysis/evidence';
import type { AwsScope, ClientPool } from './client-pool';
import { getNetworkEvidence } from './ec2';
import { getRepositoryPolicy } from './ecr';
import { getRolePermissions } from './iam';
import { getKeyEvidence } from './kms';
import { getJobLogs } from './logs';
import { getBucketEvidence } from './s3';
import { describeTrainingJob, listCompletedJobs, listFailedJobs, type FailedJobList, type ListFailedJobsOptions } from './sagemaker';
import { createMemoryDocuments, scopedClients, type DocumentCache } from './scoped-clients';

/**
 * Every AWS read the dashboard makes, bound to one scope (account, region, credentials). Use cases
 * get this object from the request context and never see a client, a region argument or a global.
 */
export interface Gateways {
  readonly scope: AwsScope;
  listFailedJobs(options?: ListFailedJobsOptions): Promise<FailedJobList>;
  /** Completed jobs (a failed job's last good run is among them); `onPage` is not used. */
  listCompletedJobs(options?: ListFailedJobsOptions): Promise<FailedJobList>;
  describeTrainingJob(name: string): Promise<Piece<TrainingJob>>;
  getJobLogs(jobName: string): Promise<Piece<LogsEvidence>>;
  getRolePermissions(roleArn: string): Promise<Piece<RoleEvidence>>;
  getBucketEvidence(bucket: string): Promise<BucketEvidence>;
  /** `dashboardAccountId`: the account the dashboard reads as, so another account's key is reported as such. */
  getKeyEvidence(ref: string, dashboardAccountId: string): Promise<KeyEvidence>;
  getNetworkEvidence(vpc: { subnetIds: string[]; securityGroupIds: string[] }): Promise<NetworkEvidence>;
  /** A private ECR repository's policy (`null`: it has none), by repository ARN. */
  getRepositoryPolicy(repositoryArn: string): Promise<Piece<PolicyDocument | null>>;
}

export interface GatewayConfig {
  pool: ClientPool;
  /** Immutable documents (managed policy versions); the store in the app, a Map by default. */
  documents?: DocumentCache;
}

export function createGateways(scope: AwsScope, config: GatewayConfig): Gateways {
  const aws = scopedClients(config.pool, scope, config.documents ?? createMemoryDocuments());
  return {
    scope,
    listFailedJobs: (options) => listFailedJobs(aws, options),
    listCompletedJobs: (options) => listCompletedJobs(aws, options),
    describeTrainingJob: (name) => describeTrainingJob(aws, name),
    getJobLogs: (jobName) => getJobLogs(aws, jobName),
    getRolePermissions: (roleArn) => getRolePermissions(aws, roleArn),
    getBucketEvidence: (bucket) => getBucketEvidence(aws, bucket),
    getKeyEvidence: (ref, dashboardAccountId) => getKeyEvidence(aws, ref, dashboardAccountId),
    getNetworkEvidence: (vpc) => getNetworkEvidence(aws, vpc),
    getRepositoryPolicy: (repositoryArn) => getRepositoryPolicy(aws, repositoryArn),
  };
}
