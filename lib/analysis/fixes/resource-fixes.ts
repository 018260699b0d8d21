import { accountOfArn, parseEcrRepositoryArn, roleNameOfArn } from '../arns';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import type { S3Path } from '../requests/network-path';
import type { PlannedRequest } from '../requests/planned-request';
import { statementAt } from '../proof/statements';
import type { Change } from './changes';
import type { FixPlan } from './fix-plan';
import { command } from './shell';
import { namesPrincipal } from './deny-statement';
import { trapNotes } from './traps';
import { capitalize } from '../words';
import { grantStatements, mergeStatements, narrowDeny, narrowedDenyNotes, replaceStatement, sourceConditions, type Statement } from './statements';

export type ResourceDoc =
  | { kind: 'bucket'; bucket: string; ownerAccountId?: string; document: PolicyDocument | null | 'unreadable' }
  | { kind: 'key'; keyRef: string; keyArn: string; accountId: string; document: PolicyDocument | 'unreadable' }
  | { kind: 'trust' ; document: PolicyDocument }
  | { kind: 'endpoint'; endpointId: string; document: PolicyDocument | null }
  /** The training image's ECR repository: null when it has no policy (RepositoryPolicyNotFoundException). */
  | { kind: 'repository'; repositoryArn: string; document: PolicyDocument | null | 'unreadable' };

/** `--region r --repository-name n` for a repository's ARN (the registry is the caller's account). */
function repositoryFlags(repositoryArn: string, fallbackRegion: string): string[] {
  const repo = parseEcrRepositoryArn(repositoryArn);
  return ['--region', repo?.region ?? fallbackRegion, '--repository-name', repo?.repository ?? repositoryArn];
}

function cliFor(bundle: EvidenceBundle, doc: ResourceDoc, document: PolicyDocument): string {
  const json = JSON.stringify(document);
  switch (doc.kind) {
    case 'bucket':
      return command(['aws', 's3api', 'put-bucket-policy', '--bucket', doc.bucket, '--policy', json]);
    case 'key':
      return command(['aws', 'kms', 'put-key-policy', '--region', bundle.region, '--key-id', doc.keyArn, '--policy-name', 'default', '--policy', json]);
    case 'trust':
      return command(['aws', 'iam', 'update-assume-role-policy', '--role-name', roleNameOfArn(bundle.job.roleArn), '--policy-document', json]);
    case 'endpoint':
      return command(['aws', 'ec2', 'modify-vpc-endpoint', '--region', bundle.region, '--vpc-endpoint-id', doc.endpointId, '--policy-document', json]);
    case 'repository':
      return command(['aws', 'ecr', 'set-repository-policy', ...repositoryFlags(doc.repositoryArn, bundle.region), '--policy-text', json]);
  }
}

/**
 * jq: the statements added to the live policy as it is now. One already there as written (whatever Sid an earlier run gave
 * it) is not added again, so the command can run twice; one whose Sid the live policy already uses (another role's
 * statement for the same stage and action) gets the first free numbered Sid, as the merged document shown did, since IAM
 * wants Sids unique within a policy.
 */
const APPEND = [
  '([.Statement] | flatten(1)) as $have',
  '| [$have[] | .Sid? // empty] as $sids',
  '| .Statement = $have + [$add[] | . as $s | select(any($have[]; del(.Sid?) == ($s | del(.Sid?))) | not)',
  '| if (.Sid? // null) != null and any($sids[]; . == $s.Sid) then .Sid = first(range(2; 1000) | "\\($s.Sid)\\(.)" | select(. as $c | any($sids[]; . == $c) | not)) else . end]',
].join(' ');

/**
 * jq: the role added to the `ArnNotEquals aws:PrincipalArn` of the live statement (found by its Sid, or, when it has none,
 * as it was read but for the exemptions made since), as `narrowDeny` does to the statement read, so an exemption another fix made since is kept (a string
 * while it names one role, as written). The key keeps the owner's spelling (`AWS:PrincipalArn`): keys are case-insensitive.
 */
const exempt = (select: string) =>
  `.Statement = ([.Statement] | flatten(1) | map(if ${select} then ((((.Condition.ArnNotEquals // {}) | keys | map(select(ascii_downcase == "aws:principalarn")) | .[0]) // "aws:PrincipalArn") as $k | .Condition.ArnNotEquals[$k] |= ([.] | flatten | map(select(. != null)) | (if index([$role]) then . else . + [$role] end) | if length == 1 then .[0] else . end)) else . end))`;

/**
 * When the current document could not be read, a `put-*` of the new statement alone would replace the owner's whole bucket
 * or key policy (and can lock admins out of a key); when it was read, it may have changed since. So the command reads the
 * current document, merges the statements with jq, and writes the result back. A replaced statement is found by its Sid
 * when it has one (the live policy may have moved it), else by its place.
 */
/** A statement a fix rewrites: its place, its Sid, and, for an exemption, the role and the statement as read. */
interface Replaced {
  index: number;
  sid?: string;
  exempt?: { role: string; original: Statement };
}

function mergeCliFor(bundle: EvidenceBundle, doc: ResourceDoc, statements: Statement[], replace?: Replaced): string | undefined {
  const program = !replace
    ? APPEND
    : replace.exempt
      ? exempt(replace.sid !== undefined ? '.Sid? == $sid' : 'del(.Condition.ArnNotEquals?) == ($orig | del(.Condition.ArnNotEquals?))')
      : replace.sid !== undefined
        ? '.Statement = ([.Statement] | flatten(1) | map(if .Sid? == $sid then $add[0] else . end))'
        : `.Statement = ([.Statement] | flatten(1)) | .Statement[${replace.index - 1}] = $add[0]`;
  const args = [
    ...(replace?.sid !== undefined ? ['--arg', 'sid', replace.sid] : []),
    ...(replace?.exempt ? ['--arg', 'role', replace.exempt.role, ...(replace.sid === undefined ? ['--argjson', 'orig', JSON.stringify(replace.exempt.original)] : [])] : []),
  ];
  const jq = command(['jq', '-c', '--argjson', 'add', JSON.stringify(statements), ...args, program]);
  if (doc.kind === 'bucket') {
    const read = command(['aws', 's3api', 'get-bucket-policy', '--bucket', doc.bucket, '--query', 'Policy', '--output', 'text']);
    // A bucket with no policy answers NoSuchBucketPolicy: merged into an empty one. Any other error is shown and writes
    // nothing (jq reads no input, and S3 refuses the empty policy), never a policy that lost the owner's statements.
    const orEmpty = `{ err=$(mktemp); ${read} 2>"$err" || { grep -q NoSuchBucketPolicy "$err" && echo '{"Version":"2012-10-17","Statement":[]}' || cat "$err" >&2; }; rm -f "$err"; }`;
    return `${orEmpty} | ${jq} | ${command(['aws', 's3api', 'put-bucket-policy', '--bucket', doc.bucket, '--policy', 'file:///dev/stdin'])}`;
  }
  if (doc.kind === 'repository') {
    const flags = repositoryFlags(doc.repositoryArn, bundle.region);
    const read = command(['aws', 'ecr', 'get-repository-policy', ...flags, '--query', 'policyText', '--output', 'text']);
    // A repository with no policy answers RepositoryPolicyNotFoundException: merged into an empty one, as for a bucket.
    const orEmpty = `{ err=$(mktemp); ${read} 2>"$err" || { grep -q RepositoryPolicyNotFoundException "$err" && echo '{"Version":"2012-10-17","Statement":[]}' || cat "$err" >&2; }; rm -f "$err"; }`;
    return `${orEmpty} | ${jq} | ${command(['aws', 'ecr', 'set-repository-policy', ...flags, '--policy-text', 'file:///dev/stdin'])}`;
  }
  if (doc.kind === 'key') {
    const key = ['--region', bundle.region, '--key-id', doc.keyArn, '--policy-name', 'default'];
    const read = command(['aws', 'kms', 'get-key-policy', ...key, '--query', 'Policy', '--output', 'text']);
    return `${read} | ${jq} | ${command(['aws', 'kms', 'put-key-policy', ...key, '--policy', 'file:///dev/stdin'])}`;
  }
  return undefined;
}

function changeFor(doc: ResourceDoc, document: PolicyDocument): Change {
  switch (doc.kind) {
    case 'bucket':
      return { kind: 'bucket-policy', bucket: doc.bucket, document };
    case 'key':
      return { kind: 'key-policy', keyRef: doc.keyRef, document };
    case 'trust':
      return { kind: 'trust-policy', document };
    case 'endpoint':
      return { kind: 'endpoint-policy', endpointId: doc.endpointId, document };
    case 'repository':
      return { kind: 'repository-policy', repositoryArn: doc.repositoryArn, document };
  }
}

/** The account that owns the resource; undefined for another account's bucket whose owner S3 did not name. */
function ownerOf(bundle: EvidenceBundle, doc: ResourceDoc): string | undefined {
  // resourceAccountId is undefined exactly when S3 said "another account" without naming it.
  if (doc.kind === 'bucket') return doc.ownerAccountId;
  if (doc.kind === 'key') return doc.accountId;
  if (doc.kind === 'repository') return accountOfArn(doc.repositoryArn) ?? bundle.accountId;
  return bundle.accountId;
}

/** Where the statement sits, in words: "the bucket policy of acme-data". */
export function where(doc: ResourceDoc): string {
  switch (doc.kind) {
    case 'bucket':
      return `the bucket policy of ${doc.bucket}`;
    case 'key':
      return `the key policy of ${doc.keyArn}`;
    case 'trust':
      return 'the role\u2019s trust policy';
    case 'endpoint':
      return `the policy of VPC endpoint ${doc.endpointId}`;
    case 'repository':
      return `the repository policy of ${parseEcrRepositoryArn(doc.repositoryArn)?.repository ?? doc.repositoryArn}`;
  }
}

const TARGET = { bucket: 'bucket-policy', key: 'key-policy', trust: 'trust-policy', endpoint: 'vpc-endpoint-policy', repository: 'repository-policy' } as const;

/**
 * `put-key-policy` and `put-bucket-policy` replace the whole policy. A key policy that loses its administrators' statement
 * can lock everyone out of the key, and a bucket policy written as it was read undoes every change made since (another
 * job's fix to the same bucket): a key- or bucket-policy fix always reads the live policy, merges, and writes the result
 * back, even when the dashboard read the policy itself.
 */
function mergedCli(bundle: EvidenceBundle, doc: ResourceDoc, changed: Statement[], replace?: Replaced): Partial<FixPlan> {
  if (doc.kind !== 'key' && doc.kind !== 'bucket' && doc.kind !== 'repository') return {};
  const cli = mergeCliFor(bundle, doc, changed, replace);
  return cli ? { cli } : {};
}

export function resourcePlan(bundle: EvidenceBundle, doc: ResourceDoc, key: string, title: string, document: PolicyDocument, changed: Statement[], checkIds: string[], extra: Partial<FixPlan> = {}): FixPlan {
  const accountId = ownerOf(bundle, doc);
  const crossAccount = accountId !== bundle.accountId;
  const notes = [...(extra.notes ?? [])];
  if (crossAccount) {
    const owner = accountId ? `account ${accountId}` : 'another account (S3 did not say which)';
    notes.unshift(`The resource belongs to ${owner}: its owner must add this statement.`);
  }
  if (doc.kind === 'key') notes.push('put-key-policy replaces the whole key policy: the command reads the current policy, merges the change with jq and writes the result back.');
  if (doc.kind === 'repository' && doc.document !== 'unreadable') notes.push('set-repository-policy replaces the whole repository policy: the command reads the current policy, merges the change with jq and writes the result back.');
  if (doc.kind === 'bucket' && doc.document !== 'unreadable') notes.push('put-bucket-policy replaces the whole bucket policy: the command reads the current policy, merges the change with jq and writes the result back, so another fix to this bucket is kept.');
  return {
    key,
    target: TARGET[doc.kind],
    title,
    ...(accountId ? { accountId } : {}),
    crossAccount,
    policy: document,
    changedStatements: changed,
    cli: cliFor(bundle, doc, document),
    checkIds,
    changes: [changeFor(doc, document)],
    ...extra,
    notes,
  };
}

function principalFor(doc: ResourceDoc, roleArn: string): unknown {
  if (doc.kind === 'trust') return { Service: 'sagemaker.amazonaws.com' };
  // Endpoint policies take only `"Principal": "*"`; the role is named in a condition instead.
  if (doc.kind === 'endpoint') return '*';
  return { AWS: roleArn };
}

function scopeToRole(statement: Statement, roleArn: string): Statement {
  const condition = (statement.Condition as Record<string, unknown> | undefined) ?? {};
  return { ...statement, Condition: { ...condition, ArnEquals: { 'aws:PrincipalArn': roleArn } } };
}

/** A statement on the resource side that grants the role these requests, merged into the document. */
export function resourceGrant(bundle: EvidenceBundle, doc: ResourceDoc, reqs: PlannedRequest[], checkIds: string[]): FixPlan {
  const principal = principalFor(doc, bundle.job.roleArn);
  let statements: Statement[];
  if (doc.kind === 'trust') statements = [{ Sid: 'JobtriageTrustSageMaker', Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', Condition: sourceConditions(bundle) }];
  else if (doc.kind === 'key') statements = grantStatements(reqs, bundle.region, bundle.accountId, principal).map((s) => ({ ...s, Resource: '*' }));
  else if (doc.kind === 'endpoint') statements = grantStatements(reqs, bundle.region, bundle.accountId, principal).map((s) => scopeToRole(s, bundle.job.roleArn));
  // A repository policy applies to its own repository and refuses a Resource element ("Invalid repository policy provided").
  else if (doc.kind === 'repository') statements = grantStatements(reqs, bundle.region, bundle.accountId, principal).map(({ Resource: _resource, ...s }) => s);
  else statements = grantStatements(reqs, bundle.region, bundle.accountId, principal);
  const unreadable = doc.document === 'unreadable';
  const base = doc.document === 'unreadable' ? null : doc.document;
  const document = mergeStatements(base, statements);
  const actions = [...new Set(reqs.map((r) => r.request.action))].join(', ');
  const who = doc.kind === 'trust' ? 'sagemaker.amazonaws.com' : `role ${roleNameOfArn(bundle.job.roleArn)}`;
  const mergeCli = unreadable ? mergeCliFor(bundle, doc, statements) : undefined;
  return resourcePlan(bundle, doc, `grant:${where(doc)}`, `Add a statement to ${where(doc)} allowing ${who} ${actions}`, document, statements, checkIds, unreadable
    ? {
        ...mergedCli(bundle, doc, statements),
        unverifiable: `${where(doc)} could not be read`,
        policy: mergeStatements(null, statements),
        ...(mergeCli ? { cli: mergeCli } : {}),
        notes: [
          ...trapNotes(bundle, reqs),
          `${capitalize(where(doc))} could not be read: merge this statement into the existing policy rather than replacing it${mergeCli ? ' (the command reads the current policy and appends it, with jq)' : ''}.`,
        ],
      }
    : { ...mergedCli(bundle, doc, statements), notes: trapNotes(bundle, reqs) });
}

/** The resource policy's denying statement, narrowed so it no longer applies to the role. */
export function narrowResourceDeny(bundle: EvidenceBundle, doc: ResourceDoc, index: number, checkIds: string[]): FixPlan | undefined {
  if (doc.document === 'unreadable' || doc.document === null) return undefined;
  const original = statementAt(doc.document, index);
  if (!original) return undefined;
  // Exempting the very principal a deny names would delete the control, not make an exception to it.
  if (namesPrincipal(original, bundle.job.roleArn)) return undefined;
  const narrowed = narrowDeny(original, bundle.job.roleArn);
  const document = replaceStatement(doc.document, index, narrowed);
  const sid = typeof original.Sid === 'string' ? `"${original.Sid}"` : `${index}`;
  return resourcePlan(bundle, doc, `narrow:${where(doc)}:${index}`, `Exception: exempt role ${roleNameOfArn(bundle.job.roleArn)} from statement ${sid} of ${where(doc)}`, document, [narrowed], checkIds, {
    kind: 'exception',
    alternatives: `deny:${where(doc)}:${index}`,
    replaces: original,
    notes: narrowedDenyNotes(roleNameOfArn(bundle.job.roleArn), original, bundle.job.roleArn),
    ...mergedCli(bundle, doc, [narrowed], { index, sid: typeof original.Sid === 'string' ? original.Sid : undefined, exempt: { role: bundle.job.roleArn, original } }),
  });
}

/** The missing route to S3: associate the VPC's S3 gateway endpoint with the subnet's route table, or create one. */
export function routeFix(bundle: EvidenceBundle, path: Extract<S3Path, { kind: 'no-route' }>, checkIds: string[]): FixPlan | undefined {
  if (!path.routeTableId) return undefined;
  const cli = path.s3EndpointId
    ? command(['aws', 'ec2', 'modify-vpc-endpoint', '--region', bundle.region, '--vpc-endpoint-id', path.s3EndpointId, '--add-route-table-ids', path.routeTableId])
    : command(['aws', 'ec2', 'create-vpc-endpoint', '--region', bundle.region, '--vpc-id', path.vpcId, '--vpc-endpoint-type', 'Gateway', '--service-name', `com.amazonaws.${bundle.region}.s3`, '--route-table-ids', path.routeTableId]);
  return {
    key: `route:${path.routeTableId}`,
    target: 'route-table',
    title: path.s3EndpointId
      ? `Route subnet ${path.subnetId} to S3 through endpoint ${path.s3EndpointId} (associate route table ${path.routeTableId})`
      : `Create an S3 gateway endpoint for route table ${path.routeTableId} so subnet ${path.subnetId} reaches S3`,
    accountId: bundle.accountId,
    crossAccount: false,
    cli,
    checkIds,
    notes: path.s3EndpointId ? [`Requests will then come through ${path.s3EndpointId}: its policy and any aws:SourceVpce conditions apply.`] : ['A NAT gateway route would also work, at a cost per GB.'],
    changes: [{ kind: 'route', routeTableId: path.routeTableId, endpointId: path.s3EndpointId, vpcId: path.vpcId, region: bundle.region }],
  };
}
