import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';

// A limit on what an account, a queue or a team may hold, said exceeded in words ("borrowing limit for
// nvidia.com/gpu in flavor ml.g5.8xlarge exceeded", "exceeds the vCPU limit for your account"): a quota,
// as a code naming a limit is. Limits that are other conditions are not this: memory (out-of-memory),
// time, disk and storage, sizes and lengths (the request's), rates (throttling), tokens (a model's context).
// Limits in the plural too ("Instances not retained as a result of warmpool resource limits being exceeded",
// SageMaker's status line for a warm pool over its quota, round 51).
// EC2's "You have requested more vCPU capacity than your current vCPU limit of 0 allows" (its VcpuLimitExceeded in words,
// a node group's launch failure, round 143) says the same, and so do its InstanceLimitExceeded and MaxSpotInstanceCountExceeded
// in words ("You have requested more instances (7) than your current instance limit of 6 allows", "Max spot instance count
// exceeded", an Auto Scaling group's activity, round 182).
const LIMIT_EXCEEDED =
  /\bmore (?:vCPU capacity|instances(?: \(\d{1,6}\))?) than your current (?:vCPU|instance) limit\b|\bmax(?:imum)? (?:[\w-]{1,20} ){0,3}(?:instance|node|vCPU)s? count exceeded\b|\b(?:limit|quota)s?\b[^\n]{0,60}?\bexceeded\b|\bexceed(?:s|ed)? (?:the |its |your |our |their |a )?(?:[\w./'’-]{1,30} ){0,3}(?:limit|quota)s?\b/i;
// A limit stating its own value beside the account's use of it, whatever the limit's title says ("The
// account-level service limit 'X' is 0 Instances, with current utilization of 0 Instances and a request
// delta of 1 Instances", a template's "The account- service limit 'Total number of notebook instances'
// is 8 NotebookInstances, with current utilization of 16 …"): a quota's report, by its shape.
const LIMIT_UTILIZATION =
  /\b(?:limit|quota)\b[^\n]{0,160}?\bis\s{1,4}\d[\d,.]{0,12}\s{0,4}[A-Za-z][\w ./-]{0,40}?,?\s{1,4}with\s{1,4}(?:a\s{1,4})?current\s{1,4}(?:utili[sz]ation|usage)\s{1,4}of\s{1,4}\d/i;
// The value a limit states right after it ("exceeded the maximum limit of 5 MB", "limit exceeded: 4096
// characters"): a limit counted in bytes, characters or time is a size, a length or a time, not a quota,
// whatever its title.
const LIMIT_VALUE = /^[ \t]{0,3}(?:of|is|at|:)?[ \t]{0,3}\d[\d,.]{0,15}[ \t]{0,3}(?:bytes?|[KMGT]i?B|characters?|chars|tokens?|ms|milliseconds?|seconds?|minutes?|hours?|days?)\b/i;
const LAST_TWO_WORDS = /(?:[\w./-]{1,30}[ \t]{1,3}){0,2}$/;
// A folder's depth is the input's layout (XGBoost's "Customer Error: Folder depth exceed the limit: 3", the hundred-and-twenty-fourth
// review), a size of the data's tree, not a count the account holds.
const SIZE_SUBJECT = /\b(?:size|length|message|payload|body|frame|depth)\b/i;
// A subject counted in a unit of size ("Maximum input token count 4919 exceeds limit of 4096 for train data", a Bedrock
// customization job's record, round 234): the unit may stand before the count, beyond the two words a subject is read by.
const UNIT_SUBJECT = /\b(?:tokens?|bytes?|characters?|chars)\b[^\n]{0,24}$/i;
// A count of none exceeded ("0 quotas exceeded", "no limits were exceeded") is a check that passed.
const NONE_EXCEEDED = /\b(?:0|no|zero|none)\b(?:[ \t]{1,3}[\w-]{1,30}){0,3}[ \t]{1,3}(?:(?:were|was|are|is|been)[ \t]{1,3}){0,2}exceeded\b/i;
// SageMaker's status line of a job that completed ("Completed - Instances not retained as a result of warmpool
// resource limits being exceeded"): a notice on a job that went well, so a failure said beside it outranks it.
const COMPLETED_STATUS = /^[ \t]*(?:\d{4}-\d\d-\d\d[ T][\d:.]{8,15}Z?[ \t]{1,3})?Completed - /;
// The same warm-pool notice on the status line of a job that failed ("Failed - Instances not retained as a result of warmpool
// resource limits being exceeded", under the toolkit's ExecuteUserScriptError, round 220): it says what became of the instances
// after the job, not why the job failed, so the job's own failure outranks it there too.
const WARM_POOL_NOT_RETAINED = /\bInstances not retained as a result of warm ?pool resource limits being exceeded\b/i;
// A count already at its limit, said as what cannot be had more of: Studio's "Unable to start more Apps of AppType
// [KernelGateway] and ResourceSpec(…) for UserProfile […]. Please delete an App …" (its apps-per-profile quota).
// Only with the account's remedy or scope in the same sentence (delete or stop one of them, "in this account"): a
// tool's own cap has neither (Spark's "Unable to start more executors; spark.dynamicAllocation.maxExecutors=4 has
// been reached", Ray's "Cannot launch more nodes: max_workers (8) reached", the thirty-first review), nor has a
// machine's resource (ephemeral ports, memory, a subnet's free addresses), whose words say what ran out.
// S3's TooManyBuckets in words, "You have attempted to create more buckets than allowed" (a Ruby client's, round 141).
// EC2's own messages for its account limits ("The maximum number of VPCs has been reached.", "… addresses has been
// reached", under any code CloudFormation relays, round 141) are the same count, also with what it counts cut short by a
// writer's ellipsis ("The maximum number of instances ... has been reached", a HyperPod error catalogue's, round 233).
// Lambda's CodeStorageExceededException in words, "Code storage limit exceeded" (round 146): the account's code storage,
// not a disk.
const MORE_REFUSED =
  /\bCode storage limit exceeded\b|\bThe maximum number of [A-Za-z](?:[\w -]|\.\.\.|…){1,40} has been reached\b|\battempted to create more [A-Za-z][\w-]{1,40}s than allowed\b|\b(?:unable to|cannot|can ?not|can't|could not) (?:start|create|launch|run|provision) (?:any )?more (?:[A-Za-z][\w-]{1,40} ){0,2}[A-Za-z][\w-]{1,40}s\b(?! than\b)[^\n.;:]{0,160}[.;:][^\n]{0,100}?\b(?:(?:delete|stop|shut down|terminate|remove) (?:an?|one|some|existing|unused)\b(?![^\n]{0,40}\b(?:kernels?|processes|workers|connections)\b)|(?:in|for|on) (?:this|your|the) account\b)|\b(?:unable to|cannot|can ?not|can't|could not) (?:start|create|launch|run|provision) (?:any )?more (?:[A-Za-z][\w-]{1,40} ){0,2}[A-Za-z][\w-]{1,40}s (?:in|for|on) (?:this|your|the) account\b/i;
// A running program's own message (an exception's line) is its own check, not the service's count; SageMaker's
// FailureReason classes (ClientError, …) head the service's own message.
const EXCEPTION_LINE = /^[ \t]*(?!(?:Client|Algorithm|Capacity|InternalServer)Error\b)(?:[\w.]{1,80}(?:Error|Exception)|Traceback)\b/;
// A model's limit ("The maximum tokens you requested exceed the model limit of 4096", Bedrock's, round 141) is the request's;
// a program's own count of iterations, attempts, connections or epochs is its own (the read-through of rounds 130-145); a
// session's length ("exceeds the 1 hour session limit for roles assumed by role chaining", round 157) is a time; the datapoints
// one request may ask for ("You have requested up to 86400 datapoints, which exceeds the limit of 1440", CloudWatch's, round 197)
// are the request's size.
const OTHER_LIMIT = /\b(?:data ?points?|iterations?|attempts?|connections?|epochs?|trials?|model|memory|ram|heap|time|timeout|runtime|duration|deadline|session|hours?|minutes?|seconds?|disk|(?<!code )storage|space|size|length|rate|requests?|tokens?|context|recursion|retr(?:y|ies)|cpu|soft|hard|nofile|open files|file descriptors?)\b/i;

const THROUGHPUT = /\bthr?oughput\b/i;

/**
 * A limit said exceeded in words, or stated beside the account's use of it: a quota (`limit-exceeded-words`,
 * `limit-with-utilization`), unless the limit is another condition's (memory, time, a size, a rate).
 */
export function readLimitReport(text: string, lower: string): GrammarVerdict | undefined {
  const limit = findIf(lower, ['exceed', 'vcpu limit', 'instance limit'], LIMIT_EXCEEDED, text);
  // "<name> limit … exceeded" names the limit in the two words before the match ("memory limit of 15Gi
  // exceeded"); "exceeds the <name> limit" names it inside, and the words before are its subject.
  const limitAt = limit ? text.indexOf(limit) : -1;
  const namedBefore = limit && /^(?:limit|quota)/i.test(limit) ? (LAST_TWO_WORDS.exec(text.slice(Math.max(0, limitAt - 40), limitAt))?.[0] ?? '') : '';
  const limitNamed = namedBefore + (limit ?? '');
  const limitValue = limit ? (LIMIT_VALUE.exec(text.slice(limitAt + limit.length, limitAt + limit.length + 40))?.[0] ?? '') : '';
  // "<subject> exceeds … limit": a subject that is a size ("Message size exceed limit: 6572143", a model
  // server's frame) is a size limit, not an account's. Not "request": "Your request exceeds the vCPU
  // limit" is the account's.
  const before = limit && /^exceed/i.test(limit) ? text.slice(Math.max(0, limitAt - 40), limitAt) : '';
  const subject = LAST_TWO_WORDS.exec(before)?.[0] ?? '';
  const countedInUnits = UNIT_SUBJECT.test(before);
  const none = limit ? NONE_EXCEEDED.test(text.slice(Math.max(0, limitAt - 40), limitAt + limit.length)) : false;
  // A stream's or a delivery stream's throughput limit is a rate the client sent faster than (Kinesis' and Firehose's
  // "Throughput limits for the stream may have been exceeded", Fluent Bit's outputs, which spell it "Thoughput" too,
  // round 147): the throttling of its writes, not a count the account holds.
  if (limit && !none && THROUGHPUT.test(limitNamed)) return { rule: 'throughput-exceeded-words', cause: 'throttling', strength: 55, excerpt: limit };
  if (limit && !none && !OTHER_LIMIT.test(limitNamed) && !limitValue && !SIZE_SUBJECT.test(subject) && !countedInUnits) {
    const limitLine = lineAt(text, limitAt, limit.length);
    const notice = COMPLETED_STATUS.test(limitLine) || WARM_POOL_NOT_RETAINED.test(limitLine);
    return { rule: 'limit-exceeded-words', cause: 'quota', strength: notice ? 20 : 55, excerpt: limit };
  }
  const utilization = findIf(lower, ['utilization', 'utilisation', 'current usage'], LIMIT_UTILIZATION, text);
  if (utilization) return { rule: 'limit-with-utilization', cause: 'quota', strength: 55, excerpt: utilization };
  // What the count is of, in the refusal's own sentence: not a trailer after it ("(Service: Ec2, … Request ID: …)"). A writer's
  // "..." is an ellipsis inside the sentence, not its end: the words after it still say what is counted ("download ... retries").
  const sentenceAt = (at: number) => text.slice(at, at + 200).replace(/\.\.\./g, '…').split(/\.(?:\s|$)|\n/, 1)[0] ?? '';
  const more = findIfWhere(lower, ['more ', 'maximum number of', 'code storage limit'], MORE_REFUSED, text, (at) => !EXCEPTION_LINE.test(lineAt(text, at)) && !OTHER_LIMIT.test(sentenceAt(at)));
  if (more) return { rule: 'count-at-limit', cause: 'quota', strength: 50, excerpt: more };
  return undefined;
}
