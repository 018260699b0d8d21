/**
 * Amazon ECR (awsJson1_1, `AmazonEC2ContainerRegistry_V20150921.<Op>`): GetRepositoryPolicy, the one read the dashboard
 * makes, with ECR's own errors (API Reference, GetRepositoryPolicy): RepositoryNotFoundException for a repository the
 * registry does not hold, RepositoryPolicyNotFoundException for one without a policy. SetRepositoryPolicy is the write a
 * repository-policy fix makes; like ECR it refuses a statement with a Resource element.
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { ScenarioRepository } from '../scenario/schema';
import type { CallContext, Params, ServiceDef } from '../types';
import { jsonFaultErrors } from './fault-errors';
import { arnHead } from '../partition';

function registryOf(ctx: CallContext, input: Params): string {
  return typeof input.registryId === 'string' && input.registryId !== '' ? input.registryId : ctx.accountId;
}

function repositoryResource(ctx: CallContext, input: Params): string {
  return `${arnHead(ctx.region)}:ecr:${ctx.region}:${registryOf(ctx, input)}:repository/${String(input.repositoryName ?? '')}`;
}

/** The repository the call names, with ECR's errors for a malformed name and for one the registry does not hold. */
function findRepository(ctx: CallContext, input: Params): { registryId: string; name: string; repo: ScenarioRepository } {
  const registryId = registryOf(ctx, input);
  const name = String(input.repositoryName ?? '');
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(name) || name.length > 256) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`);
  }
  const repo = ctx.scenario.ecrRepositories.find((r) => r.name === name && r.region === ctx.region && (r.accountId ?? ctx.accountId) === registryId);
  if (!repo) throw new AwsError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId}'`);
  return { registryId, name, repo };
}

function getRepositoryPolicy(ctx: CallContext, input: Params) {
  const { registryId, name, repo } = findRepository(ctx, input);
  if (!repo.policy) throw new AwsError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`);
  return { registryId, repositoryName: name, policyText: JSON.stringify(repo.policy, null, 2) };
}

// ECR's answer for a policy it will not take, a Resource element included (awsdocs/amazon-ecr-user-guide#20).
const INVALID_POLICY = "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'";

/** A repository policy as ECR takes it: JSON with statements, none naming a Resource, at most 10,240 characters. */
function parseRepositoryPolicy(text: unknown): NonNullable<ScenarioRepository['policy']> {
  if (typeof text !== 'string' || text.length === 0 || text.length > 10_240) throw new AwsError('InvalidParameterException', INVALID_POLICY);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new AwsError('InvalidParameterException', INVALID_POLICY);
  }
  const statements = typeof document === 'object' && document !== null ? (document as { Statement?: unknown }).Statement : undefined;
  const list = Array.isArray(statements) ? statements : [statements];
  const valid = statements !== undefined && list.every((st) => typeof st === 'object' && st !== null && !('Resource' in st) && !('NotResource' in st));
  if (!valid) throw new AwsError('InvalidParameterException', INVALID_POLICY);
  return document as NonNullable<ScenarioRepository['policy']>;
}

function setRepositoryPolicy(ctx: CallContext, input: Params) {
  const { registryId, name, repo } = findRepository(ctx, input);
  repo.policy = parseRepositoryPolicy(input.policyText);
  return { registryId, repositoryName: name, policyText: JSON.stringify(repo.policy, null, 2) };
}

export const ecrService: ServiceDef = {
  signingName: 'ecr',
  protocol: awsJsonProtocol('AmazonEC2ContainerRegistry_V20150921'),
  errors: jsonFaultErrors(),
  operations: {
    GetRepositoryPolicy: { action: 'ecr:GetRepositoryPolicy', resource: repositoryResource, handle: getRepositoryPolicy },
    SetRepositoryPolicy: { action: 'ecr:SetRepositoryPolicy', resource: repositoryResource, handle: setRepositoryPolicy, write: true },
  },
};
