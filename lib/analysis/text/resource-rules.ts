import { TRACEBACK_HEADER } from './client-traceback';
import { collectiveReportDecides } from './collective-report';
import { everyReportPassedOver, lineWentOnPastAt } from './quiet-lines';
import type { TextRule } from './rules';

// A line that is an exception a program raised ("TypeError: …"), not botocore's relay of what an AWS service answered
// ("botocore.exceptions.ClientError: An error occurred (BadRequest) when calling the CreateFileSystem operation: …",
// whose message is the service's own words, the thirty-fifth review).
const EXCEPTION_LINE = /^[ \t]*(?:[\w]{1,40}\.){0,4}[A-Z]\w{0,60}(?:Error|Exception): (?!An error occurred \()/m;

const AWS_SERVICE_UNREACHABLE =
  /\b(?:unable to|cannot|can ?not|could not|couldn't|can't|failed to) (?:reach|connect to) (?:the )?(?:Amazon |AWS )?(?:SageMaker|S3|STS|ECR|CloudWatch(?: Logs)?|KMS|Secrets Manager|SSM)(?: API| runtime)? (?:endpoints?|API|service)\b/i;
// The network's parts by name: "your network" alone is any network, a hub's or a laptop's (the sixty-ninth review).
const NETWORK_PART = String.raw`(?:VPC|subnets?|security\s{1,4}groups?|route\s{1,4}tables?|network\s{1,4}configuration)`;
const NETWORK_NAMED_AFTER_FAILURE = new RegExp(
  String.raw`(?:\bfailed(?:\s{1,4}to\s{1,4}\w{1,20})?|\b(?:did\s{1,4}not|didn't|could\s{1,4}not)\s{1,4}(?:run|complete|pass|succeed)(?:\s{1,4}successfully)?)[.;]\s{1,8}(?:Please\s{1,4})?(?:Ensure|Make\s{1,4}sure|Verify|Check)(?:\s{1,4}that)?\s{1,4}(?:your|the)\s{1,4}${NETWORK_PART}(?:(?:,|,?\s{1,4}(?:and|or))\s{1,4}(?:your\s{1,4}|the\s{1,4})?${NETWORK_PART}){0,3}\s{1,4}(?:is|are)\s{1,4}(?:properly\s{1,4}|correctly\s{1,4})?configured\b(?![.]?["”'][ \t]{0,2}:)`,
  'i',
);
const INPUT_FILE_SAID_MISSING = /\b(?:file|directory|folder) not found:?[ \t]{0,4}['"]?\/opt\/ml\/(?:processing\/input\/|input\/(?!config\/))/i;
const EVERY_INPUT_FILE_SAID_MISSING = new RegExp(INPUT_FILE_SAID_MISSING.source, 'gi');
const QUOTED_ANSWER = /\bAn error occurred \(|\bError Code:/;
const NETWORK_WORDS = /\b(?:VPC|connectivity|internet|proxy|firewall|network)\b/i;

/**
 * What the job was given, said lacking in a service's words: its network (subnets, zones, a misconfiguration) and its
 * model archive.
 */
export const RESOURCE_RULES: readonly TextRule[] = [
  {
    id: 'network-configuration-words',
    words: ['no subnet', 'no security group', 'no route table', 'no nat gateway', 'no vpc endpoint', 'misconfigur', 'security group', 'addresses', "n't private", 'not private'],
    cause: 'vpc',
    stage: 'network',
    // The network a cluster or job was given said to lack what it needs, or to be misconfigured, in a service's own
    // words: HyperPod's "No subnets in the capacity AZ" (the cluster's subnets do not reach the zone that has the
    // instances), "Instance bootstrap failed due to network misconfiguration" (routes, security groups, endpoints).
    // As strong as a failure said in words (55); silent beside a collective's report of its own failure, whose hints
    // name the network as one suspect among several, and beside an exception a program raised (a script's own line,
    // "[local-mode] no subnets configured for local mode, using host network", above its TypeError, the thirty-first
    // review). Not a guess ("often due to network misconfiguration, a firewall, or …"). Security groups said not to let
    // traffic through ("the provided security groups do not permit Lustre LNET network traffic on port 988", FSx's
    // answer to a file system in the job's subnets, round 68) are the same network lacking what it needs, when the
    // sentence names which groups (the provided, the default, sg-…): a guide's "By default, security groups do not allow
    // inbound traffic" is not a failure (the thirty-fifth review). So are subnets
    // without free addresses for the instances asked for ("Cannot provision requested instances: … does not have enough
    // free IP addresses", a leftover of the thirty-first review; EC2's "not enough free addresses in subnet …").
    // So is an address or a subnet said not private where the service needs it so ("The IP address of the EMR cluster
    // isn't private", Data Wrangler's, round 101): the cluster or job was placed in the wrong subnets. Not "not public":
    // that is a template's or a dashboard's note far more often than a refusal (the forty-sixth review).
    strength: 55,
    standsDown: (text, lower) => collectiveReportDecides(text, lower) || EXCEPTION_LINE.test(text),
    pattern:
      /\bNo (?:subnets?|security groups?|route tables?|NAT gateways?|VPC endpoints?)(?: or (?:subnets?|security groups?|route tables?|NAT gateways?|VPC endpoints?))? (?:in|for|found|available|match(?:ing|es)?|configured|attached|associated)\b|(?<!\b(?:often|usually|typically|sometimes|possibly|probably|likely|may be|might be|could be|can be) )\b(?:due to|because of|caused by) (?:an? |the )?(?:network(?:ing)?|VPC) misconfiguration\b|(?:\b(?:the|your|its|provided|default|specified|selected|attached|these|this|job's)[ \t]{1,3}(?:[\w-]{1,40}[ \t]{1,3})?security[ \t]groups?|\bsecurity[ \t]groups?(?=[ \t]{1,3}sg-))(?:[ \t]{1,3}sg-[0-9a-f]{4,40}(?:,[ \t]{0,3}sg-[0-9a-f]{4,40}){0,8})?(?:[ \t]{1,3}(?:for|of|in|on)(?:[ \t]{1,3}[\w-]{1,40}){1,4}?)?[ \t]{1,3}(?:(?:do|does|did)(?:[ \t]{1,3}not|n't)|(?:is|are)[ \t]{1,3}not)[ \t]{1,3}(?:permit|allow)(?:s|ing)?[ \t]{1,3}(?:[\w()/-]{1,40}[ \t]{1,3}){0,6}?\(?(?:traffic|inbound|outbound|connections?|ports?)\b|\b(?:not (?:have )?enough|insufficient|no) (?:free|available) (?:IPv[46] |private )?(?:IP )?addresses\b|\b(?:IP address(?:es)?|subnets?)\b[^\n.]{0,80}?\b(?:is|are)(?:n't| not) private\b/i,
  },
  {
    id: 'network-named-after-failure',
    words: ['configured'],
    cause: 'vpc',
    stage: 'network',
    // A service's failure verdict whose next sentence names the network as what to put right ("Instance replacement failed:
    // EFA health checks did not run successfully. Ensure that your VPC and security groups are properly configured before
    // attempting to create a new cluster.", HyperPod's; round 193 and the sixty-eighth review): the check that did not run
    // was the network's, as the sentence says. The instruction alone, a guide's advice, is no failure; nor is the verdict
    // alone ("EFA health checks did not run successfully", held `unknown` since round 21), nor the message quoted and explained
    // ("…properly configured": add an inbound rule …", a guide's list). Weak (30): a hint, not a finding, so what names the
    // failure outranks it (a deploy tool's footer under SageMaker's ping health check, a hub download's failure; the
    // sixty-ninth review).
    strength: 30,
    standsDown: (text, lower) => collectiveReportDecides(text, lower) || EXCEPTION_LINE.test(text),
    pattern: NETWORK_NAMED_AFTER_FAILURE,
  },
  {
    id: 'aws-service-unreachable',
    words: ['reach', 'connect to'],
    cause: 'vpc',
    stage: 'network',
    // An AWS service's API said unreachable from where the job or app runs, named without its host ("SageMaker studio is
    // unable to reach SageMaker Endpoint. Please ensure your VPC has connectivity to SageMaker via Internet or VPC
    // Endpoint", a VPC-only Studio domain's app, round 97): the network path to AWS, as a connect timeout to its host is.
    // Not when the sentence goes on to quote the service's answer ("Could not connect to the S3 service: An error
    // occurred (AccessDenied) …": it was reached, and refused), and an endpoint only beside the network's words (VPC,
    // connectivity, internet, proxy): a SageMaker endpoint is as often the model's (the forty-fourth review).
    strength: 60,
    standsDown: (text) => QUOTED_ANSWER.test(text) || (/\bendpoints?\b/i.test(AWS_SERVICE_UNREACHABLE.exec(text)?.[0] ?? '') && !NETWORK_WORDS.test(text)),
    pattern: AWS_SERVICE_UNREACHABLE,
  },
  {
    id: 'input-file-said-missing',
    words: ['not found'],
    cause: 'data',
    stage: 'input',
    // A file under the job's input mounts said not found in a program's own words ("[ERROR] Ratings file not found:
    // /opt/ml/processing/input/data/u.data", round 225; "AlgorithmError: file not found: /opt/ml/processing/input/…"): the
    // input the job was given, as ENOENT there is (rules.ts). Not config/, which SageMaker writes itself, and not on a line
    // logged at WARN or below that says the program went on ("WARN file not found: …/val.csv, skipping validation" above the
    // KeyError that ended the job, the seventy-second review).
    strength: 55,
    // Every occurrence is asked, not the first: a skipped validation file above the training file that ended the job is
    // still the input's.
    standsDown: (text) => everyReportPassedOver(text, EVERY_INPUT_FILE_SAID_MISSING, (m) => lineWentOnPastAt(text, m.index)) === true,
    pattern: INPUT_FILE_SAID_MISSING,
  },
  {
    id: 'model-archive-unloadable',
    words: ['cannot be loaded'],
    cause: 'data',
    stage: 'input',
    // A model under /opt/ml/model its server says it cannot load (the XGBoost container's "Model
    // /opt/ml/model/xgboost-model cannot be loaded: … wrong model format", round 64): the archive the endpoint was
    // given. Not when the job's own handler raised it (a model_fn under /opt/ml/model/code that checks its runtime's
    // version, the thirty-third review): that is the code's check.
    strength: 55,
    unless: /\/opt\/ml\/(?:model\/)?code\//,
    pattern: /\bModel \/opt\/ml\/model\/[^\s:]{1,200} cannot be loaded\b/,
  },
  {
    id: 'network-id-not-found',
    words: ['vpc-', 'subnet-', 'sg-'],
    cause: 'vpc',
    stage: 'network',
    // A VPC, subnet or security group the request named by its id, said not found ("ResourceNotFoundError: The VPC ID
    // 'vpc-…' could not be found. Verify that the VPC ID is valid and that it's in the same AWS Region as the requested
    // domain", a Studio domain's, round 73), as EC2's InvalidVpcID.NotFound and InvalidSubnetID.NotFound codes are read:
    // the network the request was given, whatever error class the service's answer carries (as below); a guide's placeholder id
    // too ("The security group 'sg-xxx' does not exist", a HyperPod error catalogue's, round 233). Not beside a
    // script's own traceback with no service's answer relayed ("KeyError: 'sg-…'" and its own line "security group sg-…
    // was not found in NET mapping", the thirty-seventh review).
    strength: 55,
    standsDown: (text) => text.includes(TRACEBACK_HEADER) && !text.includes('An error occurred ('),
    pattern: /\b(?:VPC|subnet|security group)(?: ID)? ['"]?(?:vpc|subnet|sg)-[0-9a-fx*]{3,40}['"]? (?:could not be found|cannot be found|was not found|does not exist)\b/i,
  },
  {
    id: 'subnet-zone-unsupported',
    words: ['in an availability zone that'],
    cause: 'vpc',
    stage: 'network',
    // A subnet chosen in a zone that lacks what the service needs ("AvailabilityZoneUnavailableError: … subnet is in an
    // Availability Zone that does not support EFS mount targets", a Studio domain's): the network's choice, above the
    // unsupported-combination reading of the same words (44), whatever error class the service's answer carries.
    strength: 55,
    pattern: /\bsubnets?(?:[ -][\w-]{1,40}(?:,[ \t]{0,3}[\w-]{1,40}){0,8})? (?:is|are) in an Availability Zone that (?:does|do) not support\b/i,
  },
];
