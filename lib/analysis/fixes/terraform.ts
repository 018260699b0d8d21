import { parseEcrRepositoryArn, roleNameOfArn } from '../arns';
import type { EvidenceBundle, NamedPolicy, PolicyDocument } from '../evidence';
import type { Change } from './changes';
import { statementsOf } from '../proof/statements';
import { hclLabel, hclString, hclValue } from './hcl';

/**
 * The change as Terraform, for teams that manage IAM as code: the resource that holds the document,
 * with the whole new document in `jsonencode()` (Terraform owns the whole policy, as the CLI's put-*
 * does). When the current document could not be read, only the statements to merge are given, so
 * nobody applies a policy that would replace the owner's.
 */
export function terraformFor(bundle: EvidenceBundle, change: Change | undefined, unreadable: boolean, fields?: Record<string, unknown>): string | undefined {
  if (!change) return undefined;
  switch (change.kind) {
    case 'role-inline':
      // Its last statement removed, the inline policy goes (IAM refuses one with no statements).
      if (statementsOf(change.document).length === 0) return `# Delete the resource that manages inline policy ${change.policyName} of role ${roleNameOfArn(bundle.job.roleArn)}:\n# resource "aws_iam_role_policy" "${hclLabel(change.policyName)}" { ... }`;
      return resource('aws_iam_role_policy', change.policyName, [
        ['name', hclString(change.policyName)],
        ['role', hclString(roleNameOfArn(bundle.job.roleArn))],
        ['policy', policy(change.document)],
      ]);
    case 'managed-policy':
      return managed(findPolicy(bundle, change.policyArn), change.policyArn, change.document);
    case 'boundary': {
      const b = bundle.role.ok && bundle.role.value.boundary.ok ? bundle.role.value.boundary.value : null;
      return managed(b ?? undefined, b?.arn ?? 'the permissions boundary', change.document);
    }
    case 'trust-policy': {
      const role = roleNameOfArn(bundle.job.roleArn);
      return `${resource('aws_iam_role', role, [
        ['name', hclString(role)],
        ['assume_role_policy', policy(change.document)],
      ]).replace(/\n}$/, '\n  # The role\u2019s other arguments stay as they are.\n}')}`;
    }
    case 'bucket-policy':
      if (unreadable) return statementsOnly(`the bucket policy of ${change.bucket}`, change.document);
      return wholeDocument('aws_s3_bucket_policy', change.bucket, hadNoPolicy(bundle, change.bucket) ? undefined : change.bucket, [
        ['bucket', hclString(change.bucket)],
        ['policy', policy(change.document)],
      ]);
    case 'key-policy': {
      const k = bundle.keys[change.keyRef];
      const keyId = k?.metadata.ok ? k.metadata.value.arn : change.keyRef;
      if (unreadable) return statementsOnly(`the key policy of ${keyId}`, change.document);
      // The provider stores the bare key id back into key_id: an ARN there shows a change on every plan.
      const bareId = keyId.split('/').pop() ?? keyId;
      return wholeDocument('aws_kms_key_policy', `key_${bareId}`, bareId, [
        ['key_id', hclString(bareId)],
        ['policy', policy(change.document)],
      ]);
    }
    case 'endpoint-policy':
      return wholeDocument('aws_vpc_endpoint_policy', change.endpointId, change.endpointId, [
        ['vpc_endpoint_id', hclString(change.endpointId)],
        ['policy', policy(change.document)],
      ]);
    case 'repository-policy': {
      const name = parseEcrRepositoryArn(change.repositoryArn)?.repository ?? change.repositoryArn;
      if (unreadable) return statementsOnly(`the repository policy of ${name}`, change.document);
      // Imported by the repository's name; a repository read as having no policy has nothing to import.
      const none = bundle.imageRepository?.policy.ok === true && bundle.imageRepository.policy.value === null;
      return wholeDocument('aws_ecr_repository_policy', name, none ? undefined : name, [
        ['repository', hclString(name)],
        ['policy', policy(change.document)],
      ]);
    }
    case 'route':
      if (change.endpointId) {
        return resource('aws_vpc_endpoint_route_table_association', `${change.endpointId}_${change.routeTableId}`, [
          ['vpc_endpoint_id', hclString(change.endpointId)],
          ['route_table_id', hclString(change.routeTableId)],
        ]);
      }
      return resource('aws_vpc_endpoint', `s3_${change.vpcId}`, [
        ['vpc_id', hclString(change.vpcId)],
        ['service_name', hclString(`com.amazonaws.${change.region}.s3`)],
        ['vpc_endpoint_type', hclString('Gateway')],
        ['route_table_ids', hclValue([change.routeTableId], '  ')],
      ]);
    case 'key-state': {
      const metadata = bundle.keys[change.keyRef]?.metadata;
      const arn = metadata?.ok ? metadata.value.arn : change.keyRef;
      // The provider takes a key pending deletion as gone: after the CLI has cancelled the deletion, the resource must be
      // imported again, or a plan would create a new key.
      if (metadata?.ok && metadata.value.keyState === 'PendingDeletion') {
        return [
          `# A scheduled deletion is cancelled with the CLI only (the command above). The provider treats a key pending deletion as`,
          `# gone: if a plan then shows the aws_kms_key that managed ${arn} being created anew, import it instead:`,
          `#   terraform import aws_kms_key.<name> ${arn.split('/').pop() ?? arn}`,
          '# and keep is_enabled = true in it.',
        ].join('\n');
      }
      return [`# In the aws_kms_key resource that manages ${arn}:`, 'is_enabled = true'].join('\n');
    }
    case 'quoted-request-context':
      // A change to the training code: nothing in the account for Terraform to hold.
      return undefined;
    case 'job-config':
      return [
        '# Start the job again with these CreateTrainingJob fields; the rest of its configuration stays as it is',
        '# (in a SageMaker pipeline or a job definition your Terraform passes along).',
        'locals {',
        `  training_job_changes = ${hclValue(fields ?? {}, '  ')}`,
        '}',
      ].join('\n');
  }
}

function policy(document: PolicyDocument): string {
  return `jsonencode(${hclValue(document, '  ')})`;
}

function resource(type: string, name: string, args: [string, string][]): string {
  const width = Math.max(...args.map(([k]) => k.length));
  return [`resource "${type}" "${hclLabel(name)}" {`, ...args.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`), '}'].join('\n');
}

/**
 * A resource that holds a whole document, headed by how to paste it: into the resource that already manages it (its other
 * arguments kept: a managed policy's changed description or path replaces the policy), or, when Terraform does not manage
 * it yet, after importing it, since creating it would collide with the one that exists.
 */
function wholeDocument(type: string, name: string, importId: string | undefined, args: [string, string][]): string {
  const head = `# The whole policy, changed. If Terraform manages it already, set \`policy\` in that resource and keep its other arguments`;
  // Nothing to import where no policy exists yet (a bucket that had none): the resource creates it.
  if (importId === undefined) return [`${head}.`, resource(type, name, args)].join('\n');
  return [
    `${head}; if not, import it first:`,
    `# import {`,
    `#   to = ${type}.${hclLabel(name)}`,
    `#   id = ${hclString(importId)}`,
    `# }`,
    ...(type === 'aws_iam_policy' ? ['# and copy its path and description into the resource first: a change to either replaces the policy.'] : []),
    resource(type, name, args),
  ].join('\n');
}

function managed(p: NamedPolicy | undefined, arn: string, document: PolicyDocument): string {
  const name = p?.name ?? arn.split('/').pop() ?? arn;
  return `# ${arn}: a new default version of the managed policy.\n${wholeDocument('aws_iam_policy', name, arn, [
    ['name', hclString(name)],
    ['policy', policy(document)],
  ])}`;
}

/** The bucket was read as having no policy (NoSuchBucketPolicy): there is nothing to import. */
function hadNoPolicy(bundle: EvidenceBundle, bucket: string): boolean {
  const policy = bundle.buckets[bucket]?.policy;
  return policy?.ok === true && policy.value === null;
}

function findPolicy(bundle: EvidenceBundle, arn: string): NamedPolicy | undefined {
  return bundle.role.ok && bundle.role.value.identityPolicies.ok ? bundle.role.value.identityPolicies.value.find((p) => p.arn === arn) : undefined;
}

function statementsOnly(where: string, document: PolicyDocument): string {
  return [
    `# ${where} could not be read here: add these statements to the Statement list of the`,
    '# resource that manages it (applying them as a whole policy would replace the owner\u2019s).',
    'locals {',
    `  jobtriage_statements = ${hclValue(document.Statement, '  ')}`,
    '}',
  ].join('\n');
}
