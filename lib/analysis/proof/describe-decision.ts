import { roleNameOfArn } from '../arns';
import type { DecidedBy, PolicyType } from '../diagnosis';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import type { DecidingReason } from './deciding-reason';
import type { PolicyInputs } from './policy-inputs';
import { statementAt } from './statements';

function resourcePolicyType(req: PlannedRequest): PolicyType {
  switch (req.target.kind) {
    case 's3':
      return 'bucket-policy';
    case 'kms':
      return 'key-policy';
    case 'trust':
      return 'trust-policy';
    default:
      return 'resource';
  }
}

/** Turns the simulator's deciding reason into the DecidedBy the page quotes. Undefined for a missing route or a key's state. */
export function describeDecision(bundle: EvidenceBundle, req: PlannedRequest, inputs: PolicyInputs, reason: DecidingReason): DecidedBy | undefined {
  const roleName = roleNameOfArn(bundle.job.roleArn);
  const base = { denialType: reason.denialType, statementId: reason.statementId, statementIndex: reason.statementIndex };
  const quote = (doc: PolicyDocument | undefined) => (reason.denialType === 'explicit' ? statementAt(doc, reason.statementIndex) : undefined);
  switch (reason.slot) {
    case 'route':
    case 'key-state':
      return undefined;
    case 'identity': {
      const policy = inputs.identity.find((p) => p.name === reason.policyName);
      if (policy && reason.denialType === 'explicit') {
        return { ...base, policyType: 'identity', policyName: policy.name, policyArn: policy.arn, statement: quote(policy.document.ok ? policy.document.value : undefined) };
      }
      return { ...base, policyType: 'identity', policyName: `role ${roleName}` };
    }
    case 'boundary': {
      const b = inputs.boundary;
      return { ...base, policyType: 'boundary', policyName: b?.name ?? 'permissions boundary', policyArn: b?.arn, statement: quote(b?.document.ok ? b.document.value : undefined) };
    }
    case 'resource': {
      const r = inputs.resource;
      const name = r?.name ?? (req.target.kind === 's3' ? `bucket ${req.target.bucket}` : req.request.resource);
      return { ...base, policyType: resourcePolicyType(req), policyName: name, statement: quote(r?.document) };
    }
    case 'vpce': {
      const e = inputs.endpoint;
      return { ...base, policyType: 'vpc-endpoint', policyName: e ? `VPC endpoint ${e.id}` : 'VPC endpoint policy', statement: quote(e?.document) };
    }
    case 'scp':
    case 'rcp':
      return { ...base, policyType: reason.slot, policyName: reason.policyName ?? reason.slot.toUpperCase() };
  }
}

/** One sentence on why a request was denied. */
export function denialSentence(bundle: EvidenceBundle, req: PlannedRequest, decided: DecidedBy | undefined): string {
  const roleName = roleNameOfArn(bundle.job.roleArn);
  // Judged on the object AWS named when there is one: a statement may deny part of the prefix only.
  const what = `${req.request.action} on ${req.namedResource ?? req.request.resource}`;
  if (!decided) return `${what} is denied`;
  if (decided.denialType === 'explicit') {
    const sid = decided.statementId ? `statement "${decided.statementId}"` : `statement ${decided.statementIndex ?? '?'}`;
    return `${sid} of ${describePolicy(decided)} explicitly denies ${what}`;
  }
  switch (decided.policyType) {
    case 'identity':
      return `no identity policy of role ${roleName} allows ${what}`;
    case 'boundary':
      return `the permissions boundary ${decided.policyName} does not allow ${what}`;
    case 'key-policy':
      return `the key policy of ${req.request.resource} does not allow role ${roleName} ${req.request.action} (it neither names the role nor delegates to the account)`;
    case 'bucket-policy':
      return `the bucket policy of ${decided.policyName.replace(/^bucket /, '')} does not grant role ${roleName} ${what} (the bucket is in another account, so it must)`;
    case 'trust-policy':
      return `the trust policy of role ${roleName} does not allow sagemaker.amazonaws.com to call sts:AssumeRole`;
    case 'vpc-endpoint':
      return `the policy of ${decided.policyName} does not allow ${what}`;
    default:
      return `${describePolicy(decided)} does not allow ${what}`;
  }
}

export function describePolicy(decided: DecidedBy): string {
  switch (decided.policyType) {
    case 'identity':
      return `identity policy ${decided.policyName}`;
    case 'boundary':
      return `permissions boundary ${decided.policyName}`;
    case 'bucket-policy':
      return `the bucket policy of ${decided.policyName.replace(/^bucket /, '')}`;
    case 'key-policy':
      return `the key policy of ${decided.policyName.replace(/^key /, '')}`;
    case 'trust-policy':
      return `the ${decided.policyName}`;
    case 'vpc-endpoint':
      return `the policy of ${decided.policyName}`;
    default:
      return decided.policyName;
  }
}
