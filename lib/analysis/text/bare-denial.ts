/**
 * A denial in words, without the request it refused quoted in AWS's form: "Access Denied", a 403,
 * "insufficient permissions", a principal said not to have the permissions or to need an action. Which
 * request it was is read around it (read-observations.ts); here only whether, and where, it is the job's.
 */

import { conditionBefore } from './condition-clause';
import { AWS_HOST_NAME, hostsIn } from './failure-parts';
import { matchWhere } from './grammar-verdict';
import { isSourceLineAt, lineAt, lineBefore } from './line-window';
import { iamActionNamed, PASCAL_OPERATION } from './operations';
import { isWarningLineAt } from './quiet-lines';
import { holds } from './word-gate';

// SageMaker's own download/upload failures say only this much (AWS-NOTES): the stage decides.
// A console's "Insufficient permissions to list objects" is the same refusal in words.
// So is a principal said not to have the permissions ("The pipeline execution role does not have
// sufficient permissions to the job"): the refusal in words, without the request it refused.
// The permissions may be named by the system that grants them ("Insufficient Glue permissions to access
// table", "Insufficient Lake Formation permission(s)": aws/sagemaker-python-sdk#6048,
// aws/amazon-sagemaker-examples#2079): at most three words between, as a service is named.
// A principal's permissions said to need an IAM action added ("update the permissions of your execution
// role to include: sagemaker:listSpaces", Studio's banner in aws/amazon-sagemaker-feedback#190) are the
// same refusal worded as its fix, the action it lacked named (captured). So is a role (or an IAM user or
// principal) the service asks to make sure has sufficient permissions ("Please ensure that the execution
// role for variant AllTraffic has sufficient permissions for creating an endpoint variant within a VPC",
// the HyperPod inference troubleshooting guide): the refusal worded as its fix, the permissions not named.
// A Linux user or a file said to need permissions is a mode in the container, not the role's. s3fs raises
// S3's 403 to a HEAD (no body, so no code) as "PermissionError: Forbidden"; TeamCity's S3 artifacts plugin heads S3's
// fields with "Failed to publish artifacts: AWS error: Forbidden" (round 147). The OS's "[Errno 13] Permission
// denied: 's3://…'" is a local writer given an s3:// path as a file name, not S3 refusing it. The AWS SDK for C++ names
// the code in its enum's capitals, as Apache Arrow prints it ("AWS Error ACCESS_DENIED during HeadObject operation", round
// 135): RARER_DENIAL below. Hadoop names S3 by its file systems' schemes ("AccessControlException: Permission denied:
// s3n://…", round 191). Bedrock's own sentences for a model refused (MODEL_DENIED, below); Application Auto Scaling a
// caller's missing permissions ("User is missing the following permissions: execute-api:Invoke:…"), API Gateway its own to
// invoke a Lambda function ("Execution failed due to configuration error: Invalid permissions on Lambda function", round 197).
// Bedrock says a denial of a model its own way, under whatever code ("You don't have access to the model with the specified
// model ID", "Knowledge base role is not able to call specified embedding model", rounds 148 and 190), not when its reason is
// the request's ("… model: The provided model identifier is invalid", the sixty-third review): a refusal here, and under a
// validation code what overrules it (offered-denial.ts).
export const MODEL_DENIED = /\bYou (?:don't|do not) have access to the model\b|\brole(?: [^\s]{1,300})? is not able to call (?:the )?specified\b(?![^\n]{0,300}?\b(?:is invalid|does not exist|not found)\b)/i;
const GENERIC_DENIAL_FORMS =
  /\b(?:ensure|make sure|verify) (?:that )?(?:the |your |its |this )?(?:[\w-]{1,30} ){0,3}?(?:role|principal|IAM user)\b(?: [^\s]{1,120}){0,4}? has (?:the )?(?:sufficient|enough|necessary|required|adequate|proper|the right) (?:permissions?|privileges)\b|\bAccess ?Denied(?:Exception|Error)?\b|\binsufficient (?:[\w-]{1,30}[ \t]){0,3}?(?:permissions?|privileges)(?:\(s\))?(?![\w(])|\bpermissions? (?:of|for) (?:the |your |its |this )?[\w-]{1,30}(?: [\w-]{1,30}){0,3}? (?:role|user|principal)\b[^\n]{0,20}? (?:to|must|should|needs? to) include:?[ \t]{0,4}(?!arn:|aws:)([a-z][a-z0-9-]{1,30}:[A-Za-z][A-Za-z0-9*]{0,80})(?![\w*]{0,80}:)|\b(?:does|do|did)(?: not|n't) have (?:the )?(?:(?:sufficient|enough|necessary|required|adequate|proper|the right) )?(?:permissions?|privileges)\b|\bPermissionError: Forbidden\b|\bAWS error: Forbidden\b|\bThe requested URL returned error: 403\b|\bHTTP response code: 403\b|\b403\b[^\n]{0,20}?\bForbidden\b|\bForbidden\b[^\n]{0,20}?\b403\b|\(403\)|\bHTTP(?:\/[\d.]+)? 403\b|Status ?Code: ?403\b|operation: Forbidden\b|\bnot\s{1,16}authorized\b|(?<!\[Errno 13\] )\bpermission denied\b.{0,40}?\b(?:s3[an]?|bucket)\b|\bis missing the following permissions?\b|\bconfiguration error: Invalid permissions on Lambda function\b/i;
const GENERIC_DENIAL = new RegExp(`${GENERIC_DENIAL_FORMS.source}|${MODEL_DENIED.source}`, 'i');
// Every alternative of GENERIC_DENIAL holds one of these.
const GENERIC_DENIAL_WORDS = ['access', 'denied', '403', 'forbidden', 'authorized', 'insufficient', 'have', 'include', 'ensure', 'make sure', 'verify', 'not able to call', 'missing the following permission', 'invalid permissions on lambda'];
// Two rarer forms, in a pattern of their own so the common one is not slowed for them: the AWS SDK for C++'s code as Arrow
// prints it (above), and the VPC CNI's "Unauthorized operation: failed to call ec2:CreateTags due to missing permissions"
// (round 143), only with the AWS action it called (a file "… due to missing permissions" is a mode in the container).
// The .NET SDK's 403 without a body ("Error making request with Error Code Forbidden and Http Status Code Forbidden. No
// further error information was returned by the service.") and S3's AllAccessDisabled in its words ("All access to this
// object has been disabled"), round 149. The Ruby SDK's class for a 403 without a code ("AWS::S3::Errors::Forbidden",
// Fluentd's S3 output, round 147) and Bedrock's "Knowledge base role arn:… is not able to call specified embedding model …" (round 148).
const RARER_DENIAL = /\bAWS Error ACCESS_DENIED\b|\brole [^\s]{1,300} is not able to call (?:the )?specified\b|\bAws::\w{1,30}::Errors::Forbidden\b|\band Http Status Code Forbidden\b|\bAll access to this object has been disabled\b|\bfailed to call [a-z0-9-]{1,40}:[A-Za-z]\w{1,80} due to missing (?:IAM )?permissions?\b/i;
const RARER_DENIAL_WORDS = ['aws error access_denied', 'due to missing', 'status code forbidden', 'all access to this object', 'errors::forbidden', 'not able to call'];
// The SageMaker Python SDK's check of the caller before a HyperPod job ("PermissionError: Missing SageMaker permissions:
// sagemaker:DescribeCluster required", round 235): the permissions missing, the IAM action named after them. Case-sensitive,
// so the action is an IAM action's (`service:PascalCase`), not a file's mode ("missing permissions: rwx:rw").
const MISSING_NAMED_PERMISSIONS = /\b[Mm]issing (?:[A-Za-z][\w-]{1,30} ){0,2}[Pp]ermissions?:? ["'`]?[a-z][a-z0-9-]{1,30}:[A-Z][A-Za-z0-9]{1,80}\b/;
// A principal said not to have one permission, named by its API action, for the resource it refused
// (SageMaker's endpoint FailureReason "The role '…' does not have BatchGetImage permission for the image:
// '…'", huggingface/notebooks#385): the refusal in words, the action it lacked named (captured), bare or
// as an IAM action. Case-sensitive, so the name is an API action's (PascalCase, two humps at least), not a
// word ("does not have write permission to /opt/ml" is a file's mode). Not an action lacked as "access": read
// after round 45 ("The CDK generated IAM role does not have kms:Decrypt access to the key", aws/aws-cdk#12810),
// it was a writer's remark or advice as often as a refusal (the twenty-second review), and was taken back.
// A service that checks the role's permission before it starts says it could not confirm it ("Could not validate
// GetObject permissions to access Amazon S3 bucket: …", Bedrock's model customization job, round 101): the same
// refusal, found by the service's own check.
const UNCONFIRMED = String.raw`(?:[Cc]ould not|[Cc]ouldn't|[Uu]nable to|[Ff]ailed to) (?:validate|verify|confirm)`;
const NAMED_PERMISSION = String.raw`(?:the )?["'\`]?([a-z][a-z0-9-]{1,30}:[A-Z][A-Za-z0-9]{1,80}|${PASCAL_OPERATION})["'\`]? permissions? (?:for|on|to)\b`;
const LACKS_NAMED_PERMISSION = new RegExp(String.raw`\b(?:(?:does|do|did)(?: not|n't) have|${UNCONFIRMED}) ${NAMED_PERMISSION}`);
// SageMaker says it of the execution role it was given, the action after the sentence that asks to verify it ("SageMaker is
// unable to use your associated ExecutionRole [arn:…] to create app. Verify that your associated ExecutionRole has permission
// for 'sagemaker:CreateApp'.", Studio's, the hundred-and-twenty-seventh review): the role's check, the action it lacked named.
const ROLE_UNUSABLE = /\b[Uu]nable to use (?:your |the |its )?(?:associated )?[Ee]xecution ?[Rr]ole\b[^\n]{0,300}?\bhas (?:the )?permissions? (?:for|to perform|to call) ["'`]?([a-z][a-z0-9-]{1,30}:[A-Z][A-Za-z0-9]{1,80})\b/;
/** A permission a service's own check could not confirm, its action named (offered-denial.ts reads it under a validation code). */
export const PERMISSION_UNCONFIRMED = new RegExp(String.raw`\b${UNCONFIRMED} ${NAMED_PERMISSION}|${ROLE_UNUSABLE.source}`);
const LACKS_NAMED_WORDS = ['permission'];
const LACKS_NAMED_VERBS = [' have ', 'validate', 'verify', 'confirm'];
// An HTTP client library's report of the status a server answered: urllib's HTTPError ("HTTP Error 403:
// Forbidden") and requests' ("403 Client Error: Forbidden for url: …"). The 403 is that server's; it is
// a denial of the job's role only when the server is AWS's (a presigned S3 URL), so a line of this shape
// naming no AWS host is another server's refusal (the MNIST host a training script downloads from,
// aws/amazon-sagemaker-examples#2044), not a request of the role's. So is git's (curl's) "The requested URL returned error:
// 403": CodeCommit's refusal when the host is AWS's (round 153), GitHub's otherwise. ClickHouse's S3 client says "HTTP
// response code: 403" (round 160).
const HTTP_CLIENT_STATUS = /\bHTTP Error 403:|\b403 Client Error\b|\bThe requested URL returned error: 403\b/;
/** Whether a line (as written, names unmasked) names an AWS host, an S3 location or an ARN. */
// A host whose region a reader redacted ("git-codecommit.<region>.amazonaws.com") is still AWS's.
const namesAws = (line: string): boolean => /\bs3:\/\/|\barn:aws|[\w>}]\.amazonaws\.com(?:\.cn)?(?![\w.-])/.test(line) || hostsIn(line).some((h) => AWS_HOST_NAME.test(h));

const OFFERED_AS_OTHER_CAUSE = /\b(?:cannot be resolved|do(?:es)? not exist|not found)\b[^\n]{0,80}?\bor (?:the )?(?:requester|caller|you|user) (?:is|are) $/i;

/**
 * The first bare denial that is the job's: not an HTTP client's 403 from a server that is not AWS's (a
 * dataset host a script downloads from answers 403 on every mirror it tries, torchvision's MNIST among
 * them), which a real denial may follow.
 */
const HANDLER_SOURCE = /^[ \t]{1,40}except\b[^\n]{0,300}:[ \t]*$/;
const NO_SUCH_ATTRIBUTE = /\bhas no attribute '[\w.]{1,120}'/;
const WENT_ON_PAST = /\b(?:continuing|proceeding|falling back|skipping|ignoring)\b/i;
const STRING_BUILT = /^[ \t]{0,40}[A-Za-z_][\w.]{0,60}[ \t]{0,4}\+?=[ \t]{0,4}[fbru]{0,2}['"]/;

function firstDenial(words: string, lower: string, message: string): RegExpExecArray | undefined {
  const jobs = (m: RegExpExecArray) => {
    if (!namesGrantingSystem(m[0])) return false;
    // A denial offered as the other cause ("Column 'x' cannot be resolved or requester is not authorized to access requested
    // resources", Athena's COLUMN_NOT_FOUND, round 142) does not say which happened.
    if (OFFERED_AS_OTHER_CAUSE.test(lineBefore(words, m.index))) return false;
    const own = lineAt(words, m.index, m[0].length);
    // A traceback's source line that handles the class ("    except self.client.exceptions.AccessDeniedException:", round 173)
    // is the code naming it, not an answer; so is the AttributeError that says the client has no such class.
    if (HANDLER_SOURCE.test(own) || NO_SUCH_ATTRIBUTE.test(own)) return false;
    // Nor a string the code builds on a traceback's source line, under its frame ("    err_msg = 'Insufficient permissions ({}
    // failed) for ' + base_url", ClearML's check_write_permissions, round 194): the code's words, not what was answered.
    if (STRING_BUILT.test(own) && isSourceLineAt(words, m.index)) return false;
    return !HTTP_CLIENT_STATUS.test(own) || namesAws(lineAt(message, m.index, m[0].length));
  };
  // A denial a log line warned of and went on past ("WARNING export: head_bucket failed (… (403) … HeadBucket operation:
  // Forbidden); assuming bucket exists") is not the one that failed when another follows (the thirty-ninth review).
  const passWarned = lower.includes('warn');
  let warned: RegExpExecArray | undefined;
  const keep = (m: RegExpExecArray) => {
    if (!jobs(m)) return false;
    if (!passWarned || !isWarningLineAt(words, m.index)) return true;
    // A warning that says the program went on past it ("… is missing the following permissions: s3:ListBucket, …; continuing",
    // a pre-flight check, the sixty-third review) is no refusal that failed, even alone. One it will retry is still the refusal
    // (Mimir's "Unable to successfully connect to configured object storage (will retry)", round 162).
    if (!WENT_ON_PAST.test(lineAt(words, m.index, m[0].length))) warned ??= m;
    return false;
  };
  const unwarned =
    matchWhere(lower, GENERIC_DENIAL_WORDS, GENERIC_DENIAL, words, keep) ?? matchWhere(lower, RARER_DENIAL_WORDS, RARER_DENIAL, words, keep) ?? matchWhere(lower, ['missing'], MISSING_NAMED_PERMISSIONS, words, keep);
  return unwarned ?? warned;
}

// "Insufficient <system> permissions" names the system that grants them ("Glue", "Lake Formation", "IAM
// role", "s3"); the local file system's, a directory's and a driver's permissions ("insufficient file
// system permissions on /opt/ml/checkpoints", "insufficient write permissions for ~/.cache", "insufficient
// driver permissions") are modes in the container, not a denied request.
const LOCAL_PERMISSION_WORDS = /^insufficient (?:[\w-]{1,30} ){0,2}?(?:file|files|filesystem|directory|folder|write|read|execute|driver|local|disk|posix|unix|linux|os|user|root|sudo|shm|device|mount|cache|container)\b/i;

function namesGrantingSystem(match: string): boolean {
  return !LOCAL_PERMISSION_WORDS.test(match);
}

/**
 * "does not have <Action> permission for …" when the action is AWS's: an IAM action, an API operation the
 * catalogue knows (BatchGetImage), or any action said of an AWS role or user by its ARN. Another system's
 * permission by name (Databricks' CanManage, Salesforce's ViewAllData) is that system's refusal, not the role's.
 */
const AWS_PRINCIPAL = /\barn:aws[\w-]{0,20}:(?:iam|sts)::/;
// A condition's clause before it on its line ("If your role does not have kms:Decrypt access to the key, the job
// will fail"): a writer's advice about what would fail, not a refusal that happened.
// Not "when": "Deploy step failed when creating model X - the execution role does not have …" is a time.
const inCondition = conditionBefore({ reach: 160 });

// A service's own check names what it checked the permission for: an AWS resource on its line ("… to access Amazon S3
// bucket: …"). An action's name alone is no AWS request ("Failed to verify PutObject permissions on FTP server directory
// …", the forty-sixth review).
const CHECKED_ON_AWS = /\b(?:Amazon|AWS|S3|KMS|ECR|bucket)\b|\barn:aws|\bs3:\/\/|\b[a-z][a-z0-9-]{1,30}:[A-Z]\w/;

function lacksAwsPermission(words: string, lower: string, message: string): RegExpExecArray | undefined {
  const unusable = lower.includes('unable to use') ? ROLE_UNUSABLE.exec(words) : null;
  if (unusable?.[1] && iamActionNamed(unusable[1])) return unusable;
  if (!LACKS_NAMED_WORDS.every((w) => holds(lower, w)) || !LACKS_NAMED_VERBS.some((w) => holds(lower, w))) return undefined;
  const m = LACKS_NAMED_PERMISSION.exec(words);
  const named = m?.[1];
  if (!m || !named) return undefined;
  if (inCondition(words, m.index)) return undefined;
  const line = lineAt(message, m.index, m[0].length);
  // A check a log line warned of and went on past is not the refusal that failed (the forty-sixth review).
  if (!m[0].includes(' have ') && (isWarningLineAt(words, m.index) || !CHECKED_ON_AWS.test(line))) return undefined;
  return iamActionNamed(named) || AWS_PRINCIPAL.test(line) ? m : undefined;
}


/**
 * The first bare denial in `words` (the masked message; `lower` its lower-cased copy, `message` as written,
 * for the hosts and ARNs the mask blanks) that is the job's, with its place; its first group is the action
 * it names as lacking, when it names one.
 */
export function findBareDenial(words: string, lower: string, message: string): RegExpExecArray | undefined {
  return firstDenial(words, lower, message) ?? lacksAwsPermission(words, lower, message) ?? operationDenial(words, lower);
}

// "Access Denial" said of an API operation the catalogue knows ("Fails with GetObject Access Denial", an issue's title, the
// hundred-and-twenty-seventh review), the operation captured: the noun alone is as often a writer's topic ("the troubleshooting
// guide for Access Denial errors").
const OPERATION_DENIAL = new RegExp(String.raw`\b(${PASCAL_OPERATION}) Access Denial\b`);
function operationDenial(words: string, lower: string): RegExpExecArray | undefined {
  const m = lower.includes('access denial') ? OPERATION_DENIAL.exec(words) : null;
  return m?.[1] && iamActionNamed(m[1]) ? m : undefined;
}

// Another cloud's refusal, named by its client or host on the denial's lines (Google Cloud Storage's "403 GET
// https://storage.googleapis.com/…: … does not have storage.objects.get access", Azure Storage's AuthorizationPermissionMismatch,
// the ninety-sixth review; gsutil's "….iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud
// Storage bucket", and S3-compatible stores by their hosts: R2, Spaces, Wasabi, the ninety-seventh), or a package index's
// (conda's "CondaHTTPError: HTTP 403 FORBIDDEN for url <https://conda.anaconda.org/nvidia/…>", the hundred-and-ninth review; PyPI's):
// no AWS policy decided it, and no grant to the execution role can answer it. So is a code host's token refused ("fails with HTTP
// 403 … because the GITHUB_TOKEN lacks write permissions", a CI job, the hundred-and-forty-ninth review).
const OTHER_CLOUD = /\bgoogle\.(?:api_core|cloud|auth)\.|\bgoogleapis\.com\b|\biam\.gserviceaccount\.com\b|\bGoogle Cloud Storage\b|\.r2\.cloudflarestorage\.com\b|\.digitaloceanspaces\.com\b|\bwasabisys\.com\b|\bazure\.(?:core|storage|identity)\.|\.(?:blob|dfs|file|queue)\.core\.windows\.net\b|\bAuthorizationPermissionMismatch\b/;
// A code host's token or API on the denial's lines, where the denial's own line is not AWS's own form (botocore's sentence, an
// AWS principal): "CI uses GITHUB_TOKEN to push. … (AccessDenied) when calling the PutObject operation" is S3's refusal.
const CODE_HOST = /\bGITHUB_TOKEN\b|\bapi\.github\.com\b|\bghcr\.io\b|\bGITLAB_TOKEN\b|\bgitlab\.com\b/;
const CODE_HOST_WORDS = ['github_token', 'api.github.com', 'ghcr.io', 'gitlab'];
const AWS_DENIAL_FORM = /\bwhen calling the \w{1,80} operation\b|\barn:aws/;
// A package index is named on the refusal's own line (its URL after "for url"): a post may quote it just above an S3 denial.
const PACKAGE_INDEX = /(?:\/\/|\b)(?:conda\.anaconda\.org|repo\.anaconda\.com|pypi\.org|files\.pythonhosted\.org)\b/;
const OTHER_CLOUD_WORDS = ['google', 'gserviceaccount', 'azure', 'windows.net', 'authorizationpermissionmismatch', 'cloudflarestorage', 'digitaloceanspaces', 'wasabisys'];
const PACKAGE_INDEX_WORDS = ['anaconda', 'pypi.org', 'pythonhosted'];

/** Whether the denial's lines (`near`) name another cloud's client or host, or its own line (`own`) a package index. */
export function otherCloudDenial(lower: string, near: string, own: string): boolean {
  return (
    (OTHER_CLOUD_WORDS.some((w) => lower.includes(w)) && OTHER_CLOUD.test(near)) ||
    (PACKAGE_INDEX_WORDS.some((w) => lower.includes(w)) && PACKAGE_INDEX.test(own)) ||
    (CODE_HOST_WORDS.some((w) => lower.includes(w)) && CODE_HOST.test(near) && !AWS_DENIAL_FORM.test(own))
  );
}
