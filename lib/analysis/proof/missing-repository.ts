import { parseEcrRepositoryArn } from '../arns';
import type { EvidenceBundle } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';

/**
 * The image's repository when ECR said it does not exist (GetRepositoryPolicy's RepositoryNotFoundException, read as
 * not-found): a pull from it fails whatever the policies say, so "Either the image does not exist or its permissions are
 * incorrect" is answered on the first side, not the second. Only for a repository the dashboard looked up in the job's
 * own account and region (the ECR client is the job region's), and only for the pull itself: the authorization token is
 * the registry's, not the repository's.
 */
export function missingRepository(bundle: EvidenceBundle, req: PlannedRequest): { repository: string; accountId: string; region: string } | undefined {
  if (req.target.kind !== 'ecr' || req.request.action.toLowerCase() === 'ecr:getauthorizationtoken') return undefined;
  const repo = bundle.imageRepository;
  if (!repo || repo.arn !== req.request.resource || repo.policy.ok || repo.policy.missing.kind !== 'not-found') return undefined;
  const parsed = parseEcrRepositoryArn(repo.arn);
  return parsed && parsed.accountId === bundle.accountId && parsed.region === bundle.region ? parsed : undefined;
}

/** "repository trainer does not exist in account 111122223333's registry in us-east-1 (…)": the check's reason. */
export function missingRepositoryReason(found: { repository: string; accountId: string; region: string }): string {
  return `repository ${found.repository} does not exist in the registry of account ${found.accountId} in ${found.region} (ECR answered RepositoryNotFoundException), so there is no image to pull whatever the policies say`;
}
