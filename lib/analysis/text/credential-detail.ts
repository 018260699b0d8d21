/**
 * A credential's own failure in the words of whoever refused it: a token or signature AWS did not accept,
 * no credentials found at all, a token that expired. The request was refused for its credentials, whatever
 * the refusal around them says.
 */

import { RAISED_LINE } from './client-traceback';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt, lineContinuedAt, linesAround } from './line-window';
import { FEDERATION_REFUSED } from './offered-denial';
import { isLoggedBelowErrorAt, isWarningLineAt } from './quiet-lines';

// AWS's message for an unknown or malformed key (STS's "The security token included in the request is
// invalid", and the same sentence of a service's own token: Livy's "JWT token included in request failed
// validation" behind EMR's notebooks), and botocore's for no credentials at all.
// A request signed wrongly or too late (Signature Version 4's own messages) is the same family.
// The other SDKs' words for no credentials at all name the provider chain they walked and found
// nothing in: Go's "NoCredentialProviders: no valid providers in chain", Java's "Unable to load AWS
// credentials from any provider in the chain", JavaScript's "Could not load credentials from any
// providers", Rust's "no providers in chain provided credentials". botocore's ProfileNotFound in its own words, as
// the AWS CLI prints it without the class ("The config profile (acme) could not be found"): no credentials to sign with.
// The Ruby SDK's MissingCredentialsError in its two sentences ("unable to sign request without credentials set", "missing
// credentials, provide credentials with one of the following options", round 149). IAM Identity Center's GetRoleCredentials
// refusing the session's token ("UnauthorizedException: Session token not found or invalid"), the JavaScript SDK's "The SSO
// session associated with this profile has expired" and aws-vault's "No credentials found for profile x", "profile x:
// credentials missing" (round 157). The .NET SDK's "Unable to find credentials", the PowerShell tools' "No credentials specified
// or obtained from persisted/shell defaults", STS's "Request is missing Authentication Token" (a request sent unsigned) and
// S3's InvalidAccessKeyId in words, "The AWS Access Key Id you provided does not exist in our records" (round 161). AWS.jl's
// "Can't find AWS credentials!" and its IMDSUnavailable, "The Instance Metadata Service is unavailable on the host" (round 177).
// The Kubernetes API server's 401 (a HyperPod EKS cluster's, as client-go and kubectl report it: "the server has
// asked for the client to provide credentials", "error: You must be logged in to the server (Unauthorized)"): the
// caller's token was not accepted, expired or not mapped to an identity the cluster knows. The Python client's
// ApiException says it as "(401)⏎Reason: Unauthorized" above the cluster's Status body, whose code is 401 (the HyperPod
// CLI's version check, round 122).
// S3's answer to a request that carried no signature at all ("AccessDenied … No AWSAccessKey was presented.", round 135):
// the client found no credentials to sign with, whatever operation it was. OAuth's "invalid_grant" (IAM Identity Center's
// token service refusing the refresh token, the AWS CLI's debug log) is the session's credential refused. The Java SDK's
// providers each say "Unable to load AWS credentials from <where>" (environment variables, the /credentials endpoint), at
// DEBUG for each provider it tries: only as an exception's message or an ERROR record is it the chain's failure (round 136,
// the read-through).
// Hadoop's S3 clients say so in their own words: S3A's "No AWS Credentials provided by BasicAWSCredentialsProvider …", the
// older s3/s3n's "AWS Access Key ID and Secret Access Key must be specified as the username or password …" (round 142).
// An ERROR record may carry its own fields before the message (logback's "ERROR [main] c.e.Export - Unable to load
// credentials from …", the fifty-fifth review), on the same line; a database's "Error message: Unable to load credentials from
// system settings" (StarRocks', round 160) is the exception's message as it relays it.
const NO_CREDENTIALS_SENT =
  /\bNo AWS Credentials provided by\b|\bAWS Access Key ID and Secret Access Key must be specified\b|\bNo AWSAccessKey was presented\b|"error"[ \t]?:[ \t]?"invalid_grant"|(?:(?:Exception|Error)(?: message)?:[ \t]{1,4}|\bERROR\b(?:[ \t]{1,4}|[ \t][^\n]{0,160}?[ \t](?:-|:)[ \t]{1,2}))Unable to load (?:AWS )?credentials from\b/i;
const NO_CREDENTIALS_SENT_WORDS = ['no aws credentials', 'access key id and secret', 'no awsaccesskey', 'invalid_grant', 'unable to load'];
// S3's RequestTimeTooSkewed in its own words, "The difference between the request time and the current time is too large"
// (MinIO's "… and the server's time …"), the Java SDK's "Token expired - needs a refresh" and the Kotlin SDK's "unable to
// resolve identity from ImdsCredentialsProvider" (round 146) are the request's credentials too. Not on a warning's line or
// one that went on ("Clock skew detected: … Retrying with corrected time", the fifty-fifth review): the client corrected
// itself and the failure is elsewhere.
// So are the Ruby SDK's, IAM Identity Center's, the JavaScript SDK's and aws-vault's sentences (rounds 149 and 157, above),
// which a client may warn of and go past ("WARNING: No credentials found for profile 'default' …, falling back to the
// instance role", the fifty-eighth review). So are the AWS Common Runtime's "No signing credentials available" (Mountpoint for
// Amazon S3 and the clients built on the CRT) and s3fs-fuse's "could not determine how to establish security credentials"
// (round 181); the Go SDK v1's web identity provider that could not read the pod's token, "WebIdentityErr: failed fetching
// WebIdentity token" (IRSA in Argo's executor, round 192). Not its "failed to retrieve credentials", which wraps the STS call's
// own failure, read by what it met (a dial timeout is the network's, rounds 136 and 162). LangChain's AWS classes' "Could not
// load credentials to authenticate with AWS client" is their catch-all for any failure to build the client (held `unknown`
// since round 34).
// Rust's clients say it in their own forms: the AWS SDK for Rust's "ConstructionFailure(MissingCredentials)" (its Debug form),
// rusoto's "Couldn't find AWS credentials in environment, credentials file, or IAM role.", and object_store's and aws-config's
// "the credential provider was not enabled" or "… was not properly configured" (round 195).
const CREDENTIALS_REFUSED_IN_WORDS =
  /\bWebIdentityErr: failed fetching WebIdentity token\b|\bConstructionFailure\b[^\n]{0,120}?\bMissingCredentials\b|\bCouldn\\?'t find AWS credentials in environment\b|(?<!['"‘“])\bthe credentials? provider was not (?:enabled|properly configured)\b|\bNo signing credentials available\b|\bcould not determine how to establish security credentials\b|\bThe difference between the request time and the (?:current|server's) time is too large\b|\bToken expired - needs a refresh\b|\bunable to resolve identity from \w{1,60}CredentialsProvider\b|\bunable to sign request without credentials set\b|\bmissing credentials, provide credentials with one of the following options\b|\bSession token not found or invalid\b|\bThe SSO session associated with this profile has expired\b|\bNo credentials found for profile\b|\bprofile [\w.-]{1,64}: credentials missing\b/i;
const CREDENTIALS_REFUSED_IN_WORDS_WORDS = ['time is too large', 'needs a refresh', 'resolve identity from', 'without credentials set', 'missing credentials', 'session token not found', 'sso session', 'no credentials found', 'credentials missing', 'no signing credentials', 'establish security credentials', 'webidentityerr', 'missingcredentials', 'find aws credentials in environment', 'provider was not'];
const refusedAndStopped = (text: string, at: number): boolean => !isLoggedBelowErrorAt(text, at) && !WENT_ON.test(lineAt(text, at));
// S3's SignatureDoesNotMatch sentence may be wrapped after its "does not" (a Kubernetes status message's YAML, round 192). EC2's
// AuthFailure and SigV4's scope check say so in their own words ("AWS was not able to validate the provided access credentials",
// a CloudWatch alarm's action; "Credential should be scoped to correct service: 'execute-api'", round 197). efs-utils says
// it found none for an IAM mount ("AWS Access Key ID and Secret Access Key are not found in AWS credentials file …", the
// eighty-fourth review).
const INVALID_TOKEN =
  /\bThe config profile \([^)\n]{1,100}\) could not be found\b|\b(?:security|JWT|session|access) token included in (?:the )?request (?:is invalid|failed validation)\b|Unable to locate credentials|The provided token is malformed|\bSignature expired\b|signature we calculated does not\s{1,20}match|\bSignature not yet current\b|\bRequest has expired\b|\bno valid providers in (?:the )?chain\b|\b(?:(?:unable|failed) to|could ?not|cannot) load (?:AWS )?credentials from any (?:of the )?providers?\b|\bno providers in (?:the )?chain provided credentials\b|\bUnable to find credentials\b|\bNo credentials specified or obtained from persisted\/shell defaults\b|\bRequest is missing Authentication Token\b|\bThe AWS Access Key Id you provided does not exist in our records\b|\bAWS was not able to validate the provided access credentials\b|\bCredential should be scoped to (?:a valid region|correct service)\b|\bCan't find AWS credentials!|\bThe Instance Metadata Service is unavailable on the host\b|\bthe server has asked for the client to provide credentials\b|\bYou must be logged in to the server \(Unauthorized\)|\bAWS Access Key ID and Secret Access Key are not found in AWS credentials file\b|"kind"[ \t]?:[ \t]?"Status"[^\n]{0,400}?"code"[ \t]?:[ \t]?401\b/i;
// The Kubernetes Python client's ApiException ("(401)⏎Reason: Unauthorized", alone, after the class or after its
// examples' "Exception when calling CoreV1Api->list_namespaced_pod: "): only where the text is Kubernetes' (another
// generated client's ApiException, lakeFS's, is its own service's, the fifty-first review).
const KUBERNETES_CLIENT_401 = /(?:^|\n|ApiException: |Exception when calling [\w>-]{1,80}: )\(401\)[ \t]*\r?\nReason: Unauthorized\b/;
const KUBERNETES_WORDS = /\bkubernetes\b|\bk8s\b|\b[A-Z]\w{0,40}V\d(?:beta\d|alpha\d)?Api\b/i;
// SageMaker Unified Studio's "Invalid or expired auth token. This could be due to third party cookies being disabled
// … Amazon SageMaker Unified Studio Troubleshooting" (round 64): the session's token, only where the text is the
// studio's or AWS's. A Hugging Face Hub, Git, W&B or other service's token in the same words, or the job's own code
// raising them, is that service's (the thirty-third review).
const INVALID_OR_EXPIRED_TOKEN = /\bInvalid or expired (?:auth(?:entication)?|access|session) token\b/i;
const STUDIO_TOKEN_WORDS = /\b(?:SageMaker|Unified Studio|DataZone|AWS)\b/;
const OTHER_TOKEN_OWNER = /hugging ?face|\bHF_\w{0,30}TOKEN\b|\bhf\.co\b|\bwandb\b|\bW&B\b|\bgit(?:hub|lab)?\b|\/opt\/ml\/(?:code|model\/code|program)\b/i;
/** Whether the token said invalid or expired at `at` is the studio's: its lines name the studio or AWS, not another owner, and no exception of a program's carries it. */
function studiosToken(text: string, at: number): boolean {
  const near = linesAround(text, at, 0, TOKEN_OWNER_REACH);
  return STUDIO_TOKEN_WORDS.test(near) && !OTHER_TOKEN_OWNER.test(near) && !RAISED_LINE.test(lineAt(text, at));
}
const TOKEN_OWNER_REACH = { before: 0, after: 2 };
const TOKEN_WORDS = ['token', 'credentials', 'signature', 'scoped to', 'request has expired', 'providers in', 'config profile', 'logged in to the server', 'unauthorized', 'access key id', 'instance metadata service is unavailable'];
// A credential that expired, in the words of whoever issued it: STS's "security token … is expired",
// S3's "provided token has expired", a registry's "Your authorization token has expired". The
// expiry is why the request was refused, whatever the refusal around it says ("pull access denied"). A console's wrap may
// break the sentence onto an indented next line ("The security token⏎         included in the request is expired", Rich's
// log handler, round 189). botocore says it of the credentials it refreshed ("Credentials were refreshed, but the refreshed
// credentials are still expired.", credentials.py, the eightieth review): the client's own credentials, expired. The adjective
// before the noun says the same ("always presents an expired auth token error", the hundred-and-twenty-seventh review), not
// where the token is being refreshed (unless that failed: "error refreshing expired token", the hundred-and-thirty-first review),
// nor "Invalid or expired … token", whose owner INVALID_OR_EXPIRED_TOKEN reads (a partner's API, wandb's, are not AWS's).
const TOKEN_EXPIRED = /\b(?:authori[sz]ation|security|session|access|auth|bearer|provided)\s{1,4}token\b(?:[^\n]|\n[ \t]{0,16}(?=[a-z])){0,60}?\b(?:has|is)\s{1,4}expired\b|(?<!\b(?:refresh|renew)(?:ing|ed|es|s)? (?:the |an |your |its )?|\bor )\bexpired (?:AWS |STS )?(?:authori[sz]ation|security|session|access|auth(?:entication)?|bearer) token\b|\b(?:error|failed|failure|unable|could not|cannot)\b[^\n]{0,20}?\brefresh(?:ing)? (?:the |an )?expired (?:[\w-]{1,20} )?token\b|\brefreshed\s{1,4}credentials\s{1,4}are\s{1,4}still\s{1,4}expired\b/i;

/** A credential said to have expired ("security token … is expired", "Your authorization token has expired"). */
export function tokenExpiredVerdict(text: string, lower: string): GrammarVerdict | undefined {
  // Not on a line logged below an error or one that went on ("WARNING … The security token included in the request is expired",
  // then the credentials refreshed and the call retried, the sixty-third review): the client renewed it.
  const expired = findIfWhere(lower, ['expired'], TOKEN_EXPIRED, text, (at) => refusedAndStopped(text, at));
  return expired ? { rule: 'token-expired', cause: 'expired-credentials', strength: 85, excerpt: expired } : undefined;
}

// The providers' own words for having given nothing: botocore's template naming its provider ("Error when retrieving
// credentials from container-role: …", "Error when retrieving token from sso: …"), AWS's metadata service in a client's words
// ("unable to get credentials from AWS metadata store"; not another service's credentials a script fetches, Vault's, the
// fifty-second review), the JavaScript SDK's "Missing credentials in config" and the Go SDK's "failed to refresh cached
// credentials", the .NET SDK's "Unable to get IAM security credentials from EC2 Instance Metadata Service" and the PHP SDK's
// "Error retrieving credentials from the instance profile metadata server" (round 149). They say no credentials came, not
// why, whatever connection failed on the way: a reason the text gives
// with them, a role its provider could not assume ("failed to refresh cached credentials, … EKS does not have permissions
// to assume the associated role", EKS Pod Identity's agent, round 143), is read instead.
const PROVIDER_GAVE_NONE =
  /\bError when retrieving (?:credentials|token) from [\w-]{1,60}:|\b(?:(?:unable|failed) to|could ?not) (?:get|fetch|retrieve|obtain) (?:AWS |IAM security )?credentials from (?:the )?(?:(?:AWS|EC2|ECS|instance|container|task) ){0,3}(?:metadata|IMDS)\b|\bError retrieving credentials from the instance profile metadata server\b|\bMissing credentials in config\b|\bfailed to refresh cached credentials\b/i;
const ASSUME_REFUSED = new RegExp(String.raw`\b(?:permissions?|privileges) to assume\b|\b(?:unable to|could not|cannot) assume\b|\bnot authorized to perform:? sts:AssumeRole|${FEDERATION_REFUSED.source}`, 'i');
// A request to the instance's or the task's credential service that failed on its own line ("error sending request for
// url (http://169.254.169.254/latest/api/token): error trying to connect: tcp connect error", delta-rs on Fargate, round
// 136; "invalid json response body at http://169.254.169.254/latest/meta-data/iam/security-credentials/…", round 135):
// the client got no credentials from it, whatever the network did. So is the instance profile's own path that AWS.jl asks first
// ("during request(http://169.254.169.254/latest/meta-data/iam/info)", round 177).
// EKS Pod Identity's agent answers at 169.254.170.23. Not on a warning's line or one that goes on past the failure
// ("retrying", "falling back to IMDSv1", the fifty-third review): a client that got its credentials after all.
const CREDENTIAL_SERVICE = /\b169\.254\.(?:169\.254\/latest\/(?:api\/token|meta-data\/iam\/\s{0,4}(?:security-credentials|info\b))|170\.2\/v[24]\/credentials|170\.23\/v1\/credentials)\b/;
const FAILED_WORDS = /\b(?:error|errors|failed|failure|timed? ?out|timeout|refused|unreachable|unable|could not|invalid)\b/i;
const WENT_ON = /\b(?:retrying|will retry|falling back|fall(?:s)? back|fallback|using IMDSv1)\b/i;
const CREDENTIAL_SERVICE_ALL = new RegExp(CREDENTIAL_SERVICE.source, 'g');
const MAX_ADDRESSES = 20;
const credentialServiceFailed = (text: string): string | undefined => {
  let seen = 0;
  for (const m of text.matchAll(CREDENTIAL_SERVICE_ALL)) {
    const line = lineAt(text, m.index, m[0].length);
    // Go's "caused by:" line goes with the line it continues ("… will retry 1 times … RequestError: send request failed⏎
    // caused by: Put \"http://169.254.169.254/latest/api/token\": context deadline exceeded", the CloudWatch agent, round 147).
    const head = lineContinuedAt(text, m.index);
    if (FAILED_WORDS.test(line) && !WENT_ON.test(line) && !WENT_ON.test(head) && !isWarningLineAt(text, m.index)) return m[0];
    if (++seen >= MAX_ADDRESSES) break;
  }
  return undefined;
};
// DuckDB's S3 answer names its cause as a sentence of its own (round 136), capitalised ("* No credentials are provided."); a guide's
// "if no credentials are provided, …" is not it (the fifty-third review).
const NO_CREDENTIALS_PROVIDED = /\bNo credentials (?:are|were) provided\b/;

/** A token, signature or profile AWS did not accept, or no credentials at all; the studio's own token only where the text is the studio's. */
export function invalidTokenVerdict(text: string, lower: string): GrammarVerdict | undefined {
  const kubernetes = lower.includes('reason: unauthorized') && KUBERNETES_WORDS.test(text) ? KUBERNETES_CLIENT_401.exec(text)?.[0].trim() : undefined;
  const token = kubernetes ?? findIf(lower, TOKEN_WORDS, INVALID_TOKEN, text) ?? findIf(lower, NO_CREDENTIALS_SENT_WORDS, NO_CREDENTIALS_SENT, text) ?? findIfWhere(lower, CREDENTIALS_REFUSED_IN_WORDS_WORDS, CREDENTIALS_REFUSED_IN_WORDS, text, (at) => refusedAndStopped(text, at)) ?? findIfWhere(lower, ['expired auth', 'expired access', 'expired session'], INVALID_OR_EXPIRED_TOKEN, text, (at) => studiosToken(text, at));
  if (token) return { rule: 'credentials-invalid', cause: 'expired-credentials', strength: 85, excerpt: token };
  // Not on a line logged below ERROR or one that went on ("WARN: Unable to get IAM security credentials … Falling back to
  // environment credentials.", the fifty-sixth review): the client found its credentials elsewhere.
  const none = findIfWhere(lower, ['credentials from', 'token from', 'missing credentials', 'refresh cached credentials'], PROVIDER_GAVE_NONE, text, (at) => refusedAndStopped(text, at));
  // The refusal as the providers' reason comes with or after their sentence; a script's own "Cannot assume role" above it
  // (the JavaScript SDK's error logged under it, round 164) is what the missing credentials did.
  if (none && !ASSUME_REFUSED.test(text.slice(Math.max(0, text.indexOf(none))))) return { rule: 'credentials-invalid', cause: 'expired-credentials', strength: 85, excerpt: none };
  const notProvided = lower.includes('no credentials') ? NO_CREDENTIALS_PROVIDED.exec(text)?.[0] : undefined;
  if (notProvided) return { rule: 'credentials-invalid', cause: 'expired-credentials', strength: 85, excerpt: notProvided };
  const service = lower.includes('169.254.') ? credentialServiceFailed(text) : undefined;
  return service ? { rule: 'credential-service-failed', cause: 'expired-credentials', strength: 85, excerpt: service } : undefined;
}
