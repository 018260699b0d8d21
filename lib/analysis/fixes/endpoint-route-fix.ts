import type { EvidenceBundle, VpcEndpoint } from '../evidence';
import { s3EndpointFor, tableForSubnet } from '../requests/network-path';
import type { FixPlan } from './fix-plan';
import { routeFix } from './resource-fixes';

/** The required endpoint as the job's own network evidence shows it (its VPC, route tables and policy), when it was read. */
export function readEndpoint(bundle: EvidenceBundle, vpces: string[]): VpcEndpoint | undefined {
  const endpoints = bundle.network?.endpoints;
  return endpoints?.ok ? endpoints.value.find((e) => vpces.includes(e.id)) : undefined;
}

/**
 * A job that already runs in the VPC of the gateway endpoint a deny requires, from subnets whose one route table does not
 * use it (S3 goes out through a NAT gateway): associating that table with the endpoint brings the job's S3 requests
 * through it with no change to the job. Re-simulation proves it against the endpoint's own policy, which was read.
 * Subnets on several tables get no plan: which of them to change is the network's owners' choice.
 */
export function endpointRoutePlan(bundle: EvidenceBundle, vpces: string[], why: string, checkIds: string[]): FixPlan | undefined {
  const network = bundle.network;
  const subnets = bundle.job.vpc?.subnetIds ?? [];
  const endpoint = readEndpoint(bundle, vpces);
  if (!network?.routeTables.ok || !endpoint || endpoint.type !== 'Gateway' || !endpoint.policy.ok || !subnets.length) return undefined;
  const all = network.routeTables.value;
  const tables = subnets.map((s) => tableForSubnet(all, s, network.vpcId));
  const table = tables[0];
  if (!table || tables.some((t) => t?.id !== table.id) || table.vpcId !== endpoint.vpcId) return undefined;
  // A table that already uses an S3 gateway needs no plan: the required one is in use, or AWS refuses a second on it (one
  // route per gateway service), and swapping them moves every S3 request of its subnets to another policy: the owners' call.
  if (s3EndpointFor(table, network.endpoints.ok ? network.endpoints.value : [], bundle.region)) return undefined;
  const plan = routeFix(bundle, { kind: 'no-route', vpcId: table.vpcId, subnetId: subnets.join(', '), routeTableId: table.id, s3EndpointId: endpoint.id }, checkIds);
  if (!plan) return undefined;
  const others = table.main ? 'every subnet of the VPC without a route table of its own (it is the main table)' : table.subnetIds.filter((s) => !subnets.includes(s)).join(', ');
  return {
    ...plan,
    kind: 'compliant',
    title: `Route the job's subnet${subnets.length > 1 ? 's' : ''} ${subnets.join(', ')} to S3 through ${endpoint.id}: associate route table ${table.id} with it`,
    notes: [
      `${why}; the job's subnet${subnets.length > 1 ? 's use' : ' uses'} route table ${table.id}, which does not send S3 traffic through ${endpoint.id}.`,
      `Every S3 request in ${bundle.region} from the subnets on ${table.id}${others ? ` (also ${others})` : ''} then goes through ${endpoint.id}, and its endpoint policy applies to them: this job's requests are re-simulated against it.`,
    ],
  };
}
