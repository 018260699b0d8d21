import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { isWarningLineAt } from './quiet-lines';

// SageMaker's route-table sentence and its relatives: the job's subnets cannot reach S3. ECS says the same of a task
// that could not reach a service before it started ("There is a connection issue between the task and Amazon ECR. Check
// your task network configuration.", "… retrieve secret from asm: … context deadline exceeded. Please check your task
// network configuration.", round 137): whatever else the line says (its logger's "signal: killed"), the network is why.
// Glue's "Could not find S3 endpoint or NAT gateway for subnetId: …" (round 144) is the same sentence in its words.
const ROUTE_SENTENCE = /\broute table\b[^\n]{0,120}?\b(?:VPC endpoint|NAT)|\bS3 VPC endpoint\b|\bS3 endpoint or NAT gateway\b|reachable from within the subnets?\b|\bThere is a connection issue between the task and\b|\bPlease check your task network configuration\b/i;
// A subnet that cannot give the instance or interface what it needs: free addresses ("There aren't sufficient free Ipv4
// addresses or prefixes" under InvalidParameterValue, "The specified subnet does not have enough free cidr blocks",
// InsufficientFreeAddressesInSubnet's "Insufficient Free IP Addresses in subnet"), or public addresses a node group
// expects (EKS's "does not automatically assign public IP addresses", eksctl's "MapPublicIpOnLaunch"), round 143: the
// job's network, whatever code carries it.
// SageMaker's own sentence for subnets that do not span the zones an endpoint needs ("Unable to locate at least 2 availability
// zone(s) with the requested instance type ml.m5.large that overlap with SageMaker subnets.", round 187) says the same of the
// VpcConfig's subnets.
const SUBNET_SHORT =
  /\bavailability zone\(?s?\)? with the requested instance type [\w.]{1,40} that overlap with (?:the )?(?:SageMaker |specified |provided )?subnets\b|\b(?:aren't|are not|not)(?: have)? (?:sufficient|enough) free (?:IPv[46] |IP )?(?:addresses|cidr blocks)\b|\bInsufficient Free IP Addresses in subnet\b|\bdoes not automatically assign public IP addresses\b|\bproperty "MapPublicIpOnLaunch" enabled\b/i;
// No subnet to use at all (SkyPilot's "No usable subnets found", "The default VPC … has no subnets", "All candidate subnets are
// private", round 163): the job's network. Not on a warning's line, which goes on without a zone's subnets ("vpc-… has no
// subnets in us-east-1e; that zone will be skipped"), nor a script's note that some subnets are private (the fifty-ninth review).
const NO_SUBNET_TO_USE = /\bno (?:usable|available|eligible|valid|suitable|matching|candidate) subnets\b|\bhas no subnets\b|\bAll (?:candidate |the )?subnets (?:in [\w-]{1,60} )?(?:are|were) private\b/i;
// A TLS name check that failed because a VPC endpoint answered for a service's name its certificate does not hold ("hostname
// 'sts.amazonaws.com' doesn't match either of 'sts.eu-west-1.amazonaws.com', '*.sts.eu-west-1.vpce.amazonaws.com'", the
// endpoint's private DNS taking the global name, round 143): the VPC's endpoint and DNS.
const VPC_ENDPOINT_NAME_MISMATCH = /\bhostname '[^'\n]{1,200}' doesn't match (?:either of )?[^\n]{0,300}?\.vpce\.amazonaws\.com\b/i;

/** SageMaker's and other services' sentences that say the job's network (its subnets, route tables, VPC endpoints) is at fault. */
export function readNetworkSentence(text: string, lower: string): GrammarVerdict | undefined {
  const route = findIf(lower, ['route table', 'vpc endpoint', 's3 endpoint or nat', 'reachable from within', 'connection issue between the task', 'task network configuration'], ROUTE_SENTENCE, text);
  if (route) return { rule: 'route-sentence', cause: 'vpc', stage: 'network', strength: 78, excerpt: route };
  const endpointName = findIf(lower, ['.vpce.amazonaws.com'], VPC_ENDPOINT_NAME_MISMATCH, text);
  if (endpointName) return { rule: 'vpc-endpoint-name-mismatch', cause: 'vpc', stage: 'network', strength: 78, excerpt: endpointName };
  const subnet = findIf(lower, ['free ip', 'free addresses', 'free cidr', 'public ip', 'mappubliciponlaunch', 'overlap with'], SUBNET_SHORT, text);
  if (subnet) return { rule: 'subnet-short', cause: 'vpc', stage: 'network', strength: 78, excerpt: subnet };
  const noSubnet = findIfWhere(lower, ['subnets'], NO_SUBNET_TO_USE, text, (at) => !isWarningLineAt(text, at));
  if (noSubnet) return { rule: 'no-subnet-to-use', cause: 'vpc', stage: 'network', strength: 78, excerpt: noSubnet };
  return undefined;
}
