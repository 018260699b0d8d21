import type { Stage } from '../diagnosis';

// Words SageMaker uses in its status messages and failure reasons for each stage, most specific first.
// A registry refused to is the image's (Marketplace's "Client error: Access denied for registry", round 96): the
// refusal's own object, not a registry's credentials read elsewhere (ECS's "registry auth from asm", Secrets Manager's
// refusal), nor SageMaker's model registry. A function or service said not to have permission to "access the specified
// image" (Lambda's container image, round 137) or failing to "pull your application image" (App Runner's) is the image's.
const STAGE_WORDS: readonly [RegExp, Stage][] = [
  [/\bassum(?:e|ing) (?:the )?(?:IAM )?role\b/i, 'assume-role'],
  [/training image|container image|\bECR\b|pull(?:ing)? (?:the |your )?(?:application )?image|\baccess (?:the )?specified image\b|\b(?:denied|unauthorized|forbidden) (?:for|to) (?:the )?(?:container |docker |image )?registry\b/i, 'image'],
  // A checkpoint read back is the input's read ("Failed to load checkpoint: Failed to read checkpoint content", delta-rs,
  // round 195); the word inside a name or a path ("_delta_log/_last_checkpoint", "tmp-checkpoint-1000") is no stage.
  [/\b(?:read|load|restor|download|fetch)(?:ing|ed|es|e|s)? (?:the |its |a |an )?(?:[\w-]{1,20} )?checkpoints?\b(?![\w/.-])/i, 'input'],
  [/(?<![\w/.-])checkpoints?(?![\w/.-])/i, 'checkpoints'],
  // Model artifacts said downloaded, fetched, loaded or read, the verb before them or after ("Unable to download model artifacts due
  // to 403 forbidden error", the hundred-and-twenty-seventh review; "Model artifacts could not be downloaded"), are read: the
  // input's, as any download is.
  [/\bupload(?:ing|ed)?\b|(?<!\b(?:download|fetch|load|read)(?:ing|ed|s)? (?:the |your |its |his |her |their )?(?:trained |saved |final )?)model artifacts?\b(?! (?:could not|couldn't|cannot|can't|failed to|were not|was not) be (?:downloaded|fetched|loaded|read)\b)|output data/i, 'output'],
  [/\bdownload(?:ing|ed)?\b|input data|training data/i, 'input'],
];

// The SageMaker Python SDK's status lines as `fit()` streams them ("2023-10-16 12:04:10 Downloading -
// Downloading the training image...", the timestamp perhaps taken off as a line prefix): where the job
// was, printed before whatever failed, not the failure's own words.
/** The secondary statuses the SDK prints a status line with, "<status> - <message>", as a pattern's source. */
export const SDK_STATUS_HEAD = '(?:Starting|Downloading|Training|Uploading|Completed|Failed|Stopping|Stopped|Interrupted|MaxRuntimeExceeded|MaxWaitTimeExceeded) - ';
const SDK_STATUS_LINE = new RegExp(`^(?:\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d )?${SDK_STATUS_HEAD}[^\\n]{0,400}$`, 'gm');

/** The text without the SDK's status lines. */
export function withoutStatusLines(text: string): string {
  return text.includes(' - ') ? text.replace(SDK_STATUS_LINE, '') : text;
}

// A permission said to be for the job's network: something created within a VPC ("sufficient permissions
// for creating an endpoint variant within a VPC"), or the network interfaces SageMaker attaches there. Those
// are the network stage's requests (the role's ec2:CreateNetworkInterface and its permission calls). A VPC
// endpoint is another thing: an S3 request through it is the input's or the output's.
// A security group's "permissions" are its rules, not IAM's ("Insufficient security group permissions to create an
// EFA-enabled file system", the FSx guide, round 68): the traffic the network lets through. Not as what a user may
// not edit ("not authorized to modify security group permissions", the thirty-fifth review): that is IAM's.
const JOB_NETWORK = /\b(?:with)?in (?:a|an|the|your|its|the customer's) VPC\b(?! endpoint)|\bnetwork interfaces?\b|(?<!\b(?:edit|modify|view|manage|update|change|describe|read|set|revoke|authorize)(?: the| its| this| these)? )\bsecurity groups? permissions\b/i;

/** Whether a sentence says its permission was for the job's network (the VPC, its network interfaces). */
export function namesJobNetwork(text: string): boolean {
  return JOB_NETWORK.test(text);
}

/** The stage a sentence mentions, if any. */
export function stageOfWords(text: string): Stage | undefined {
  return STAGE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

// Secondary statuses that name a stage on their own; Starting and Training do not.
const STAGE_OF_STATUS: Readonly<Record<string, Stage>> = {
  Downloading: 'input',
  Uploading: 'output',
};

/**
 * The stage the job was in when it failed: the last secondary status before the terminal one, read
 * through its message first ("Downloading the training image" is the image stage, not input).
 */
export function failedStageOf(statusMessages: readonly { status: string; message: string }[]): Stage | undefined {
  const terminal = new Set(['Failed', 'Stopped', 'Stopping', 'Completed', 'MaxRuntimeExceeded', 'MaxWaitTimeExceeded', 'Interrupted']);
  const last = [...statusMessages].reverse().find((s) => !terminal.has(s.status));
  // "Training image download completed. Training in progress." is about user code, not the image.
  if (!last || last.status === 'Training') return undefined;
  return stageOfWords(last.message) ?? STAGE_OF_STATUS[last.status];
}

// An S3 client named by its class as much as by the word ("AWSS3Provider", "S3Client", "AmazonS3"), by
// the Python file system library (s3fs, S3FileSystem), or by the code's own name for the location it
// read ("pd.read_parquet(s3_valid_path)": a snake_case identifier that starts with s3_).
// Go's clients name it otherwise: the AWS SDK for Go v1 prints S3's own request ids ("status code: 403, request id: …, host
// id: …", the host id being S3's x-amz-id-2), Thanos's object store its "s3 object", restic its repository as
// "s3:https://s3.amazonaws.com/…", and the JavaScript SDK v3 its S3 calls in the URL's query ("?x-id=PutObject"). Round 162.
// An HTTP client names the S3 URL it called ("HTTP GET error on 'https://bucket.s3.amazonaws.com/…' (HTTP 403)", DuckDB's
// httpfs, the ninety-sixth review), the object's path on the URL's line (a bare host at a line's end is a wrap's, round 192).
const S3_CLIENT =
  /\bS3\b|S3(?:Provider|Client|Exception|Error|Service|Transfer|FileSystem|Object)\b|\bAmazonS3\b|\bs3:\/\/|\bs3fs\b|\bs3_[a-z0-9_]{1,40}\b|\bhost id:(?=[ \t\n]|$)|\bs3 (?:object|bucket)s?\b|\bs3:(?:https?:\/\/)?s3[^\s/]{0,60}\.amazonaws\.com\b|\.s3[.-][\w.-]{0,40}amazonaws\.com\/[^\s?]{0,1024}\?x-id=|\bhttps?:\/\/(?:[\w-]{1,63}\.){0,4}s3[.-](?:[\w-]{1,40}\.){0,3}amazonaws\.com(?:\.cn)?\/[^\s'"]/;
// The verb a client reports its failed call with, as botocore names the operation: reads, then writes (a delete among
// them, S3's DeleteObject being a write, round 136).
// pandas names its readers and writers by the format ("read_parquet", "to_csv"), boto3 its calls by the
// object ("get_object", "upload_file"); another name that starts so ("get_role") is not an S3 call.
// s3fs writes a file by a multipart upload, its frames naming the call ("_initiate_upload",
// "create_multipart_upload"). Trino opening a table's file to read it says "Error opening Hive split s3a://…" (round
// 136); a bare "open" is as often a file opened to write. CI and build tools say they store, publish or copy to S3 ("Error
// while storing cache object in S3 bucket", "Failed to publish artifacts", "Copy file to S3", round 147): writes; not the
// noun "store" (object_store's `Generic { store: "S3", … }`, round 160's wrapped-fixtures check), only "to store" and
// "storing". s3fs names its calls by the frame they are in ("in _info", "in _lsdir", "in _get_file": a HEAD, a list, a GET;
// "in _upload_chunk", "in _put_file": a write; its `_call_s3` frame names none) and raises S3's refusal as a bare
// PermissionError (the eightieth and eighty-first reviews). The AWS
// Tools for PowerShell name the S3 call by the cmdlet ("Read-S3Object : Access Denied", "Write-S3Object", round 161). Go's
// storage tools say stat for a HEAD (the word alone: "stats" and "states" are not it, the fifty-ninth review), mkdir and
// create an object or a key for writes (not a file, whose system, reader or handle is no write):
// "check exists: stat s3 object: Access Denied.", rclone's "Failed to Mkdir", round 162. The SDKs for Java and .NET name the
// call by its method in the frames under the refusal ("DefaultS3Client.getObject(…)", "AmazonS3Client.PutObjectAsync(…)",
// S3A's "getBucketLocation() on …", the ninety-sixth review). A copy says its direction by its arguments: from s3:// to a
// local path a read, from a local path to s3:// a write (s5cmd's `ERROR "cp /opt/ml/output/… s3://…": AccessDenied`, the
// ninety-fourth review). Not a flush (Fluentd's buffer flush beside a bare 403 is held
// `other-permission`, round 147) nor a bare copy (a copy from S3 is a read).
const S3_VERB =
  /\b(?:(list|get|head|download|read|open(?=ing\b)|(?:get|head)Object(?:Metadata|Attributes)?(?:Async|Request)?|getBucketLocation|listObjects(?:V2)?(?:Async|Request)?|cp(?= s3:\/\/[^\s"]{1,1024} (?!s3:\/\/)[^\s"])|stat(?![a-z])|(?<=\bin )_(?:info|lsdir|ls|exists|isdir|isfile|find|glob|cat_file|cat|get_file|get|size|du)(?=\n|$))|(put|mkdir|creat(?=(?:e|ing) (?:the )?(?:object|key)\b)(?:e|ing)|putt(?=ing (?:the )?(?:object|file)\b)|upload|write|writ(?=ing\b)|delete|delet(?=ing\b|ed\b)|to(?=_)|_?initiate_upload|create_multipart_upload|upload_part|complete_multipart_upload|publish|(?<=\bto )store|(?<=\bin )_(?:upload_chunk|put_file|pipe_file|put|pipe|mkdir|rm_file|rm)(?=\n|$)|stor(?=ing\b)|putObject(?:Async|Request)?|cp(?= (?!s3:\/\/)[^\s"]{1,1024} s3:\/\/)|(?:create|complete)MultipartUpload(?:Async|Request)?|cop(?=(?:y|ying) (?:[\w.-]{1,60} ){0,3}?to S3\b)(?:y|ying)))(?:ing|ed|es|s)?(?:_(?:csv|parquet|json|pickle|feather|excel|orc|table|objects?(?:_v2)?|file(?:obj)?))?\b/i;

/**
 * The stage of a bare S3 denial that names no operation, by the client's own verb ("AWSS3Provider -
 * list error AccessDenied"): a list or get is the input's read, a put the output's write.
 */
export function stageOfS3Verb(text: string): Stage | undefined {
  if (!S3_CLIENT.test(text)) return undefined;
  const verb = S3_VERB.exec(text);
  if (!verb) return undefined;
  return verb[1] ? 'input' : 'output';
}
