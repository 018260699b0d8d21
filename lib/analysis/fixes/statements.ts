import { bucketArn } from '../arns';
import type { PolicyDocument } from '../evidence';
import { partitionOf } from '../partition';
import type { PlannedRequest } from '../requests/planned-request';
import { statementsOf } from '../proof/statements';
import { anotherRoleEscapes } from './approved-roles';
import { distinguishesPrincipals } from './deny-statement';

export type Statement = Record<string, unknown>;

/** The narrowest resource that covers what SageMaker asks for: the prefix, not one sample object. */
function grantResource(req: PlannedRequest, region: string, accountId: string): string {
  const t = req.target;
  const partition = partitionOf(region).name;
  // S3 prefixes are string prefixes: `train` covers `train/x` and `train.csv`, so no slash is added.
  if (t.kind === 's3') return req.request.action === 's3:ListBucket' ? bucketArn(t.bucket, partition) : `${bucketArn(t.bucket, partition)}/${t.prefix}*`;
  if (t.kind === 'logs') return `arn:${partition}:logs:${region}:${accountId}:log-group:/aws/sagemaker/TrainingJobs:*`;
  if (t.kind === 'ec2') return '*';
  return req.request.resource;
}

/**
 * The conditions the request itself carries, so the grant is no wider than what SageMaker asks for
 * (the least-privilege conditions AWS documents for these grants): a listing stays on its prefix, a
 * volume key's grant is only for AWS resources, an S3 object key is used only through S3.
 */
function grantCondition(req: PlannedRequest): Statement | undefined {
  const t = req.target;
  const context = req.request.context ?? {};
  if (t.kind === 's3' && req.request.action === 's3:ListBucket') {
    // A quoted listing carries its prefix only in the context; a channel's in the target too.
    const prefix = typeof context['s3:prefix'] === 'string' ? context['s3:prefix'] : t.prefix;
    return prefix !== '' ? { StringLike: { 's3:prefix': [`${prefix}*`] } } : undefined;
  }
  if (t.kind === 'kms') {
    if (context['kms:GrantIsForAWSResource'] === 'true') return { Bool: { 'kms:GrantIsForAWSResource': 'true' } };
    const via = context['kms:ViaService'];
    if (typeof via === 'string') return { StringEquals: { 'kms:ViaService': via } };
  }
  return undefined;
}

function sidFor(text: string): string {
  return `Jobtriage${text.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 100);
}

/**
 * Allow statements for a set of requests, one per (resource, condition), actions merged. With a
 * principal for resource policies (bucket, key, endpoint), without for identity policies.
 */
export function grantStatements(reqs: PlannedRequest[], region: string, accountId: string, principal?: unknown): Statement[] {
  const groups = new Map<string, { actions: string[]; resource: string; condition?: Statement; ids: string[] }>();
  for (const req of reqs) {
    const resource = grantResource(req, region, accountId);
    const condition = grantCondition(req);
    const k = JSON.stringify([resource, condition]);
    const g = groups.get(k) ?? { actions: [], resource, condition, ids: [] };
    if (!g.actions.includes(req.request.action)) g.actions.push(req.request.action);
    g.ids.push(req.id);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => ({
    Sid: sidFor(g.ids[0] ?? 'grant'),
    Effect: 'Allow',
    ...(principal === undefined ? {} : { Principal: principal }),
    Action: g.actions.length === 1 ? g.actions[0] : g.actions,
    Resource: g.resource,
    ...(g.condition ? { Condition: g.condition } : {}),
  }));
}

/** The existing document with statements appended (or a new document). */
export function mergeStatements(existing: PolicyDocument | null | undefined, added: Statement[]): PolicyDocument {
  if (!existing) return { Version: '2012-10-17', Statement: added };
  // As the merge command does (resource-fixes.ts APPEND): a Sid the policy already uses takes the first free number.
  const taken = new Set(statementsOf(existing).map((s) => s.Sid));
  const free = (sid: string) => {
    let n = 2;
    while (taken.has(`${sid}${n}`)) n += 1;
    return `${sid}${n}`;
  };
  const unique = added.map((s) => (s.Sid !== undefined && taken.has(s.Sid) ? { ...s, Sid: free(String(s.Sid)) } : s));
  return { ...existing, Statement: [...statementsOf(existing), ...unique] };
}

/**
 * A deny statement narrowed so it no longer applies to the job's role: the smallest change that
 * keeps the deny for everyone else. Adds (or extends) `ArnNotEquals aws:PrincipalArn`.
 */
export function narrowDeny(statement: Statement, roleArn: string): Statement {
  const condition = { ...((statement.Condition as Record<string, Record<string, unknown>> | undefined) ?? {}) };
  const op = { ...(condition.ArnNotEquals ?? {}) };
  // Condition keys are case-insensitive: extend the owner's `AWS:PrincipalArn` rather than write a second spelling beside it.
  const key = Object.keys(op).find((k) => k.toLowerCase() === 'aws:principalarn') ?? 'aws:PrincipalArn';
  const current = op[key];
  const list = current === undefined ? [] : Array.isArray(current) ? current : [current];
  op[key] = list.length ? [...list, roleArn] : roleArn;
  condition.ArnNotEquals = op;
  return { ...statement, Condition: condition };
}

/**
 * What a person must know before exempting a role from a deny. Explicit denies are usually
 * guardrails someone put there on purpose (keep contractors off PII, keep data inside a VPC), so
 * the exemption is offered as an exception its owner must approve. "Use another role" is only
 * said when the statement picks principals out and a role the job could run as escapes it: a deny on everyone covers
 * every role alike.
 */
export function narrowedDenyNotes(roleName: string, statement?: Statement, jobRoleArn?: string): string[] {
  const picksOut = statement !== undefined && distinguishesPrincipals(statement) && (jobRoleArn === undefined || anotherRoleEscapes(statement, jobRoleArn));
  return [
    `This exempts role ${roleName} from the deny; everyone else stays denied.`,
    `An explicit deny is usually deliberate: the owner of this policy must approve the exception.${picksOut ? ' The alternative is to run the job with a role the deny does not cover.' : ''}`,
  ];
}

/**
 * The confused-deputy conditions AWS documents for a SageMaker trust statement: only SageMaker
 * acting for this account (and its region's SageMaker resources) may assume the role.
 */
export function sourceConditions(bundle: { accountId: string; region: string; job: { roleArn: string } }): Statement {
  const account = bundle.job.roleArn.split(':')[4] || bundle.accountId;
  return { StringEquals: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': `arn:${partitionOf(bundle.region).name}:sagemaker:${bundle.region}:${account}:*` } };
}

/** The document with statement `index` (1-based) replaced. */
export function replaceStatement(document: PolicyDocument, index: number, replacement: Statement): PolicyDocument {
  const list = statementsOf(document).slice();
  list[index - 1] = replacement;
  return { ...document, Statement: list };
}

/** The document without its statement at `index` (1-based, as replaceStatement). */
export function withoutStatement(document: PolicyDocument, index: number): PolicyDocument {
  return { ...document, Statement: statementsOf(document).filter((_, i) => i !== index - 1) };
}
