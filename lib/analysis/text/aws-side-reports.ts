import { AWS_HOST_NAME } from './failure-parts';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';

// The faults a detail says are on AWS's side (`internal`): the instance or its hardware, and AWS's own
// sentences for a failure it asks the caller to retry. Split from read-error-detail.ts, which reads them in
// this order after the container's own start.

// AWS's own infrastructure reported faulty: the instance, host or hardware the job ran on, not the
// job's code or configuration ("Launched instance was unhealthy", "due to hardware failure"). A
// container failing its health check is the image's code and is not read here.
const INFRA_FAULT =
  /\b(?:instances?|hosts?|nodes?|hardware)\b[^\n]{0,40}?\b(?:unhealthy|impaired|failed (?:the |its )?(?:health|status) checks?)\b|\bhardware (?:failure|fault|error)s?\b/i;
const INFRA_WORDS = ['unhealthy', 'impaired', 'health check', 'status check', 'hardware'];
// An instance said faulty is the same report when a check found it ("faulty GPU detected on node …", "DCGM … reported
// faulty GPUs: [3, 5]", round 82), not a guess among others ("… fp16 overflow or faulty hardware") nor the code's own
// thing (the thirty-ninth review). A check that found none says so before the words ("no faulty instances found", "0
// faulty nodes identified") or after them ("Faulty GPUs found: none", the fortieth review).
const NONE_BEFORE = /\b(?:no|0|zero)[ \t]$/i;
const NONE_AFTER = /^[^\n]{0,60}?\b(?:found|detected|identified|reported)[ \t]{0,2}[:=][ \t]{0,2}(?:none|0|\[\])(?![\w-])/i;
const FAULTY_FOUND =
  /\bfaulty (?:instances?|hosts?|nodes?|GPUs?)[ \t]{1,3}(?:(?:was|were|is|are|has been|have been)[ \t]{1,3})?(?:detected|found|identified|reported)\b|\b(?:detected|found|identified|reported)[ \t]{1,3}(?:\d{1,4}[ \t]{1,3})?faulty (?:instances?|hosts?|nodes?|GPUs?)\b/i;
// The same report as an identifier, the way health agents name a node condition's reason
// ("reason: XidHardwareFailure", "GpuHardwareError", HyperPod's deep health check's "Encountered FaultyInstance. Replace
// the Instance.", round 82): PascalCase, so case-sensitive.
const INFRA_FAULT_NAME = /Hardware(?:Failure|Fault|Error)s?\b|\bFaulty(?:Instance|Node|Host)s?\b/;
// A GPU's own hardware fault in the driver's and CUDA's words: its memory's uncorrectable (double-bit) ECC
// error, the device lost from the bus (Xid 48, 79). The instance's hardware, not the code that found it.
// The Neuron driver's report of its accelerator's own fault ("NEURON_HW_ERR=SRAM_UNCORRECTABLE_ERROR … action=TERMINATE_INSTANCE",
// the Neuron troubleshooting guide, round 199) is the same, as is its runtime's sentence for it ("Uncorrectable memory error is
// detected on Neuron device: 5:1 metadata: 0x2. Failing execution.", the hundred-and-fifty-sixth review).
const GPU_HARDWARE_FAULT = /\buncorrectable (?:ECC|memory) errors?\b|\bdouble[- ]bit (?:ECC )?errors?\b|\bGPU has fallen off the bus\b|\bNEURON_HW_ERR=[A-Z_]{3,40}\b/i;
// AWS's own closing line for a failure on its side: retry, and if it persists, contact support ("Request
// to service failed. If failure persists after retry, contact customer support."). Both halves: "contact
// AWS Support to request a limit increase" alone is a quota, read by its own rule.
const RETRY_THEN_SUPPORT =
  /\b(?:persists?|continues?|recurs?)\b[^\n]{0,60}?\b(?:retry|retries|retrying|try(?:ing)? again)\b[^\n]{0,20}?\bcontact (?:AWS |Amazon |customer |technical |premium )?support\b|\b(?:retry|try again)\b[^\n]{0,80}?\b(?:persists?|continues?)\b[^\n]{0,40}?\bcontact (?:AWS |Amazon |customer |technical |premium )?support\b/i;
// AWS's own internal-error sentence with its instruction to retry, whatever class or code came with
// it or none ("Internal error. Please try again", "An internal error occurred, please retry"): the
// service telling the caller that the fault is on its side and may pass. A tuning job says it of the system errors its
// training jobs met ("Too many training jobs failed with system errors. Please try again.", round 94): only of a job, a
// step or an instance that failed with or met them, not any "system error" a library raises with a retry in its
// message (the forty-third review).
// The sentence may say what the service was doing ("An internal error occurred while creating the endpoint. Please try again
// later.", the sixty-seventh review).
const INTERNAL_RETRY =
  /\b(?:(?:an? )?internal (?:server |service |system )?(?:error|failure)\b(?: (?:has )?occurred(?: (?:while|when|during) [^\n.]{1,80}?)?)?|\b(?:jobs?|steps?|instances?)\b[^\n.]{0,40}?\b(?:failed (?:with|due to)|encountered|hit) (?:a )?system (?:errors?|failures?)\b)[.,;:!]{0,2}[ \t]{0,4}(?:please[ \t]{1,4}|you (?:may|can)[ \t]{1,4})?(?:try again|retry)\b/i;
// AWS's status notices in their standing words ("We are investigating increased error rates for …", "we are experiencing
// elevated error starting runtimes. The SageMaker Studio Lab team is working to restore the service.", round 119): the
// service's own fault, said by its operator. Only where the notice's line names AWS or SageMaker: a hub's or any other
// provider's banner says the same of itself.
const STATUS_NOTICE = /\bwe are (?:investigating|experiencing|seeing) (?:elevated|increased)\b[^\n.]{0,80}?\b(?:errors?|error rates?|failures?|latenc(?:y|ies))\b/i;
const NOTICE_OWNER = /\b(?:AWS|Amazon|SageMaker)\b/;
// The notice's own shape: its time with a zone ("[10:03 AM PDT]", "Starting 16th Nov 2022 04:00 PM PST") or the Region it
// names, and no "our" (a user's or a vendor's "we are seeing increased error rates on our SageMaker endpoint", a
// Databricks or Datadog notice about its AWS integration: the fifty-first review).
const NOTICE_SHAPE = /\b\d{1,2}:\d\d(?::\d\d)?[ \t]?(?:AM|PM)?[ \t]?(?:P[SD]T|UTC|GMT|E[SD]T)\b|\bRegions?\b/;
const NOTICE_OF_OURS = /\bour\b/i;
/** Whether a status notice's line is AWS's: it names AWS or SageMaker, has a notice's time or Region, and is no one's "our". */
function noticeOfAws(line: string): boolean {
  return NOTICE_OWNER.test(line) && NOTICE_SHAPE.test(line) && !NOTICE_OF_OURS.test(line);
}

// An AWS service's own state reason for a resource it stopped, when that reason is its internal error ("StateChangeReason":
// {"Message": "An internal error occurred."}, an EMR cluster terminating, round 142): AWS's side, retry or not.
// The reason may be printed as indented JSON, its code and message on lines of their own ("Code": "INTERNAL_ERROR",
// "Message": "Failed to start the job flow due to an internal error", the fifty-fourth review).
const STATE_REASON_INTERNAL = /\bStateChangeReason\b[\s\S]{0,200}?\b(?:An internal (?:service |system )?error occurred|INTERNAL_ERROR|due to an internal error)\b/i;
// CloudFormation's status reason for a resource whose provider failed on AWS's side: the event's FAILED status, then
// "Internal Failure" as the reason's last words ("EKSNodegroup CREATE_FAILED Nodegroup … failed to stabilize: Internal
// Failure", round 182), AWS's InternalFailure in words; describe-stack-events' JSON puts the status and its reason on lines of
// their own ("ResourceStatus": "CREATE_FAILED", "ResourceStatusReason": "Internal Failure", the sixty-second review).
// CloudFormation's answer to a template it was asked to validate says the same in its own heading ("Template validation error:
// Internal Failure", a SageMaker template's launch, round 222).
const STACK_EVENT_INTERNAL = /(?:\b(?:CREATE|UPDATE|DELETE)_FAILED\b[\s\S]{0,300}?[\t:"]|\bTemplate (?:validation|format) error:) ?Internal Failure\.?"?,?[ \t]*$/m;

// An HTTP client's report of a server error from an AWS endpoint (httpx's "Server error '503 Service Unavailable' for url
// 'https://bedrock-runtime.us-west-2.amazonaws.com/…'", requests' "503 Server Error: Service Unavailable for url: …", round
// 148; urllib3's retries that ran out on them, "HTTPSConnectionPool(host='…', port=443): Max retries exceeded with url: …
// (Caused by ResponseError('too many 503 error responses'))"): the service failed. Not SageMaker Runtime's, whose 5xx is the model container's answer. A region a reader redacted
// ("<region>", "${AWS_REGION}") is still in the host.
const HTTP_CLIENT_SERVER_ERROR = /\b(?:Server error '5\d\d [A-Za-z -]{2,40}' for url '|5\d\d Server Error: [A-Za-z -]{2,40} for url: )https?:\/\/([\w.<>{}$-]{1,253})|\bhost='([\w.<>{}$-]{1,253})', port=\d{1,5}\): Max retries exceeded with url: \S{1,500} \(Caused by ResponseError\('too many 5\d\d error responses'/i;
// Nor a host that fronts the customer's own servers: API Gateway's, a load balancer's, an S3 website's, an EC2 instance's
// public name (the fifty-sixth review).
const CUSTOMER_SERVER_HOST = /^runtime(?:-fips)?\.sagemaker\.|\.execute-api\.|\.elb\.amazonaws\.|(?:^|\.)s3-website[.-]|\.compute(?:-\d{1,2})?\.amazonaws\.com$/;
// The AWS SDK for Java v2's trailer of a request that failed with the service's own 500, 502 or 504 ("(Service: S3, Status
// Code: 502, Request ID: …)", Trino's S3 reads, round 151). Not 503: S3's SlowDown answers with it.
const JAVA_TRAILER_SERVER_ERROR = /\(Service: [\w .-]{1,40}, Status Code: 50[024], Request ID:/;
// So an S3 host's 503s that urllib3's retries counted with no reason phrase ("too many 503 error responses", the ninetieth
// review) are S3 asking for fewer requests (its "503 Slow Down", what a retry loop meets), the rate. A client that prints
// the phrase says which: "503 Server Error: Slow Down" the rate, "503 Server Error: Service Unavailable" S3's
// ServiceUnavailable, its side (the fifty-sixth).
// Its hosts in every form: path or virtual-hosted, regional, dual-stack, an access point's, an interface endpoint's (the ninety-third).
const S3_HOST = /(?:^|\.)s3(?:express)?(?:[.-][\w-]{1,40}){0,3}\.amazonaws\.com(?:\.cn)?$/;
const SERVED_503 = /\btoo many 503 error responses\b|\b503 (?:Server Error: )?Slow Down\b/i;

/** AWS's side reported faulty: an AWS endpoint's 5xx to an HTTP client, its own state reason or stack event of an internal error, the instance or its hardware (65), or AWS's own retry sentences and status notices (60). */
export function readAwsSideFault(text: string, lower: string): GrammarVerdict | undefined {
  const served = lower.includes('server error') || lower.includes('error responses') ? HTTP_CLIENT_SERVER_ERROR.exec(text) : null;
  const host = (served?.[1] ?? served?.[2])?.toLowerCase() ?? '';
  if (served && AWS_HOST_NAME.test(host) && !CUSTOMER_SERVER_HOST.test(host)) {
    if (S3_HOST.test(host) && SERVED_503.test(served[0])) return { rule: 's3-slow-down-status', cause: 'throttling', strength: 60, excerpt: served[0] };
    return { rule: 'aws-endpoint-server-error', cause: 'internal', strength: 60, excerpt: served[0] };
  }
  const trailer = lower.includes('status code: 50') ? JAVA_TRAILER_SERVER_ERROR.exec(text)?.[0] : undefined;
  if (trailer) return { rule: 'java-trailer-server-error', cause: 'internal', strength: 60, excerpt: trailer };
  const stateReason = lower.includes('statechangereason') ? STATE_REASON_INTERNAL.exec(text)?.[0] : undefined;
  if (stateReason) return { rule: 'state-reason-internal', cause: 'internal', strength: 60, excerpt: stateReason };
  const stackEvent = lower.includes('internal failure') ? STACK_EVENT_INTERNAL.exec(text)?.[0] : undefined;
  if (stackEvent) return { rule: 'stack-event-internal', cause: 'internal', strength: 60, excerpt: stackEvent };
  const infra =
    findIf(lower, INFRA_WORDS, INFRA_FAULT, text) ??
    findIf(lower, ['hardware', 'faulty'], INFRA_FAULT_NAME, text) ??
    findIfWhere(lower, ['faulty'], FAULTY_FOUND, text, (at) => !NONE_BEFORE.test(text.slice(Math.max(0, at - 5), at)) && !NONE_AFTER.test(text.slice(at, at + 80))) ??
    findIf(lower, ['ecc error', 'memory error', 'bit error', 'fallen off', 'neuron_hw_err'], GPU_HARDWARE_FAULT, text);
  if (infra) return { rule: 'infrastructure-fault', cause: 'internal', strength: 65, excerpt: infra };
  const support = findIf(lower, ['contact'], RETRY_THEN_SUPPORT, text);
  if (support) return { rule: 'retry-then-support', cause: 'internal', strength: 60, excerpt: support };
  const notice = findIfWhere(lower, ['we are investigating', 'we are experiencing', 'we are seeing'], STATUS_NOTICE, text, (at) => noticeOfAws(lineAt(text, at, 0)));
  if (notice) return { rule: 'aws-status-notice', cause: 'internal', strength: 60, excerpt: notice };
  const retry = findIf(lower, ['internal', 'system error', 'system failure'], INTERNAL_RETRY, text);
  return retry ? { rule: 'internal-error-retry', cause: 'internal', strength: 60, excerpt: retry } : undefined;
}
