import { isDirectoryBucket, parseEcrRepositoryArn, roleNameOfArn } from '../arns';
import type { EvidenceBundle, Missing, NamedPolicy, PolicyDocument } from '../evidence';
import type { S3Path } from '../requests/network-path';
import type { PlannedRequest } from '../requests/planned-request';

/**
 * Where a policy sits in AWS's evaluation: the slot a missing piece leaves empty. `context` is a
 * condition key's value the dashboard cannot see (unseen-context.ts).
 */
export type Slot = 'identity' | 'boundary' | 'resource' | 'vpce' | 'network' | 'encryption' | 'context';

export interface MissingPiece {
  slot: Slot;
  what: string;
  dashboardNeeds?: string;
  because: string;
}

export interface PolicyInputs {
  identity: NamedPolicy[];
  boundary?: NamedPolicy;
  resource?: { name: string; document: PolicyDocument };
  endpoint?: { id: string; document: PolicyDocument };
  missing: MissingPiece[];
}

/** A missing piece as the diagnosis lists it (a check's `missing`, `missingEvidence`): an unseen value is marked so. */
export function missingItem(m: MissingPiece): { what: string; because: string; dashboardNeeds?: string; unseen?: true } {
  return { what: m.what, because: m.because, dashboardNeeds: m.dashboardNeeds, ...(m.slot === 'context' ? { unseen: true as const } : {}) };
}

/**
 * The image repository's policy, beside the role's for a pull (ECR User Guide, "Private repository policies": in the same
 * account either may allow it, a deny in either refuses it). Read for the job's own account only: another account's is
 * not readable across accounts.
 */
function repositoryPolicy(bundle: EvidenceBundle, req: PlannedRequest, out: PolicyInputs): void {
  const what = `the repository policy of ${req.request.resource}`;
  if (req.resourceAccountId !== undefined && req.resourceAccountId !== bundle.accountId) {
    out.missing.push({ slot: 'resource', what, because: 'the repository is in another account, whose repository policies the dashboard cannot read' });
    return;
  }
  const repo = bundle.imageRepository;
  if (!repo || repo.arn !== req.request.resource) out.missing.push({ slot: 'resource', what, because: 'it was not part of the collected evidence' });
  else if (!repo.policy.ok && repo.policy.missing.kind === 'not-found') out.missing.push({ slot: 'resource', what: `${what} (ECR says the repository does not exist now)`, because: repositoryGoneBecause(bundle, repo.arn) });
  else if (!repo.policy.ok) out.missing.push(describeMissing('resource', what, repo.policy.missing));
  else if (repo.policy.value) out.resource = { name: `the repository policy of ${parseEcrRepositoryArn(repo.arn)?.repository ?? repo.arn}`, document: repo.policy.value };
}

/**
 * ECR's RepositoryNotFoundException is not the finding: CreateTrainingJob refuses an image whose repository it cannot
 * find ("Cannot find repository: … in registry ID: …"), so a job that failed had its repository, deleted or renamed
 * since, and the policy it had then is what cannot be read. An image in another region was looked up in the job's.
 */
function repositoryGoneBecause(bundle: EvidenceBundle, arn: string): string {
  const region = parseEcrRepositoryArn(arn)?.region;
  if (region && region !== bundle.region) return `ECR found no such repository in ${bundle.region}, the job's region, where the dashboard looked; the image is in ${region}`;
  return 'ECR says the repository does not exist now (RepositoryNotFoundException); SageMaker checks that it exists when it creates a job, so it was deleted or renamed since the job was created, and the policy it had then cannot be read';
}

/** Every policy document that was read for the request: what a condition key could be read by. */
export function documentsRead(inputs: PolicyInputs): PolicyDocument[] {
  return [
    ...inputs.identity.flatMap((p) => (p.document.ok ? [p.document.value] : [])),
    ...(inputs.boundary?.document.ok ? [inputs.boundary.document.value] : []),
    ...(inputs.resource ? [inputs.resource.document] : []),
    ...(inputs.endpoint ? [inputs.endpoint.document] : []),
  ];
}

/** Says why a piece is missing in words a person can act on. */
export function describeMissing(slot: Slot, what: string, missing: Missing): MissingPiece {
  const because: Record<Missing['kind'], string> = {
    'access-denied': `the dashboard was denied ${missing.action}`,
    'cross-account': `it belongs to another account, where ${missing.action} is not available to the dashboard`,
    'not-found': `${missing.action} found nothing: ${missing.message}`,
    throttled: `${missing.action} was throttled`,
    timeout: `${missing.action} timed out`,
    error: `${missing.action} failed: ${missing.message}`,
  };
  return {
    slot,
    what,
    dashboardNeeds: missing.kind === 'access-denied' ? missing.action : undefined,
    because: because[missing.kind],
  };
}

function roleInputs(bundle: EvidenceBundle, out: PolicyInputs): void {
  const roleName = roleNameOfArn(bundle.job.roleArn);
  if (!bundle.role.ok) {
    const piece = describeMissing('identity', `role ${roleName}`, bundle.role.missing);
    out.missing.push(piece, { ...piece, slot: 'boundary' });
    return;
  }
  const role = bundle.role.value;
  if (!role.identityPolicies.ok) {
    out.missing.push(describeMissing('identity', `the policies of role ${roleName}`, role.identityPolicies.missing));
  } else {
    for (const policy of role.identityPolicies.value) {
      if (policy.document.ok) out.identity.push(policy);
      else out.missing.push(describeMissing('identity', `policy ${policy.name} of role ${roleName}`, policy.document.missing));
    }
  }
  if (!role.boundary.ok) {
    out.missing.push(describeMissing('boundary', `the permissions boundary of role ${roleName}`, role.boundary.missing));
  } else if (role.boundary.value) {
    const boundary = role.boundary.value;
    if (boundary.document.ok) out.boundary = boundary;
    else out.missing.push(describeMissing('boundary', `permissions boundary ${boundary.name}`, boundary.document.missing));
  }
}

const OBJECT_DATA = new Set(['s3:GetObject', 's3:PutObject']);

function resourceInputs(bundle: EvidenceBundle, req: PlannedRequest, out: PolicyInputs): void {
  const t = req.target;
  if (t.kind === 'trust') {
    const roleName = roleNameOfArn(bundle.job.roleArn);
    if (!bundle.role.ok) out.missing.push(describeMissing('resource', `the trust policy of role ${roleName}`, bundle.role.missing));
    else if (!bundle.role.value.trustPolicy.ok) out.missing.push(describeMissing('resource', `the trust policy of role ${roleName}`, bundle.role.value.trustPolicy.missing));
    else out.resource = { name: `trust policy of role ${roleName}`, document: bundle.role.value.trustPolicy.value };
  } else if (t.kind === 's3') {
    const bucket = bundle.buckets[t.bucket];
    const what = `the bucket policy of ${t.bucket}`;
    // A directory bucket's policy is S3 Express's (s3express:GetBucketPolicy on its own endpoint), not read here.
    if (isDirectoryBucket(t.bucket)) out.missing.push({ slot: 'resource', what, because: 'it is a directory bucket (S3 Express One Zone), whose bucket policy the dashboard does not read' });
    else if (!bucket) out.missing.push({ slot: 'resource', what, because: 'the bucket was not part of the collected evidence' });
    else if (!bucket.policy.ok) out.missing.push(describeMissing('resource', what, bucket.policy.missing));
    else if (bucket.policy.value) out.resource = { name: `bucket ${t.bucket}`, document: bucket.policy.value };
    // Reading or writing object data under SSE-KMS also needs the key: with the bucket's default
    // encryption unread, no KMS check could be derived, so an allow here is not the whole answer.
    // It can only add a denial, so it never makes a proven denial unknown (see couldFlip).
    if (bucket && !isDirectoryBucket(t.bucket) && !bucket.encryption.ok && OBJECT_DATA.has(req.request.action)) {
      const piece = describeMissing('encryption', `the default encryption of bucket ${t.bucket}`, bucket.encryption.missing);
      out.missing.push({ ...piece, because: `${piece.because}; if it is SSE-KMS, the key's policy decides too` });
    }
  } else if (t.kind === 'kms') {
    const key = bundle.keys[t.keyRef];
    const what = `the key policy of ${t.keyArn}`;
    if (!key) out.missing.push({ slot: 'resource', what, because: 'the key was not part of the collected evidence' });
    else if (!key.policy.ok) out.missing.push(describeMissing('resource', what, key.policy.missing));
    else out.resource = { name: `key ${t.keyArn}`, document: key.policy.value };
  } else if (t.kind === 'ecr' && req.request.resource !== '*') {
    repositoryPolicy(bundle, req, out);
  }
}

function endpointInputs(req: PlannedRequest, path: S3Path, out: PolicyInputs): void {
  if (req.target.kind !== 's3') return;
  if (path.kind === 'unknown') {
    const piece = describeMissing('network', path.what, path.missing);
    out.missing.push(path.because ? { ...piece, because: path.because } : piece);
  }
  if (path.kind !== 'endpoint') return;
  if (!path.policy.ok) out.missing.push(describeMissing('vpce', `the policy of VPC endpoint ${path.endpointId}`, path.policy.missing));
  else if (path.policy.value) out.endpoint = { id: path.endpointId, document: path.policy.value };
}

/** Every policy AWS would consult for this request, and what could not be read. */
export function gatherPolicyInputs(bundle: EvidenceBundle, req: PlannedRequest, path: S3Path): PolicyInputs {
  const out: PolicyInputs = { identity: [], missing: [] };
  if (req.target.kind !== 'trust') roleInputs(bundle, out);
  resourceInputs(bundle, req, out);
  endpointInputs(req, path, out);
  return out;
}
