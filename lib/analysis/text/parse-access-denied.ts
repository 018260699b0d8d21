import type { DeniedRequest } from '../diagnosis';
import { policyTypeOfPhrase } from './policy-type';
import { trimTrailing } from './trim-trailing';

// "User: <principal> is not authorized to perform: <action> [on resource: <arn>] <context>"; the
// principal is optional because some services (and log excerpts) drop the "User:" lead.
// Copies of the message wrap it anywhere ("is not\n authorized", "with\nan explicit deny"): AWS writes one
// line, so every gap between its words is read as bounded whitespace, newlines included.
// The verb varies by service: "not authorized", SageMaker Unified Studio's "not permitted", "not allowed".
// An STS assume operation is STS's whatever the wording, so a denial may name it bare, and the role it
// names as "on role <arn>" ("CodePipeline is not authorized to perform AssumeRole on role arn:aws:iam::…"):
// read as sts:<operation> on that role.
const DENIAL = /(?:is\s{1,16})?not\s{1,16}(?:authorized|permitted|allowed)\s{1,16}to\s{1,16}perform:?\s{0,16}([A-Za-z0-9-]+:[A-Za-z0-9*]+|AssumeRole(?:WithWebIdentity|WithSAML)?\b)(?:\s{1,16}on\s{1,16}(?:resource:|role:?)\s{0,16}("[^"\n]*"|\S+))?/i;
const BARE_STS_OPERATION = /^AssumeRole/i;
// The principal is looked for only right before the denial, in a bounded window: one regex with an
// optional `(\S+)\s+` lead retried at every "User:" or "arn:aws" of a long spaceless line is quadratic.
const PRINCIPAL_BEFORE = /(?:(?:User|Role|Principal):\s*(\S+)|\b(arn:aws[\w-]*:(?:sts|iam)::\S+))\s+$/i;
const PRINCIPAL_WINDOW = 2048;
// The policy-type phrase and the spaces around it are bounded (AWS's longest phrase, "permissions
// boundary", is 20 characters): unbounded, a long run of spaces after "deny in a" is rescanned once
// per character of the phrase, which is quadratic.
// The phrase ends at its head noun ("… policy", "… policies", "permissions boundary"), whatever follows it
// (S3's XML body's "</Message>", a Markdown backtick, a log formatter's " | "), or else where a character
// that is no word of it, or a word of the sentence after it, follows.
const END = String.raw`(?:\s{1,16}polic(?:y|ies)\b|(?<=boundar(?:y|ies))\b|(?=\s{0,16}[^A-Za-z\s-]|\s{0,16}$|\s{1,16}-\s|\s{1,16}(?:because|for|on|and)\b))`;
// A paste may cut the sentence's head with an ellipsis ("unauthorized to call ec2:RunInstances⏎... explicit deny in a
// service control policy ...", a workshop's Karpenter log, round 140): only after "with an" or an ellipsis, not a guide's
// prose ("An explicit deny in an SCP overrides any allow").
const EXPLICIT = new RegExp(String.raw`(?:with\s{1,16}an|(?:\.\.\.|…))\s{1,16}explicit\s{1,16}deny\s{1,16}in\s{1,16}(?:an?\s{1,16}|the\s{1,16})?([A-Za-z -]{1,40}?)` + END, 'i');
// Older messages say only "with an explicit deny", naming no policy type.
const BARE_EXPLICIT = /\bwith\s{1,16}an\s{1,16}explicit\s{1,16}deny\b/i;
const IMPLICIT = /because\s{1,16}no\s{1,16}([A-Za-z -]{1,40}?)(?:\s{1,16}polic(?:y|ies))?\s{1,16}allows?\s{1,16}the\b/i;
const TRANSITIVE = new RegExp(String.raw`transitively\s{1,16}through\s{1,16}(?:an?\s{1,16}|the\s{1,16})?([A-Za-z -]{1,40}?)` + END, 'i');
// The implicit sentence names the action at its end ("… because no identity-based policy allows the iam:PassRole
// action"): a paste that cut the sentence's head still says which request was refused (round 140), and the resource
// before it when "on resource:" is left. Its reason clause alone, in parentheses or on a line of its own, with AWS's name of a
// policy type ("(no identity-based policy allows the s3:ListBucket action)", a post quoting the reason, the hundred-and-forty-third
// review), says the same.
const IMPLICIT_NAMING_ACTION = /(?:\bon\s{1,16}resource:\s{0,16}(\S{1,2048})\s{1,16})?(?:because\s{1,16}|(?<=^|[(\n])[ \t]{0,4}(?=no\s{1,16}(?:identity-based|resource-based|session|service control|resource control|VPC endpoint|permissions boundary)\b))no\s{1,16}[A-Za-z -]{1,40}?(?:\s{1,16}polic(?:y|ies))?\s{1,16}allows?\s{1,16}the\s{1,16}([a-z0-9-]{1,40}:[A-Za-z0-9*]{1,120})\s{1,16}action\b/i;
// KMS's own wording for a ciphertext whose key policy does not let the caller in.
const KMS_NO_RESOURCE_POLICY = /no (resource-based) polic(?:y|ies) allows? access/i;
const POLICY_ARN = /(?:polic(?:y|ies)|boundary)\s*:\s*(arn:aws[\w-]*:[^\s"',;]+)/i;

/**
 * Trailing sentence punctuation is not part of an ARN; S3 wraps the ARN in double quotes. Nor is a backslash: one is an escape
 * a log wrote out after it (Terraform's quoted error, "…key/x\\n\\tstatus code: 400", round 168).
 */
function cleanResource(raw: string): string {
  const escape = raw.indexOf('\\');
  return trimTrailing((escape < 0 ? raw : raw.slice(0, escape)).replace(/^"|"$/g, ''), '.,;:)');
}

function cleanPrincipal(raw: string): string {
  return trimTrailing(raw.replace(/^"|"$/g, ''), '.,;:');
}

/** The principal named right before the denial at `index`, and where it starts. */
function principalBefore(message: string, index: number): { principal: string; start: number } | undefined {
  const from = Math.max(0, index - PRINCIPAL_WINDOW);
  const m = PRINCIPAL_BEFORE.exec(message.slice(from, index));
  const principal = m?.[1] ?? m?.[2];
  return m && principal ? { principal, start: from + m.index } : undefined;
}

export interface AccessDeniedMatch {
  denied: DeniedRequest;
  /** The denial sentence as it appears in the message (to the end of its line). */
  excerpt: string;
}

/**
 * The request an enhanced AccessDenied message quotes, with the policy type and denial type when
 * AWS names them. Undefined when the message quotes no request (a bare "Access Denied").
 */
export function parseAccessDenied(message: string): DeniedRequest | undefined {
  return matchAccessDenied(message)?.denied;
}

/**
 * The "why" half of a denial message: which policy type AWS named, explicit or implicit, and the
 * policy ARN newer messages append. Also used on messages that name a policy type but quote no
 * request in the usual form.
 */
export function readDenialContext(text: string, action?: string): Pick<DeniedRequest, 'policyType' | 'denialType' | 'policyArn'> {
  const context: Pick<DeniedRequest, 'policyType' | 'denialType' | 'policyArn'> = {};
  // "...in a VPC endpoint policy transitively through a service control policy": the SCP decided.
  const explicit = TRANSITIVE.exec(text) ?? EXPLICIT.exec(text);
  const implicit = explicit ? undefined : IMPLICIT.exec(text);
  // KMS does not say whether the key policy lacked an allow or denied: the type only.
  const keyPolicy = explicit || implicit ? undefined : KMS_NO_RESOURCE_POLICY.exec(text);
  const phrase = explicit?.[1] ?? implicit?.[1] ?? keyPolicy?.[1];
  if (explicit || BARE_EXPLICIT.test(text)) context.denialType = 'explicit';
  if (implicit) context.denialType = 'implicit';
  if (phrase) {
    const policyType = policyTypeOfPhrase(phrase, action);
    if (policyType) context.policyType = policyType;
  }
  const arn = POLICY_ARN.exec(text)?.[1];
  if (arn) context.policyArn = cleanResource(arn);
  return context;
}

/** A denial whose head was cut, read from its implicit sentence's action (and resource). */
function implicitNamingAction(message: string): AccessDeniedMatch | undefined {
  const m = message.includes('because') || message.includes(' allows the ') ? IMPLICIT_NAMING_ACTION.exec(message) : null;
  const action = m?.[2];
  if (!m || !action) return undefined;
  // The reason clause alone reads as the sentence it was cut from, so its policy type and denial type are read the same way.
  const clause = /\bbecause\b/i.test(m[0]) ? message.slice(m.index) : `because ${message.slice(m.index)}`;
  const denied: DeniedRequest = { action, ...(m[1] ? { resource: cleanResource(m[1]) } : {}), ...readDenialContext(clause, action) };
  const lineEnd = message.indexOf('\n', m.index);
  return { denied, excerpt: message.slice(m.index, lineEnd === -1 ? undefined : lineEnd).slice(0, 600).trim() };
}

/** parseAccessDenied, plus where in the message the denial was found. */
export function matchAccessDenied(message: string): AccessDeniedMatch | undefined {
  const m = DENIAL.exec(message);
  if (!m) return implicitNamingAction(message);
  const [, action, resource] = m;
  const denied: DeniedRequest = {};
  const before = principalBefore(message, m.index);
  if (before) denied.principal = cleanPrincipal(before.principal);
  if (action) denied.action = BARE_STS_OPERATION.test(action) ? `sts:${action}` : action;
  if (resource) denied.resource = cleanResource(resource);

  Object.assign(denied, readDenialContext(message.slice(m.index + m[0].length), action));
  const start = before?.start ?? m.index;
  const lineEnd = message.indexOf('\n', start);
  const excerpt = message.slice(start, lineEnd === -1 ? undefined : lineEnd).slice(0, 600).trim();
  return { denied, excerpt };
}
