/**
 * Amazon ECR (awsJson1_1, `AmazonEC2ContainerRegistry_V20150921.<Op>`): GetRepositoryPolicy, the one read the dashboard
 * makes, with ECR's own errors (API Reference, GetRepositoryPolicy): RepositoryNotFoundException for a repository the
 * registry does not hold, RepositoryPolicyNotFoundException for one without a policy.
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { CallContext, Params, ServiceDef } from '../types';
import { jsonFaultErrors } from './fault-errors';

function registryOf(ctx: CallContext, input: Params): string {
  return typeof input.registryId === 'string' && input.registryId !== '' ? input.registryId : ctx.accountId;
}

function repositoryResource(ctx: CallContext, input: Params): string {
  return `arn:aws:ecr:${ctx.region}:${registryOf(ctx, input)}:repository/${String(input.repositoryName ?? '')}`;
}

function getRepositoryPolicy(ctx: CallContext, input: Params) {
  const registryId = registryOf(ctx, input);
  const name = String(input.repositoryName ?? '');
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(name) || name.length > 256) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`);
  }
  const repo = ctx.scenario.ecrRepositories.find((r) => r.name === name && r.region === ctx.region && (r.accountId ?? ctx.accountId) === registryId);
  if (!repo) throw new AwsError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId}'`);
  if (!repo.policy) throw new AwsError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`);
  return { registryId, repositoryName: name, policyText: JSON.stringify(repo.policy, null, 2) };
}

export const ecrService: ServiceDef = {
  signingName: 'ecr',
  protocol: awsJsonProtocol('AmazonEC2ContainerRegistry_V20150921'),
  errors: jsonFaultErrors(),
  operations: {
    GetRepositoryPolicy: { action: 'ecr:GetRepositoryPolicy', resource: repositoryResource, handle: getRepositoryPolicy },
  },
};
