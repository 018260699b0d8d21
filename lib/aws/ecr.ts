import 'server-only';
import { GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { parseEcrRepositoryArn } from '@/lib/analysis/arns';
import type { Piece, PolicyDocument } from '@/lib/analysis/evidence';
import type { AwsClients } from './scoped-clients';
import { errorName, toMissing } from './errors';
import { parseJsonDocument } from './policy-document';

/**
 * The repository policy of a private ECR repository of the dashboard's account (ECR API Reference, GetRepositoryPolicy):
 * RepositoryPolicyNotFoundException means the repository has none (null); RepositoryNotFoundException that the image's
 * repository does not exist, reported as not found; a refusal as the dashboard's missing ecr:GetRepositoryPolicy.
 */
export async function getRepositoryPolicy(aws: AwsClients, repositoryArn: string): Promise<Piece<PolicyDocument | null>> {
  const site = { action: 'ecr:GetRepositoryPolicy', resource: repositoryArn };
  const repository = parseEcrRepositoryArn(repositoryArn);
  if (!repository) return { ok: false, missing: { kind: 'error', ...site, message: `not an ECR repository ARN: ${repositoryArn}` } };
  try {
    const out = await aws.ecr().send(new GetRepositoryPolicyCommand({ registryId: repository.accountId, repositoryName: repository.repository }));
    if (!out.policyText) return { ok: true, value: null };
    return parseJsonDocument(out.policyText, site);
  } catch (error) {
    if (errorName(error) === 'RepositoryPolicyNotFoundException') return { ok: true, value: null };
    const missing = toMissing(error, site);
    return { ok: false, missing: errorName(error) === 'RepositoryNotFoundException' ? { ...missing, kind: 'not-found' } : missing };
  }
}
