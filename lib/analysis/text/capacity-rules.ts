import { conditionBefore } from './condition-clause';
import { matchWhere } from './grammar-verdict';
import type { TextRule } from './rules';

// The capacity rule's words for a shortage (its comment says whose each is). SageMaker's class is read as the failure's,
// not in the SDK's own source a traceback shows around a frame (session.py's `if "CapacityError" in str(reason):` and
// `raise exceptions.CapacityError(`, the forty-ninth review: a deploy's traceback pasted without its header).
// HealthOmics says it in words ("There isn't enough instance capacity to complete the workflow run", round 176).
// A shortage said in those words ("fails to provision P3 instances in EC2 due to global capacity shortage", the
// hundred-and-thirty-fifth review) is the same as AWS's "Insufficient capacity".
const CAPACITY_SHORTAGE =
  /\bno (?:runtimes?|compute|instances?|GPUs?|nodes?) (?:is |are )?(?:currently )?available\b[^\n]{0,60}?\btry again later\b|(?<!['"])\bCapacityError\b(?!\()|InsufficientInstanceCapacity|InsufficientCapacity(?:Error)?|is temporarily unavailable in supported availability zones|\bInsufficient capacity\b|\b(?:global |regional |instance |GPU |compute )?capacity shortages?\b|Unable to provision requested ML compute capacity|\b(?:Unable to|Cannot|Can ?not|Could not|Failed to) provision (?:the )?requested (?:instances?|nodes?)\b(?![^\n.]{0,80}?(?::|\bbecause\b|\bdue to\b|\bas\b|\bsince\b))|do(?:es)? not (?:currently )?have sufficient (?:[\w.-]{1,40} )?capacity|\b(?:isn't|is not|wasn't|was not|aren't|are not) enough (?:instance |compute |GPU )?capacity\b|insufficient .{0,40}?capacity|\bcapacity-(?:not-available|oversubscribed)\b|\bUnfulfillableCapacity\b|\bunable to fulfill capacity\b|\bCapacity is (?:currently )?unavailable at this time\b|\bwas unable to place a task because no container instance met all of its requirements\.[^\n]{0,200}?\b(?:has insufficient [\w ]{1,30}available|No Container Instances were found)\b|\bno (?:more )?(?:unused |available |spot )?capacity\b(?! (?:issues?|problems?|errors?|concerns?)\b)/i;
const CAPACITY_WORDS = ['capacity', 'temporarily unavailable', 'available', 'provision requested', 'unable to place a task'];
const inCondition = conditionBefore({ reach: 160, colonEnds: false });

/** Whether every shortage the text says is inside a condition's clause ("… may fail if … insufficient capacity"). */
function shortageOnlyInConditions(text: string, lower: string): boolean {
  const outright = (m: RegExpExecArray) => !inCondition(text, m.index);
  return matchWhere(lower, CAPACITY_WORDS, CAPACITY_SHORTAGE, text, outright) === undefined;
}

/** Shortages of compute where the job runs: SageMaker's, AWS Batch's, ECS's and Kubernetes' words for none of it left (and Batch's
 * misfit of a request to its queue, said in the same CATEGORY:CODE form). */
export const CAPACITY_RULES: readonly TextRule[] = [
  {
    id: 'capacity-wait',
    words: ['waiting for'],
    cause: 'capacity',
    // SageMaker's status that a job waits for capacity ("Pending - Training job waiting for capacity", a flexible
    // training plan's): alone, what the text says; passed over like a retried start beside any other reading
    // (retried-status.ts), and not read at all once the job's statuses after it show it got its instances (the
    // thirty-second review: "Training - …", "Completed - …", a log that goes on to "Training in progress"; the
    // hundred-and-thirty-second: "Pending - Preparing the instances for training" after the wait).
    strength: 70,
    // (The gap stops at a form feed: the unwrapper's section break, after which come the lines printed before the reason.)
    unless: /\bwaiting for (?:compute |instance )?capacity\b[^\f]{0,4000}?(?:\n[^\n]{0,40}?\b(?:Downloading|Training|Uploading|Completed) - |\bTraining in progress\b|\bPreparing the instances for training\b)/i,
    pattern: /\bwaiting for (?:compute |instance )?capacity\b/i,
  },
  {
    id: 'capacity',
    words: CAPACITY_WORDS,
    cause: 'capacity',
    strength: 70,
    // Not a condition's clause, a writer's warning of what may happen ("Training may fail if the Availability Zone does not
    // currently have sufficient capacity; consider …", the forty-sixth review), unless a shortage is also said outright
    // (a CapacityError whose message goes on "If the Region does not currently have sufficient capacity …, retry later",
    // the forty-seventh review).
    standsDown: shortageOnlyInConditions,
    // A service's own words for no compute of the kind asked for, said with the remedy for a shortage (Studio
    // Lab's "There is no runtime available right now. Please change the compute type or try again later.",
    // aws/studio-lab-examples#148): a shortage that passes with time. Not a bare "no GPU available", nor one that
    // asks for another instance type, which is as often the code's own device check on a CPU instance; nor "no
    // hosts available", a client's for the service it calls (gRPC's UNAVAILABLE). The requested instances not
    // provisioned, in HyperPod's words ("Cannot provision requested instances"), are the same shortage when nothing
    // else is said: a reason given after it ("…: Lifecycle scripts did not run successfully", an instance type not
    // supported in the region, a subnet without free addresses, the thirty-first review) is what failed. Fargate's "Capacity
    // is unavailable at this time" and ECS's "was unable to place a task because no container instance met all of its
    // requirements" with a shortage for its reason ("… has insufficient memory available", the cluster's free memory, not
    // a process's; "No Container Instances were found") are the same shortage (round 137); a reason of the task's own
    // constraints ("is missing an attribute required by your task") is not (the fifty-third review).
    pattern: CAPACITY_SHORTAGE,
  },
  {
    id: 'ecs-runtask-resource-shortage',
    words: ['resource:memory', 'resource:cpu', 'resource:gpu'],
    // RunTask's own failure reason for a placement short of a resource, "RESOURCE:MEMORY" (or CPU, GPU; the fifty-third
    // review): the same shortage in its code. Its capitals only: "resource:cpu" in a config or a quota's name is not it.
    cause: 'capacity',
    strength: 70,
    pattern: /\bRESOURCE:(?:MEMORY|CPU|GPU)\b/,
  },
  {
    // AWS Batch's reason for a job it holds or ends (a SageMaker Training job queued through Batch),
    // written CATEGORY:CODE in capitals: "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Unable to
    // provision requested compute resources", "Terminated by JobStateTimeLimit action due to reason:
    // CAPACITY:…". The category names the cause whatever the code (not inside Python's quotes, where it is a
    // value the code handled: "KeyError: 'CAPACITY:GPU_A100'"; a JSON field's value is the reason itself). Capitals only: a lower-case
    // "capacity:" is a field in a config or a log, not Batch's category.
    id: 'batch-reason-capacity',
    words: ['capacity:'],
    cause: 'capacity',
    strength: 70,
    pattern: /(?<![\w'])CAPACITY:[A-Z][A-Z0-9_]{2,80}\b/,
  },
  {
    // The same reasons' MISCONFIGURATION category: the job asks for more than the queue's service
    // or compute environment, or its quota share, is set to give ("MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE",
    // "…:QUOTA_MANAGEMENT_LIMIT_EXCEEDED"): the request does not fit the configuration. A code that
    // names a permission (Batch's service role) is a denial, not a misfit, and is not read here.
    id: 'batch-reason-misconfiguration',
    words: ['misconfiguration:'],
    cause: 'validation',
    strength: 65,
    pattern: /(?<![\w'])MISCONFIGURATION:[A-Z][A-Z0-9_]{2,80}\b/,
    unless: /\bMISCONFIGURATION:[A-Z0-9_]{0,60}(?:PERMISSION|ROLE)/,
  },
  {
    // Kubernetes' scheduler on a cluster (a HyperPod EKS job's pods): "0/1 nodes are available: 1
    // Insufficient cpu", "0/4 nodes are available: 2 Insufficient nvidia.com/gpu, 2 node(s) had
    // untolerated taint". Its count of nodes short of a resource the pod requests: the cluster's capacity.
    // The same report reaches a reader without its counts (round 35, daekeun-ml/aws-ai-infra-helper's
    // HyperPod EKS guides: "FailedScheduling: 0/2 nodes are available: Insufficient cpu, Insufficient
    // memory", "FailedScheduling: Insufficient cpu / Insufficient memory"): the event's reason,
    // FailedScheduling, names the scheduler as well as the node count does, and "Insufficient memory"
    // there is a node's free memory for a pod, not a process out of memory (which it outranks, 70 > 60). In
    // that form "Insufficient" is the scheduler's (capitalised) before a resource it schedules: cpu, memory,
    // pods, ephemeral storage, huge pages, a device plugin's vendor/resource. The report lists its reasons
    // with commas and a page may break the line after one (round 36, the HyperPod inference troubleshooting
    // guide's "0/15 nodes are available: 10 node(s) didn't match Pod's node affinity/selector," and, on the
    // next line, "5 Insufficient nvidia.com/gpu."): a line that ends in a comma goes on with the next reason.
    // Any other line break ends the report.
    id: 'scheduler-insufficient-resource',
    words: ['nodes are available', 'failedscheduling'],
    cause: 'capacity',
    strength: 70,
    pattern: /\b\d{1,6}\/\d{1,6} nodes are available:(?:,[ \t]{0,4}\n|[^\n]){0,200}?\b\d{1,6} Insufficient [a-z][\w.\/-]{0,60}|\bFailedScheduling\b(?:,[ \t]{0,4}\n|[^\n]){0,120}?\b(?:\d{1,6} )?Insufficient (?:cpu|memory|pods|ephemeral-storage|hugepages-\w{1,10}|[a-z][\w.-]{0,60}\/[\w.-]{1,60})\b/,
    // A pod that was scheduled after all and then failed (a pasted `kubectl describe pod` whose events go on to
    // "Successfully assigned", "Started" or an OOMKilled state) failed for that later reason.
    unless: /\bSuccessfully assigned\b|\bStarted container\b|\bOOMKilled\b/,
  },
];
