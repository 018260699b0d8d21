import { accountOfArn, roleNameOfArn, roleSessionArn, slug } from '../arns';
import { STAGES, type DeniedRequest, type Stage } from '../diagnosis';
import type { EvidenceBundle } from '../evidence';
import { stageOfAction } from '../text';
import { listedPrefix } from './listed-prefix';
import type { S3Path } from './network-path';
import type { PlannedRequest, RequestTarget } from './planned-request';
import { baseContext, bucketOwner, keyUseContext, networkContext } from './request-context';

/** What the text layer read: the request AWS quoted as denied, and the stage the words name. */
export interface QuotedHint {
  denied?: DeniedRequest;
  stage?: Stage;
  /**
   * Context keys the quoted request carries once the code that sends it is changed (the encryption
   * header a fix asks the training script to send): set only when re-simulating such a fix.
   */
  context?: Record<string, string>;
}

const S3_READ = /^s3:(?:Get|List|Head)/i;

function unquote(resource: string): string {
  return resource.replace(/^"|"$/g, '');
}

/**
 * Does this request stand on the resource AWS's words name without an action ("Unable to download object s3://…"): one of the
 * resource's own service (`ecr:GetAuthorizationToken` on `*` covers every ARN, so not one on `*`), on that object or under
 * the prefix the words name.
 */
export function standsOnResource(req: PlannedRequest, resource: string): boolean {
  const named = unquote(resource);
  const service = named.split(':')[2];
  const { action, resource: shown } = req.request;
  if (!service || action.split(':')[0] !== service || shown === '*') return false;
  return matchesQuoted(req, { resource: named, action }) || (named.endsWith('/') && shown.startsWith(named));
}

/** Does this planned request stand for the quoted one (same action, same resource or under its prefix)? */
export function matchesQuoted(req: PlannedRequest, denied: DeniedRequest | undefined): boolean {
  if (!denied?.action || denied.action.toLowerCase() !== req.request.action.toLowerCase()) return false;
  if (!denied.resource) return true;
  const r = unquote(denied.resource);
  const shown = req.request.resource;
  return r === shown || r === req.simulatedResource || (shown.endsWith('*') && r.startsWith(shown.slice(0, -1)));
}

function isJobRole(bundle: EvidenceBundle, principal: string | undefined): boolean {
  if (!principal) return true;
  const role = roleNameOfArn(bundle.job.roleArn);
  return principal.includes(`:assumed-role/${role}/`) || principal.endsWith(`:role/${role}`) || principal.endsWith(`/${role}`);
}

function targetOf(bundle: EvidenceBundle, action: string, resource: string): { target: RequestTarget; account: string | undefined } {
  const service = action.split(':')[0]?.toLowerCase();
  const s3 = /^arn:aws[\w-]*:s3:::([^/]+)(?:\/(.*))?$/.exec(resource);
  if (service === 's3' && s3?.[1]) {
    const key = s3[2] ?? '';
    const prefix = key.includes('/') ? key.slice(0, key.lastIndexOf('/') + 1) : '';
    return { target: { kind: 's3', bucket: s3[1], direction: S3_READ.test(action) ? 'read' : 'write', prefix }, account: bucketOwner(bundle, s3[1]) };
  }
  const account = accountOfArn(resource) ?? bundle.accountId;
  if (service === 'kms') {
    const ref = Object.entries(bundle.keys).find(([r, k]) => r === resource || (k.metadata.ok && k.metadata.value.arn === resource))?.[0] ?? resource;
    return { target: { kind: 'kms', keyRef: ref, keyArn: resource, via: 's3-read' }, account };
  }
  if (service === 'logs') return { target: { kind: 'logs' }, account };
  if (service === 'ecr') return { target: { kind: 'ecr', repositoryAccountId: account }, account };
  if (service === 'ec2') return { target: { kind: 'ec2' }, account };
  return { target: { kind: 'other' }, account };
}

// The stages in which SageMaker reads and writes S3 for the job: a key it was refused there was used through S3.
const S3_STAGES: readonly Stage[] = ['input', 'output', 'checkpoints'];

/**
 * The context of a quoted KMS request as SageMaker makes it, when the text names the stage it failed in: through S3 in the
 * stages that move the job's data (`kms:ViaService`, so the grant that answers it is no wider than S3's use of the key, as
 * for the keys the job's own configuration names), and a grant for the volume only for AWS resources. Without a stage the
 * code may have called KMS itself, and nothing is assumed.
 */
function quotedKeyContext(bundle: EvidenceBundle, stage: Stage | undefined, action: string): Record<string, string> {
  if (stage && S3_STAGES.includes(stage)) return keyUseContext(bundle, 's3');
  if (stage === 'volume' && action.toLowerCase() === 'kms:creategrant') return keyUseContext(bundle, 'volume');
  return {};
}

/**
 * The denied request the text quotes, when it is the job's role and none of SageMaker's own requests
 * covers it: typically the training code calling S3 or KMS itself. Evaluating it is how a denial
 * outside SageMaker's own stages is proven.
 */
export function quotedRequest(bundle: EvidenceBundle, path: S3Path, hint: QuotedHint | undefined, planned: PlannedRequest[]): PlannedRequest | undefined {
  const denied = hint?.denied;
  if (!denied?.action || !denied.resource || !isJobRole(bundle, denied.principal)) return undefined;
  if (planned.some((p) => matchesQuoted(p, denied))) return undefined;
  const resource = unquote(denied.resource);
  const { target, account } = targetOf(bundle, denied.action, resource);
  if (target.kind === 'other' && !/^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(denied.action)) return undefined;
  const stage = hint?.stage ?? stageOfAction(denied.action, resource) ?? 'input';
  const context: Record<string, string> = { ...baseContext(bundle), ...(target.kind === 's3' ? networkContext(path) : {}), ...(target.kind === 'kms' ? quotedKeyContext(bundle, hint?.stage, denied.action) : {}) };
  // The prefix a quoted listing asked for decides an `s3:prefix` condition, and the grant's own.
  const prefix = target.kind === 's3' && denied.action === 's3:ListBucket' ? listedPrefix(bundle, target.bucket) : undefined;
  if (prefix) context['s3:prefix'] = prefix;
  Object.assign(context, hint?.context);
  return {
    id: slug(`${stage}-quoted-${denied.action}`),
    stage,
    title: `Make the request quoted in the failure: ${denied.action} on ${resource}`,
    request: { principal: roleSessionArn(bundle.job.roleArn), action: denied.action, resource, context },
    simulatedResource: resource,
    resourceAccountId: account,
    target,
  };
}

/**
 * The planned requests on a prefix (`s3:GetObject` on `b/train/*`) simulate a stand-in object under it. When AWS's words
 * name the very object (quoted with its action, or "Unable to download object s3://…"), that object is simulated instead:
 * a policy that allows or denies part of the prefix must be judged on the object the job was refused, not on the stand-in.
 */
export function pinToNamedObject(planned: PlannedRequest[], denied: DeniedRequest | undefined): PlannedRequest[] {
  const named = denied?.resource ? unquote(denied.resource) : undefined;
  if (!named || !/^arn:aws[\w-]*:s3:::[^/]+\/./.test(named) || /[*?]/.test(named) || named.endsWith('/')) return planned;
  return planned.map((p) => {
    const shown = p.request.resource;
    const covers = p.target.kind === 's3' && shown.endsWith('*') && named.startsWith(shown.slice(0, -1));
    const sameAction = !denied?.action || denied.action.toLowerCase() === p.request.action.toLowerCase();
    return covers && sameAction ? { ...p, simulatedResource: named, namedResource: named } : p;
  });
}

/**
 * A manifest channel names its data objects in the manifest, which the dashboard does not read, so SageMaker's own
 * requests cover only the manifest. When AWS's words name the data object it refused to read ("Unable to download object
 * s3://…"), that object is a request of its own: the role must be able to read every object the manifest lists (API
 * reference, S3DataSource.S3Uri), and a policy that allows the manifest but not the data is what refused it.
 */
export function manifestObjectRequest(bundle: EvidenceBundle, path: S3Path, denied: DeniedRequest | undefined, planned: PlannedRequest[]): PlannedRequest | undefined {
  const named = denied?.resource ? unquote(denied.resource) : undefined;
  if (!named || !/^arn:aws[\w-]*:s3:::[^/]+\/./.test(named) || /[*?]/.test(named) || named.endsWith('/')) return undefined;
  if (denied?.action && denied.action.toLowerCase() !== 's3:getobject') return undefined;
  const channel = bundle.job.inputChannels.find((c) => /Manifest/i.test(c.s3DataType));
  if (!channel || planned.some((p) => p.target.kind === 's3' && (p.namedResource === named || p.simulatedResource === named))) return undefined;
  const { target, account } = targetOf(bundle, 's3:GetObject', named);
  return {
    id: slug(`input-${channel.name}-manifest-object-s3-getobject`),
    stage: 'input',
    title: `Download ${named.replace(/^arn:aws[\w-]*:s3:::/, 's3://')}, listed in the manifest of channel ${channel.name}`,
    request: { principal: roleSessionArn(bundle.job.roleArn), action: 's3:GetObject', resource: named, context: { ...baseContext(bundle), ...networkContext(path) } },
    simulatedResource: named,
    namedResource: named,
    resourceAccountId: account,
    target,
  };
}

/** Insert a request after the last one of its stage (or an earlier stage), keeping stage order. */
export function insertInStageOrder(planned: PlannedRequest[], extra: PlannedRequest): PlannedRequest[] {
  const rank = (s: Stage) => STAGES.indexOf(s);
  const at = planned.reduce((pos, p, i) => (rank(p.stage) <= rank(extra.stage) ? i + 1 : pos), 0);
  return [...planned.slice(0, at), extra, ...planned.slice(at)];
}
