import type { Fix } from '../diagnosis';
import { parseEcrRepositoryArn } from '../arns';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import type { Change } from '../fixes/changes';

/** A `--name value` argument of a fix's AWS CLI command (values are ARNs and names: never quoted). */
export function cliFlag(cli: string, name: string): string | undefined {
  return new RegExp(`--${name} ([^' ]+)`).exec(cli)?.[1];
}

/**
 * The change a shown fix makes, read from its public fields (target, policy, CLI arguments) the way
 * a person applying it would, so a group's fix can be re-simulated on another job's evidence.
 * Undefined when the fix cannot be modelled on this bundle (a route change, an SCP, another role's
 * policy, a key the bundle does not hold): the job then stays unverified, never "verified".
 */
export function changeOfFix(fix: Fix, bundle: EvidenceBundle): Change | undefined {
  const document = fix.policy as PolicyDocument | undefined;
  const role = bundle.job.roleArn.split('/').pop();
  switch (fix.target) {
    case 'role-inline-policy': {
      const name = cliFlag(fix.cli, 'policy-name');
      return name && document && cliFlag(fix.cli, 'role-name') === role ? { kind: 'role-inline', policyName: name, document } : undefined;
    }
    case 'boundary':
      return document ? { kind: 'boundary', document } : undefined;
    case 'other': {
      const arn = cliFlag(fix.cli, 'policy-arn');
      return arn && document ? { kind: 'managed-policy', policyArn: arn, document } : undefined;
    }
    case 'trust-policy':
      return document && cliFlag(fix.cli, 'role-name') === role ? { kind: 'trust-policy', document } : undefined;
    case 'bucket-policy': {
      const bucket = cliFlag(fix.cli, 'bucket');
      return bucket && document && bundle.buckets[bucket] ? { kind: 'bucket-policy', bucket, document } : undefined;
    }
    case 'key-policy': {
      const arn = cliFlag(fix.cli, 'key-id');
      const entry = Object.entries(bundle.keys).find(([, k]) => k.metadata.ok && k.metadata.value.arn === arn);
      return entry && document ? { kind: 'key-policy', keyRef: entry[0], document } : undefined;
    }
    case 'repository-policy': {
      // The repository is the image's, read in the job's own account: the command names it by name and region.
      const repo = bundle.imageRepository;
      const parsed = repo ? parseEcrRepositoryArn(repo.arn) : undefined;
      const named = parsed && cliFlag(fix.cli, 'repository-name') === parsed.repository && cliFlag(fix.cli, 'region') === parsed.region;
      return repo && named && document ? { kind: 'repository-policy', repositoryArn: repo.arn, document } : undefined;
    }
    case 'vpc-endpoint-policy': {
      const id = cliFlag(fix.cli, 'vpc-endpoint-id');
      return id && document ? { kind: 'endpoint-policy', endpointId: id, document } : undefined;
    }
    case 'job-config': {
      const fields = (fix.jobConfig?.fields ?? {}) as { RoleArn?: string; VpcConfig?: { Subnets: string[]; SecurityGroupIds: string[] }; OutputDataConfig?: { KmsKeyId?: string } };
      return {
        kind: 'job-config',
        ...(fields.RoleArn ? { roleArn: fields.RoleArn } : {}),
        ...(fields.OutputDataConfig?.KmsKeyId ? { outputKmsKeyId: fields.OutputDataConfig.KmsKeyId } : {}),
        ...(fields.VpcConfig ? { vpc: { subnetIds: fields.VpcConfig.Subnets, securityGroupIds: fields.VpcConfig.SecurityGroupIds } } : {}),
      };
    }
    default:
      return undefined;
  }
}
