import type { TextRule } from './rules';
import { LAYER_WRITE } from './read-image-detail';

const S3A_KMS = /\bKMS\b|\bkms:|\bciphertext\b|\bcustomer master key\b/i;
// Glue's and EMR's S3A behind the s3:// scheme report the same ("AccessDeniedException: s3://bucket/key: getFileStatus on
// s3://bucket/key", round 142).
/** Hadoop S3A's refusal of one of `operations`, named between the path and "on s3a://" (its translateException's form). */
const s3aDenied = (operations: string): RegExp => new RegExp(String.raw`\bAccessDeniedException:?[ \t]{1,2}s3a?:\/\/[^\s:]{1,400}: (?:${operations}) on s3a?:\/\/`);

// A connection to STS that failed before any answer, and the words that SageMaker could not assume the role near it.
const STS_UNREACHED = /\b(?:Connect timeout|Could not connect to the endpoint) (?:on )?(?:endpoint )?URL: "?https?:\/\/sts[.-]/i;
const ASSUME_FAILED = /\b(?:unable to|could not|failed to|cannot) assume\b/i;
const ROLE_CHECK_ASKED = /\bPlease ensure that the role exists\b/i;
const STS_REACH = 600;
function stsNeverReached(text: string): boolean {
  const sts = STS_UNREACHED.exec(text);
  if (!sts || ROLE_CHECK_ASKED.test(text)) return false;
  return ASSUME_FAILED.test(text.slice(Math.max(0, sts.index - STS_REACH), sts.index + sts[0].length + STS_REACH));
}

/**
 * Permission failures whose wording names the cause without quoting a request. Their strengths sit
 * between a quoted denial (90-100) and a bare "Access Denied" (50).
 */
export const PERMISSION_RULES: readonly TextRule[] = [
  {
    id: 'expired-token',
    words: ['expired'],
    cause: 'expired-credentials',
    strength: 85,
    pattern:
      /\bExpiredToken(?:Exception)?\b|security token included in the request is expired|\bThe provided token has expired|\bcredentials?\b[^\n]{0,40}?\b(?:have|has) (?:been )?expired\b/i,
  },
  {
    id: 'assume-role',
    words: ['assume', 'assuming', 'trust', 'openidconnect provider', 'token audience', 'specified provider', 'response signature'],
    // SageMaker's "The execution role ARN … is invalid. Please ensure that the role exists and that its trust
    // relationship policy allows the action "sts:AssumeRole" …": the role it could not assume. (The same
    // instruction in the checklist after "Could not access model data" is not: round 34.) A service that
    // says it "is unable to assume provided role" (Glue's crawler) names the role it was given the same way, and
    // so does Step Functions: "Neither the global service principal states.amazonaws.com, nor the regional one is
    // authorized to assume the provided role". So does a service that "doesn't have sufficient privileges to assume
    // the role" it was passed (Kinesis Data Analytics under InvalidArgumentException, round 92), or "is not permitted
    // to assume" it: the code is its form of refusal, the sentence says which. Not a reader's hint ("if you do not
    // have permission to assume the role, …", the forty-second review): the subject is the service, not you.
    // A tool's wrapper ("Unable to assume role: <STS's answer>") whose line goes on into another error's
    // report is that error's: a connection that failed, a duration over the role's maximum. App Runner's "Error in
    // assuming access role arn:…" is its own service's (round 137). A web identity STS refuses for the role's federation
    // ("No OpenIDConnect provider found in your account for …", "Incorrect token audience", under InvalidIdentityToken,
    // round 143) is the role's trust, not an expired token; so is a SAML or OIDC provider that does not match the assertion
    // ("Issuer not present in specified provider", "Response signature invalid", round 157). Snowflake's storage integration
    // says "Error assuming AWS_ROLE." (round 160). SageMaker names the role it could not assume by its use ("SageMaker could not
    // assume execution role arn:…", the seventy-ninth review), or its job's ("Failed to assume the job's execution role", the
    // eighty-first).
    // Nor one whose reason is AWS's constraint report on a value of the request ("Could not assume role with OIDC: 1
    // validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint", round 157).
    // Nor beside a connection to STS that never got through, near it ("ConnectTimeoutError: Connect timeout on endpoint URL:
    // "https://sts.us-east-1.amazonaws.com/"" and, below it, "SageMaker could not assume the execution role", the
    // hundred-and-forty-fifth review): no trust was refused, the role's request never reached STS. Not beside SageMaker's own
    // sentence that asks to check the role and its trust, which says it reached STS and was refused.
    unless: /\b(?:unable to|could not|failed to) assume [^\n]{0,80}?\brole\b[^\n]{0,300}?(?:An error occurred \((?!AccessDenied\b)\w{1,80}\)|Could not connect to the endpoint URL|\d{1,3} validation errors? detected: Value\b)/i,
    standsDown: stsNeverReached,
    cause: 'trust-policy',
    stage: 'assume-role',
    strength: 80,
    pattern:
      /(?:unable to|could not|failed to) assume (?:the )?(?:job's |training job's )?(?:provided |given |specified |supplied )?(?:execution |IAM )?role|\bError in assuming (?:the )?access role\b|\bNo OpenIDConnect provider found in your account\b|\bError assuming AWS_ROLE\b|\bIncorrect token audience\b|\bIssuer not present in specified provider\b|\bResponse signature invalid\b|\b(?:not|nor\b[^\n]{0,60}?)[ \t]authorized to assume (?:the )?(?:provided |given |specified |supplied )?role\b|(?<!\b(?:you|I|we)[ \t]{1,3})\bdo(?:es)? ?n[o']t have (?:sufficient |enough |the (?:required |necessary )?)?(?:privileges|permissions?) to assume (?:the )?(?:provided |given |specified |supplied |associated )?role\b|\bis not permitted to assume (?:the )?(?:provided |given |specified |supplied |execution )?role\b|\brole\b[^\n]{0,80}?\b(?:cannot|could ?n[o']t|can't) be assumed\b|unable to perform: sts:AssumeRole|trust relationship for '?sagemaker\.amazonaws\.com|ensure that the role .{0,200}?trusts? (?:the )?sagemaker|allows? principal '?sagemaker\.amazonaws\.com'? to assume the role|\brole ARN\b[^\n]{0,120}?\b(?:is invalid|isn't valid|is not valid)\b[^\n]{0,160}?\btrust relationship policy allows the action "?sts:AssumeRole\b/i,
  },
  {
    id: 'vpc-no-route',
    words: ['vpc endpoint', 'unable to execute'],
    cause: 'vpc',
    stage: 'network',
    strength: 80,
    pattern: /route to an? (?:Amazon )?S3 VPC endpoint or a NAT device|VPC endpoint polic(?:y|ies)|Unable to execute request to S3/i,
  },
  {
    id: 'efa-security-group',
    words: ['peer instance'],
    // aws-ofi-nccl's banner under an EFA request that could not reach its peer ("This error indicates that the security group
    // on either this instance or the peer instance is not setup correctly", nccl_net_ofi_rdma.cpp, the eighty-fourth review):
    // the job's security group must allow its own traffic, whatever NCCL's error below it says.
    cause: 'vpc',
    stage: 'network',
    strength: 75,
    pattern: /\bthe security group on either this instance or the peer instance\b/i,
  },
  {
    id: 's3-connect-timeout',
    words: ['timeout', 'could not connect'],
    cause: 'vpc',
    stage: 'network',
    strength: 75,
    pattern:
      /(?:Connect timeout|Could not connect to the endpoint|Read timeout) (?:on )?(?:endpoint )?URL: "?https?:\/\/[^"\s]*s3[.-]|ConnectTimeoutError.{0,200}?s3[.-][^\s"]*amazonaws/i,
  },
  {
    id: 'ecr-pull',
    words: ['pull', 'ecr:', 'image', 'basic auth'],
    cause: 'ecr',
    stage: 'image',
    strength: 75,
    // "image ... not found" only when the image is the job's (training/algorithm/container image):
    // a data loader's "image file x.jpg not found" is not a registry failure.
    // And in the same sentence: SageMaker's status line "Downloading the training image." followed by an
    // exec error's "executable file not found" (its lines joined, as a page copies them) is not the image.
    // CreateModel's "Role … cannot pull <account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>. Ensure that the role
    // exists and the image was granted pull permission" names the registry's image it could not pull: only as that
    // sentence, ending at the image or going on to its remedy (a pull whose own reason follows, a full disk or a
    // timeout, is that reason's; a warning that falls back to a cached image is no failure: the thirty-third review).
    pattern:
      /CannotPullContainerError|(?:failed|unable|cannot|could not) (?:to )?pull (?:the |your )?(?:algorithm |training |container |docker |application )?(?:image|container)|(?:failed|unable|cannot|could not) (?:to )?(?:download|fetch) (?:the |your )?(?:algorithm|training|inference|container|docker) image\b(?![ \t]{0,3}(?:files?|data|set|folder)\b)(?![^\n]{0,40}?(?:\bfrom https?:\/\/|\.(?:jpe?g|png|gif|bmp|tiff?|webp)\b))|(?:failed|unable) to copy (?:the )?image from ECR\b|does not grant ecr:|error (?:pulling|downloading) (?:the )?image|no basic auth credentials|\bcannot pull [^\s/]{1,100}\.dkr\.ecr\.[^\s/]{1,60}\.amazonaws\.com(?:\.cn)?\/\S{1,300}?\.?(?:[ \t]{1,3}Ensure\b|[ \t]*$)|(?:training|inference|algorithm|container) image\b(?:[^\n.]|\.(?!\s)){0,200}?(?:does not exist|not found|is not accessible|access denied)|Requested image .{0,200}? not found|^ClientError: (?:The )?image (?:does not exist|not found)\b|Cannot find the requested image|Invalid training image/i,
    // A pull the registry refused for its rate (Docker Hub's "toomanyrequests: You have reached your pull
    // rate limit", a 429) is the rate's: the throttling reading says so, not the image or its permissions. So is one
    // that failed writing the layers it had fetched ("failed to register layer: devicemapper: …", Docker's ApplyLayer,
    // round 137): the host's storage, not the registry (a full disk says so in its own words).
    // App Runner's "Failed to pull your application image" and "Failed to copy the image from ECR" are its image stage.
    // SageMaker's newer reason says it downloaded the image ("ClientError: Unable to download training image…", the SDK v3's
    // failure output, the hundred-and-twenty-seventh review): a pull, of the job's image only (not a data loader's "image file",
    // "Unable to download training image files from s3://…", nor an image it fetched from a URL or named by its file,
    // "Unable to download training image from https://…/Cat03.jpg", the hundred-and-thirty-first review). A reason that is
    // SageMaker's ClientError and says only that the image does not exist is the job's image (the hundred-and-thirty-seventh).
    // So is a pull ECR's API refused for its rate in AWS's words ("Failed to pull training image …: ThrottlingException: Rate
    // exceeded", the eighty-second review): the stage says where, the rate says why.
    unless: new RegExp(String.raw`\btoomanyrequests\b|\b429 Too Many Requests\b|\bThrottlingException\b|\bRate exceeded\b|${LAYER_WRITE.source}`, 'i'),
  },
  {
    id: 's3-answer-access-denied',
    words: ['error message from s3'],
    // S3's own answer as SageMaker relays it after the input prefix it found empty ("No S3 objects found under S3 URL
    // \"s3://…/train.csv\" given in input data source. Please ensure … that the role … has \"s3:ListBucket\" permissions
    // … Error message from S3: Access Denied", round 121): the listing was refused, not the prefix empty. The role's
    // read of its input, as S3's answer of another region is the bucket's region (rules.ts).
    cause: 's3-read',
    stage: 'input',
    strength: 75,
    pattern: /\bNo S3 objects found under S3 URL\b[^\n]{0,800}?\bError message from S3:[ \t]{0,3}Access Denied\b/i,
  },
  {
    id: 'cloudformation-s3-fetch-denied',
    words: ['s3 error: access denied'],
    // CloudFormation reading a template or an artifact the request names from S3 and refused ("An error occurred
    // (ValidationError) when calling the CreateChangeSet operation: S3 error: Access Denied", SAM's deploy, round 146): a
    // read of S3 refused, whatever validation code carries it.
    cause: 's3-read',
    stage: 'input',
    strength: 80,
    pattern: /\bS3 error: Access Denied\b/,
  },
  {
    id: 'root-cannot-assume-role',
    words: ['assumed by root'],
    // STS refusing AssumeRole to an account's root user ("Roles may not be assumed by root accounts.", the PHP SDK's
    // Guzzle 403, round 149): the role's assumption refused, as an sts:AssumeRole denial is.
    cause: 'trust-policy',
    stage: 'assume-role',
    strength: 80,
    pattern: /\bRoles may not be assumed by root accounts\b/,
  },
  {
    id: 'lambda-s3-code-fetch-denied',
    words: ['permission to getobject'],
    // Lambda fetching a function's code from the bucket and key the request names ("Your access has been denied by S3,
    // please make sure your request credentials have permission to GetObject for bucket/key. S3 Error Code: AccessDenied",
    // the fifty-fifth review): the read is named in the sentence, not in an operation.
    cause: 's3-read',
    stage: 'input',
    strength: 80,
    pattern: /\bdenied by S3, please make sure your request credentials have permission to GetObject\b/,
  },
  {
    id: 's3a-read-denied',
    words: ['s3a://', 'exception: s3://'],
    // Hadoop's S3A connector names the operation S3 refused before the path ("java.nio.file.AccessDeniedException:
    // s3a://b/k: getFileStatus on s3a://b/k: …AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403 …",
    // a Spark read on a notebook instance, round 123): a lookup, listing or open of the data is the role's read.
    cause: 's3-read',
    stage: 'input',
    strength: 80,
    // S3A's stream names the position it opened at ("open s3a://b/k at 0 on s3a://b/k"). Not when S3's refusal names KMS
    // (the ciphertext's key, a key policy): that denial is the key's (the fifty-first review).
    unless: S3A_KMS,
    pattern: s3aDenied(String.raw`getFileStatus|s3GetFileStatus|innerListStatus|listStatus|listObjects|getObjectMetadata|(?:open|read)(?: s3a?:\/\/[^\s]{1,400} at \d{1,20})?`),
  },
  {
    id: 's3a-write-denied',
    words: ['s3a://', 'exception: s3://'],
    // …and a write, a directory's marker, a rename or a delete the role's write (S3A's innerMkdirs, PUT, rename, delete).
    cause: 's3-write',
    stage: 'output',
    strength: 80,
    unless: S3A_KMS,
    pattern: s3aDenied(String.raw`innerMkdirs|mkdirs|PUT\b[^\n]{0,40}?|put|putObject|create|rename|delete|initiateMultipartUpload|uploadPart|completeMultipartUpload|copyFile`),
  },
  {
    id: 'kms-denied',
    words: ['kms', 'ciphertext'],
    cause: 'kms',
    strength: 75,
    pattern:
      /\bKMS\b.{0,120}?(?:AccessDenied|access denied|not authorized|denied)|(?:AccessDenied|access denied|not authorized).{0,160}?\bKMS\b|KMS\.(?:DisabledException|KMSInvalidStateException|NotFoundException)|\bKMSInvalidStateException\b|ciphertext refers to a customer master key|\bKMS\.AccessDeniedException\b/i,
  },
  // The log group's call and the denial in one sentence: SageMaker's pointer "Please check CloudWatch logs for
  // this endpoint." ends before the container's own denial that a paste puts after it.
  {
    id: 'logs-denied',
    words: ['log'],
    cause: 'cloudwatch-logs',
    stage: 'logs',
    strength: 75,
    pattern:
      /(?:CreateLogStream|PutLogEvents|CreateLogGroup|DescribeLogStreams|CloudWatch Logs?)(?:[^\n.]|\.(?!\s)){0,160}?(?:AccessDenied|not authorized|access denied)|(?:AccessDenied|not authorized|access denied)(?:[^\n.]|\.(?!\s)){0,160}?(?:CreateLogStream|PutLogEvents|CreateLogGroup|CloudWatch Logs)/i,
  },
  {
    id: 'ec2-encoded-denial',
    words: ['not authorized to perform this operation'],
    cause: 'other-permission',
    stage: 'network',
    strength: 75,
    pattern: /You are not authorized to perform this operation\.?\s*(?:Encoded authorization failure message)?/i,
    // EC2 refusing the network interfaces SageMaker attaches in the job's VPC is the network's, as the proof
    // reads it: the denial's own reading, which has the operation, decides.
    standsDown: (text) => /\b(?:ec2:)?(?:Create|Delete)NetworkInterface(?:Permission)?\b/.test(text),
  },
  {
    id: 'role-trust-relationship',
    words: ['trust relationship', 'to assume the role', 'for the service principal', 'can be assumed by'],
    // A service's report that a role it must assume lacks a trust relationship with it (CloudFormation StackSets'
    // "Account 1234 should have 'X-StackSetAdministrationRole' role with trust relationship to CloudFormation service"):
    // the role's trust policy, as SageMaker's own "trust relationship policy allows the action sts:AssumeRole" is. Only
    // said as missing ("should have", "must have", "does not have", "is missing the trust relationship with codebuild", the
    // hundred-and-thirty-fourth review), or a role SageMaker could not validate as one it can assume ("Cannot validate the provided
    // IAM role. Please ensure that the role can be assumed by SageMaker.", the hundred-and-thirty-seventh): a log that created such a role, or a guide that
    // says to create one, is not a failure (the thirty-fourth review).
    cause: 'trust-policy',
    stage: 'assume-role',
    strength: 75,
    // EventBridge Scheduler says it of the role it was given ("ValidationException: The execution role you provide must allow AWS
    // EventBridge Scheduler to assume the role.", round 197): as a code's message, not a README's prerequisite in the same words
    // (the sixty-third review).
    // SageMaker's own sentence may reach a post cut down to its action and principal ('The execution role ARN "arn:…" …
    // "sts:AssumeRole" for the service principal "sagemaker.amazonaws.com"', the hundred-and-twenty-seventh review). Asked to be
    // ensured ("… ensure that the role exists and that its trust relationship policy allows the action …", on its line or the one
    // a wrap broke it from), it is one of the checks SageMaker lists after what it could not do ("Could not access model data at
    // …"): not the trust on its own (held `validation`).
    pattern: /\b(?:should|must) (?:have|be) [^\n]{0,200}?\brole with (?:a )?trust relationship to\b|(?<!\b(?:ensure|make sure|verify)\b(?:[^\n]|\n(?!\n)){0,300})["'`]?\bsts:AssumeRole["'`]? for the service principal ["'`]?[\w.-]{1,60}\.amazonaws\.com\b|\b(?:does not|doesn't) have (?:a |the )?trust relationship\b|\b(?:is |was )?missing (?:a |the )?trust relationship (?:with|to|for)\b|\b(?:Cannot|Could not|Unable to) validate the provided IAM role\b[^\n]{0,80}?\bcan be assumed by\b|(?:Exception|Error):[ \t]{0,3}The execution role you provide must allow [\w -]{1,60}? to assume the role\b/i,
  },
  {
    id: 'kubernetes-rbac-forbidden',
    words: ['is forbidden: user', 'is forbidden. user', 'user "system:'],
    // The Kubernetes API server's RBAC refusal (a HyperPod EKS cluster's): '<resource> is forbidden: User "<who>" cannot
    // <verb> resource "<resource>" in API group "<group>" in the namespace "<ns>"'. A permission the caller's
    // identity lacks in the cluster, which no AWS policy type names: another permission. The fabric8 client (Spark on EMR
    // on EKS) writes it "… is forbidden. User …", or the sentence alone at a line's start (round 191).
    cause: 'other-permission',
    strength: 75,
    pattern: /(?:\bis forbidden[:.] |^[ \t]{0,8})User "[^"\n]{1,300}" cannot [a-z]{2,20} resource "[^"\n]{1,100}"/im,
  },
  {
    id: 'eks-access-entry-missing',
    words: ['access entry'],
    // An EKS cluster's access entries map IAM principals into the cluster: none for the caller ("Cannot connect to EKS
    // cluster 'x': No access entry found for principal: arn:aws:iam::…:user/u", the HyperPod CLI, round 122) is the
    // caller's identity not allowed in, whatever the wrapper says of connecting: another permission.
    cause: 'other-permission',
    strength: 80,
    pattern: /\bNo access entry found for principal\b|\bdoes not have an access entry for (?:this|the) (?:EKS )?cluster\b/i,
  },
  {
    id: 'network-file-system-root-squashed',
    words: ['operation not permitted'],
    // root refused a change of mode or owner on a network file system mounted on the instance ("chmod: changing
    // permissions of '/home/ec2-user/SageMaker/efs': Operation not permitted", a notebook's lifecycle script, round 97):
    // the file system's own policy squashes root (EFS without elasticfilesystem:ClientRootAccess), a permission no
    // policy type here names. Only on a path with a directory named for the network file system (/mnt/efs, …/fsx/…), not
    // a local file named after one (efs-utils' mount.efs, the forty-fourth review).
    cause: 'other-permission',
    strength: 60,
    pattern: /\bch(?:mod|own|grp): changing (?:permissions|ownership|group) of ['‘"`][^'’"`\n]{0,200}\/(?:efs|fsx|nfs|lustre)(?=[\/'’"`])[^'’"`\n]{0,200}['’"`]: Operation not permitted\b/i,
  },
];
