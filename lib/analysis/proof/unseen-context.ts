import type { PolicyDocument } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import { documentsRead, type MissingPiece, type PolicyInputs } from './policy-inputs';
import { statementsOf } from './statements';

/**
 * Condition keys AWS sets on the job's requests with values the dashboard never reads: the role's
 * organization, the caller's IP addresses, the resource's organization and tags, the time, and the
 * services a call came through (IAM User Guide, "AWS global condition context keys"); and
 * aws:userid when GetRole's RoleId was not read (with it, the implied context sets the key). The simulator
 * takes an absent key as absent, so a perimeter guard ("Deny unless aws:PrincipalOrgID is o-…")
 * would always apply and an Allow that needs the key would never; either way a verdict that turns on
 * one of these keys is not proven. Each entry is a key, or a prefix ending in "/" for a family of tag
 * keys; all lower case, as AWS compares key names.
 *
 * Not among them: an object's tags (`s3:ExistingObjectTag/…`), judged untagged as
 * AmazonSageMakerFullAccess's tag-conditioned read is in practice (a limit docs/diagnosis.md
 * states); and S3's TLS version, since S3 accepts 1.2 at least and the guard AWS recommends ("Deny
 * when s3:TlsVersion < 1.2") never applies, as the simulator finds with the key absent.
 */
const UNSEEN: readonly string[] = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalorgmasteraccount',
  'aws:userid',
  'aws:sourceip',
  'aws:vpcsourceip',
  'aws:ec2instancesourcevpc',
  'aws:ec2instancesourceprivateipv4',
  'aws:resourceorgid',
  'aws:resourceorgpaths',
  'aws:resourcetag/',
  'aws:tokenissuetime',
  'aws:currenttime',
  'aws:epochtime',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:viaawsservice',
  // A key's aliases when ListAliases could not be read (the implied context sets them when it was), and the alias a
  // request names, which the dashboard cannot know SageMaker or S3 sends.
  'kms:resourcealiases',
  'kms:requestalias',
  // A key's properties when DescribeKey could not be read (the implied context sets them when it was).
  'kms:keyorigin',
  'kms:keyspec',
  'kms:keyusage',
  'kms:multiregion',
  // How S3 authenticated the request: header or query string (a presigned URL) or POST; which SageMaker uses is not
  // documented (the signature version is: Signature Version 4, set in the implied context).
  's3:authtype',
];

type Statement = Record<string, unknown>;

function isUnseen(key: string, context: Record<string, unknown>): boolean {
  const k = key.toLowerCase();
  if (Object.keys(context).some((c) => c.toLowerCase() === k)) return false;
  // Through a VPC endpoint a request carries aws:VpcSourceIp and no aws:SourceIp; any other way, the reverse (IAM User
  // Guide, global condition keys): the absent one is known absent.
  const viaEndpoint = 'aws:SourceVpce' in context;
  if ((k === 'aws:sourceip' && viaEndpoint) || (k === 'aws:vpcsourceip' && !viaEndpoint)) return false;
  // A grant an AWS service creates for the role (the training volume's) comes through that service, which AWS's pages do
  // not name: kms:ViaService is unseen there. Elsewhere its absence is known (S3's requests set it; the code's own do not).
  if (k === 'kms:viaservice') return context['kms:GrantIsForAWSResource'] === 'true';
  return UNSEEN.some((u) => (u.endsWith('/') ? k.startsWith(u) : k === u));
}

/** Which keys a rewrite takes as open: every unseen key, or one of them. */
type Open = (key: string) => boolean;

function conditionOf(statement: Statement): Record<string, Record<string, unknown>> {
  const c = statement.Condition;
  return typeof c === 'object' && c !== null && !Array.isArray(c) ? (c as Record<string, Record<string, unknown>>) : {};
}

/** The condition keys a statement reads, as it wrote them. */
export function conditionKeysOf(statement: Statement): string[] {
  return Object.values(conditionOf(statement)).flatMap((block) => (typeof block === 'object' && block !== null ? Object.keys(block) : []));
}

function unseenKeysOf(statement: Statement, open: Open): string[] {
  return conditionKeysOf(statement).filter(open);
}

/** A condition no request meets (it needs a key nobody sets): the statement stays in place, so indexes hold, but never applies. */
const NEVER = { Null: { 'jobtriage:unsatisfiable': 'false' } };

/** The statement with its conditions on the open keys taken as met. */
function assumeMet(statement: Statement, open: Open): Statement {
  const kept = Object.entries(conditionOf(statement))
    .map(([op, block]) => [op, Object.fromEntries(Object.entries(block).filter(([k]) => !open(k)))] as const)
    .filter(([, block]) => Object.keys(block).length > 0);
  const { Condition: _dropped, ...rest } = statement;
  return kept.length ? { ...rest, Condition: Object.fromEntries(kept) } : rest;
}

/**
 * The document as it reads when every unseen key takes the value that lets the request through
 * (`lean: 'allow'`: denies on them never apply, allows on them always do) or that stops it
 * (`lean: 'deny'`).
 */
function leaned(document: PolicyDocument, open: Open, lean: 'allow' | 'deny'): PolicyDocument {
  const statements = statementsOf(document);
  if (!statements.some((s) => unseenKeysOf(s, open).length > 0)) return document;
  const rewrite = (s: Statement): Statement => {
    if (unseenKeysOf(s, open).length === 0) return s;
    const helps = (s.Effect === 'Allow') === (lean === 'allow');
    return helps ? assumeMet(s, open) : { ...s, Condition: NEVER };
  };
  return { ...document, Statement: statements.map(rewrite) };
}

function leanedInputs(inputs: PolicyInputs, open: Open, lean: 'allow' | 'deny'): PolicyInputs {
  const doc = (d: PolicyDocument) => leaned(d, open, lean);
  return {
    ...inputs,
    identity: inputs.identity.map((p) => (p.document.ok ? { ...p, document: { ok: true as const, value: doc(p.document.value) } } : p)),
    boundary: inputs.boundary?.document.ok ? { ...inputs.boundary, document: { ok: true as const, value: doc(inputs.boundary.document.value) } } : inputs.boundary,
    resource: inputs.resource ? { ...inputs.resource, document: doc(inputs.resource.document) } : undefined,
    endpoint: inputs.endpoint ? { ...inputs.endpoint, document: doc(inputs.endpoint.document) } : undefined,
  };
}

/** The unseen keys any statement of the inputs reads, each once, as the policy wrote it. */
export function unseenKeys(req: PlannedRequest, inputs: PolicyInputs): string[] {
  const context = req.request.context ?? {};
  const keys = documentsRead(inputs).flatMap((d) => statementsOf(d).flatMap((s) => unseenKeysOf(s, (k) => isUnseen(k, context))));
  return [...new Map(keys.map((k) => [k.toLowerCase(), k])).values()];
}

/** A leaned simulation's verdict; `open` when pieces that were not read could still lift an implicit denial. */
export type LeanedOutcome = 'allowed' | 'denied' | 'open';

/**
 * Whether the verdict turns on an unseen key: the request is simulated twice more, once with every
 * unseen key at the value that lets it through and once at the value that stops it; when the two
 * disagree (an explicit denial on one side and, on the other, an implicit one that an unread policy
 * could lift counts as disagreeing), the policies the dashboard read cannot decide. The keys named are the ones that flip it
 * alone (each leaned in turn), else all of them. Each key is leaned statement by statement, not to
 * one value for all: two statements that read one key in opposite senses can be leaned apart, so the
 * answer may be "not known" where a single value would have decided (docs/diagnosis.md says so).
 */
export async function unseenContextDoubt(
  req: PlannedRequest,
  inputs: PolicyInputs,
  simulate: (inputs: PolicyInputs) => Promise<LeanedOutcome | undefined>,
): Promise<MissingPiece[]> {
  const keys = unseenKeys(req, inputs);
  if (keys.length === 0) return [];
  const context = req.request.context ?? {};
  const flips = async (open: Open) => {
    const [through, stopped] = await Promise.all([simulate(leanedInputs(inputs, open, 'allow')), simulate(leanedInputs(inputs, open, 'deny'))]);
    return through !== undefined && stopped !== undefined && through !== stopped;
  };
  if (!(await flips((k) => isUnseen(k, context)))) return [];
  const alone = keys.length === 1 ? keys : [];
  if (keys.length > 1) for (const key of keys) if (await flips((k) => k.toLowerCase() === key.toLowerCase())) alone.push(key);
  return (alone.length ? alone : keys).map((key) => ({
    slot: 'context' as const,
    what: `the value of ${key} in the job's requests`,
    because: `AWS sets it on each request and a policy statement's condition reads it, but the dashboard cannot see it, so whether that statement applies is not known`,
  }));
}
