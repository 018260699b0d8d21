import { isNonDenialCode } from './error-families';
import { lineAt } from './line-window';
import { isWarningLineAt } from './quiet-lines';
// The API operation an SDK error names ("when calling the GetObject operation") as the IAM action it
// needs: SageMaker's own S3 failures often say only this and "Access Denied".
const ACTION_OF_OPERATION: Readonly<Record<string, string>> = {
  GetObject: 's3:GetObject',
  HeadObject: 's3:GetObject',
  ListObjects: 's3:ListBucket',
  ListObjectsV2: 's3:ListBucket',
  ListObjectVersions: 's3:ListBucketVersions',
  ListBuckets: 's3:ListAllMyBuckets',
  DeleteObjects: 's3:DeleteObject',
  HeadBucket: 's3:ListBucket',
  // minio-go's calls as restic wraps their errors ("client.BucketExists: Access Denied.", round 162).
  BucketExists: 's3:ListBucket',
  StatObject: 's3:GetObject',
  RemoveObject: 's3:DeleteObject',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  CreateBucket: 's3:CreateBucket',
  CopyObject: 's3:PutObject',
  PutObject: 's3:PutObject',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  AbortMultipartUpload: 's3:AbortMultipartUpload',
  Decrypt: 'kms:Decrypt',
  GenerateDataKey: 'kms:GenerateDataKey',
  Encrypt: 'kms:Encrypt',
  CreateGrant: 'kms:CreateGrant',
  AssumeRole: 'sts:AssumeRole',
  GetAuthorizationToken: 'ecr:GetAuthorizationToken',
  BatchGetImage: 'ecr:BatchGetImage',
  GetDownloadUrlForLayer: 'ecr:GetDownloadUrlForLayer',
  CreateLogStream: 'logs:CreateLogStream',
  CreateLogGroup: 'logs:CreateLogGroup',
  PutLogEvents: 'logs:PutLogEvents',
  PutMetricData: 'cloudwatch:PutMetricData',
  CreateNetworkInterface: 'ec2:CreateNetworkInterface',
};

// Operation names are PascalCase, but copies lower-case them (the AWS CLI's "fatal error: an error
// occurred (403) when calling the headobject operation: forbidden"): they are looked up without case.
const ACTION_OF_LOWER_OPERATION: ReadonlyMap<string, string> = new Map(
  Object.entries(ACTION_OF_OPERATION).map(([operation, action]) => [operation.toLowerCase(), action]),
);

// botocore's sentence, or the operation given as a field of a report ("AccessDenied: Access Denied\n
// Operation: HeadObject\nBucket: …"), as S3 clients and log formatters print a failed request.
// The Go SDK v2 (and Terraform's AWS provider, which prints its errors) names the service and the
// operation before the response: "operation error S3: GetObject, https response error StatusCode: 403". The
// JavaScript SDK v3 names it only in its stack, in the deserializer that threw ("at de_GetObjectCommandError",
// older "deserializeAws_restXmlPutObjectCommandError"). The PHP SDK names it first, quoted ("Error executing \"PutObject\"
// on \"https://…\"; AWS HTTP error: …"), and Fluent Bit's AWS outputs before the code ("PutObject API responded with
// error='AccessDenied'", round 147); Go's head broken after "operation" by a tool's box ("… with AWS KMS: operation⏎
// | error KMS: Decrypt, https response error …", Flux's SOPS, round 149), whose second line names the call alone; minio-go's
// callers' "unexpected error from ListObjects on <bucket>: Access Denied" (Grafana Tempo, round 152); a CloudTrail record's
// "eventName" (round 155); CodePipeline's "permissions to call s3.putObject" (the SDK's method, round 161); minio-go's calls as
// restic wraps them ("client.PutObject: Access Denied.") and the JavaScript SDK v3's in a URL's query ("?x-id=PutObject", round
// 162; only with the 4xx or 5xx status after the URL: another request's line that succeeded is not the call, the fifty-ninth review); the Ruby SDK's log line in snake case ("[Aws::STS::Client 403 0.29 0 retries]
// assume_role(role_arn: …) Aws::STS::Errors::AccessDenied", round 149), looked up without its underscores.
const OPERATION =
  /when calling the '?(\w{1,80})'? operation|(?:^|\n)[ \t]{0,8}Operation:[ \t]{0,8}(\w{1,80})[ \t]*(?:\n|$)|\boperation(?:[ \t]|[ \t]?\n[ \t|]{0,12})error [A-Za-z0-9 ]{1,40}: (\w{1,80}),|\bde(?:serializeAws_(?:restXml|restJson1|json1_[01]|query|ec2))?_?([A-Z][A-Za-z0-9]{1,80}?)CommandError\b|\bError executing \\?"([A-Z]\w{1,80})\\?" on\b|\b([A-Z][a-z]\w{1,80}) API responded with error='|\[Aws::\w{1,40}::Client \d{3} [\d.]{1,12} \d{1,3} retries\] ([a-z][a-z0-9_]{1,80})\(|(?:^|\n)[ \t|]{0,12}error [A-Za-z0-9 ]{1,40}: (\w{1,80}), https response error\b|\berror from ([A-Z][a-z]{2,8}(?:[A-Z][a-z0-9]{0,30}){1,4}) on [^\s:]{1,255}:|"eventName"[ \t]?:[ \t]?"([A-Z]\w{1,80})"|\bto call s3\.([a-z][A-Za-z]{2,60})\b|\bclient\.([A-Z][a-z]{2,8}(?:[A-Z][a-z0-9]{0,30}){1,4}): |[?&]x-id=([A-Z][a-z]{2,8}(?:[A-Z][a-z0-9]{0,30}){1,4})\b(?=[^\s]{0,1024}[ \t]{1,4}[45]\d\d\b)/i;
const OPERATION_WORDS = ['peration', 'CommandError', 'Error executing', 'API responded', ' retries] ', 'https response error', 'error from ', '"eventName"', 'to call s3.', 'client.', 'x-id='];
// The fields may come on one line when a page or a log joins them ("Access Denied Operation: HeadObject
// Bucket: b Key: k"): in its own case, the field then ends where the next "Name:" label starts. (botocore's
// lower-case tail "HeadObject operation: Forbidden" is not a field: BARE_OPERATION reads it.)
const JOINED_OPERATION_FIELD = /\sOperation:[ \t]{0,8}([A-Z][A-Za-z0-9]{1,80})[ \t]{1,8}(?=[A-Z][a-z]{1,20}:)/;
// The operation named bare before its message when a copy (an issue title, a log line) kept only the
// end: "GetBucketLocation operation: Access Denied".
const BARE_OPERATION = /(?:^|[\s"'(])([A-Z][a-z]{2,8}(?:[A-Z][a-z0-9]{0,30}){1,6}) operation:/;
// S3's API names say what they touch: an object or a bucket (and its settings), read or written. The
// IAM action of a bucket or object operation is mostly its own name (s3:GetBucketLocation). Only a
// name still in its own case can be turned into an action.
const S3_OPERATION = /^(?:Get|Head|List|Put|Delete)(?:Object|Bucket)[A-Za-z]{0,40}$/;

// The operation in words after what the caller lacked, as consoles and tools say it ("Insufficient
// permissions to list objects", "not allowed to put object"): its words joined are the operation.
const OPERATION_IN_WORDS = /\b(?:permissions?|privileges?|authorized|allowed) to ([a-z]{2,20}(?: [a-z]{2,20}){1,3})\b/i;

/** The IAM action behind the operation an SDK error message names, when we know it. */
export function actionOfOperation(message: string): string | undefined {
  const m = OPERATION_WORDS.some((w) => message.includes(w)) ? OPERATION.exec(message) : null;
  const operation =
    m?.[1] ??
    m?.[2] ??
    m?.[3] ??
    m?.[4] ??
    m?.[5] ??
    m?.[6] ??
    m?.[7]?.replace(/_/g, '') ??
    m?.[8] ??
    m?.[9] ??
    m?.[10] ??
    m?.[11] ??
    m?.[12] ??
    m?.[13] ??
    (message.includes('Operation:') ? JOINED_OPERATION_FIELD.exec(message)?.[1] : undefined) ??
    (message.includes(' operation:') ? BARE_OPERATION.exec(message)?.[1] : undefined);
  if (operation) return ACTION_OF_LOWER_OPERATION.get(operation.toLowerCase()) ?? (S3_OPERATION.test(operation) ? `s3:${operation}` : undefined);
  const words = message.includes(' to ') ? OPERATION_IN_WORDS.exec(message)?.[1] : undefined;
  if (!words) return undefined;
  // The longest run of the words that names an operation: "list objects in bucket x" is ListObjects.
  const parts = words.toLowerCase().split(' ');
  for (let n = parts.length; n > 1; n--) {
    const action = ACTION_OF_LOWER_OPERATION.get(parts.slice(0, n).join(''));
    if (action) return action;
  }
  return undefined;
}

// An API operation's name as prose and logs write it bare, in its own PascalCase ("GetObject", "CreateNetworkInterface",
// "ListObjectsV2"): a short verb, then up to five capitalised words. The refusals that name an operation without botocore's
// sentence (bare-denial.ts, generic-denial.ts) read it with this one shape and check it with iamActionNamed below.
export const PASCAL_OPERATION = String.raw`[A-Z][a-z]{1,12}(?:[A-Z][a-z0-9]{0,20}){1,5}`;

/**
 * The IAM action a refusal names as the permission it lacked: as written when it is one already
 * ("sagemaker:listSpaces"), else the action of an API action named bare ("does not have BatchGetImage
 * permission for the image"): known operations, and S3's object and bucket operations.
 */
export function iamActionNamed(name: string): string | undefined {
  if (name.includes(':')) return name;
  return ACTION_OF_LOWER_OPERATION.get(name.toLowerCase()) ?? (S3_OPERATION.test(name) ? `s3:${name}` : undefined);
}

const OPERATION_EVERYWHERE = new RegExp(OPERATION.source, 'gi');
const MAX_NAMED = 20;
// botocore's code on the line that names the operation ("An error occurred (404) when calling the HeadObject operation").
const CODE_OF_CALL = /\(([\w.]{1,80})\)'? when calling\b/;

/**
 * The IAM action of the one operation a message names, however far from its denial: a Lambda's JSON record whose
 * "errorType" is AccessDenied and whose stack, a dozen lines below, names the call ("deserializeAws_restXmlPutObjectTagging
 * CommandError", round 164). Not an operation on a warning's line, nor one whose own sentence gives another family's code (a
 * HeadObject's 404 handled earlier in the log is another call's, the fifty-ninth review). Undefined when the message names
 * none, several, or one it cannot map.
 */
export function soleActionNamed(message: string): string | undefined {
  if (!OPERATION_WORDS.some((w) => message.includes(w))) return undefined;
  let action: string | undefined;
  let named = 0;
  for (const m of message.matchAll(OPERATION_EVERYWHERE)) {
    if (++named > MAX_NAMED) return undefined;
    const code = CODE_OF_CALL.exec(lineAt(message, m.index, m[0].length))?.[1];
    if (isWarningLineAt(message, m.index) || (code !== undefined && isNonDenialCode(code))) continue;
    const each = actionOfOperation(m[0]);
    if (!each || (action !== undefined && each !== action)) return undefined;
    action = each;
  }
  return action;
}

// botocore's sentence right after the code it quotes: "(AccessDenied) when calling the GetObject operation".
// (The AWS CLI v1 of 2021 quoted the operation: "when calling the 'PutObject' operation", round 167.) A service relaying a
// denial it met names the action itself ("ClientError: Access Denied when calling sts:AssumeRole on arn:…:role/…", a Neo
// compilation job's, the seventy-seventh review).
const CALL_AFTER_CODE = /^\)?[ \t]{0,3}when calling (?:the '?(\w{1,80})'? operation\b|([a-z][a-z0-9-]{1,30}:[A-Z][A-Za-z0-9]{1,80})\b)/;

/**
 * The IAM action of the call whose error code ends just before `at`: the denial's own sentence. A line may hold two
 * (SageMaker Runtime's InvokeEndpoint answering with a container's message that quotes its own GetObject refusal),
 * and the refused call is the one the denial's code belongs to.
 */
export function actionOfCallAfter(text: string, at: number): string | undefined {
  const call = CALL_AFTER_CODE.exec(text.slice(at, at + 120));
  const operation = call?.[1] ?? call?.[2];
  return operation ? iamActionNamed(operation) : undefined;
}
