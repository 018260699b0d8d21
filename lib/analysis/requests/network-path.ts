import type { EvidenceBundle, Missing, PolicyDocument, Piece, RouteTable, VpcEndpoint } from '../evidence';

/**
 * How a job's S3 traffic leaves its subnets. It decides the `aws:SourceVpce` / `aws:SourceVpc`
 * context keys (and so any bucket-policy condition on them) and whether a VPC endpoint policy applies.
 */
export type S3Path =
  | { kind: 'sagemaker-network' }
  | { kind: 'endpoint'; vpcId: string; endpointId: string; routeTableId: string; policy: Piece<PolicyDocument | null> }
  | { kind: 'nat'; vpcId: string; routeTableId: string }
  | { kind: 'no-route'; vpcId: string; subnetId: string; routeTableId?: string; s3EndpointId?: string }
  | { kind: 'unknown'; missing: Missing; what: string; because?: string };

/**
 * Is this the region's S3 endpoint service? `com.amazonaws.<region>.s3`, and in the China regions also the
 * `cn.com.amazonaws.<region>.s3` form DescribeVpcEndpointServices lists there: an S3 endpoint not recognised would
 * leave its route or its private DNS unseen.
 */
function isS3Service(serviceName: string, region: string): boolean {
  return serviceName === `com.amazonaws.${region}.s3` || (region.startsWith('cn-') && serviceName === `cn.com.amazonaws.${region}.s3`);
}

/** Is this endpoint an S3 gateway endpoint of the region? */
export function isS3Gateway(endpoint: VpcEndpoint, region: string): boolean {
  return isS3Service(endpoint.serviceName, region) && endpoint.type === 'Gateway';
}

/** The route table a subnet uses: its explicit association, else its VPC's main table. */
export function tableForSubnet(tables: RouteTable[], subnetId: string, vpcId: string | undefined): RouteTable | undefined {
  const explicit = tables.find((t) => t.subnetIds.includes(subnetId));
  if (explicit) return explicit;
  return tables.find((t) => t.main && (vpcId === undefined || t.vpcId === vpcId));
}

/** The S3 gateway endpoint a route table already uses (associated, or routed to), if any. */
export function s3EndpointFor(table: RouteTable, endpoints: VpcEndpoint[], region: string): VpcEndpoint | undefined {
  const s3Gateways = endpoints.filter((e) => isS3Gateway(e, region) && e.vpcId === table.vpcId);
  // AWS adds a prefix-list route for each associated table; either signal counts.
  return s3Gateways.find(
    (e) => e.routeTableIds.includes(table.id) || table.routes.some((r) => r.vpcEndpointId === e.id),
  );
}

/** Why the way to S3 cannot be told, and the read that would tell it. */
interface PathDoubt {
  action: string;
  resource: string;
  because: string;
}

function hasNatRoute(table: RouteTable): boolean {
  // An internet gateway does not count: SageMaker's ENIs in a VPC get no public IP.
  return table.routes.some(
    (r) => r.natGatewayId !== undefined && r.destinationCidr === '0.0.0.0/0' && r.state !== 'blackhole',
  );
}

/**
 * Egress the dashboard cannot follow: a default route to a transit gateway, a virtual private gateway
 * or a target it does not read (a NAT instance, a network interface, a peering connection). S3 may well
 * be reachable that way, so "no route" would be a false verdict; what the path is, is unknown.
 */
function opaqueEgress(table: RouteTable): string | undefined {
  const route = table.routes.find(
    (r) => r.destinationCidr === '0.0.0.0/0' && r.state !== 'blackhole' && r.natGatewayId === undefined && !r.gatewayId?.startsWith('igw-'),
  );
  if (route) {
    const target = route.transitGatewayId ?? route.gatewayId ?? 'a target the dashboard does not read (an instance, a network interface or a peering connection)';
    return `the default route of ${table.id} goes to ${target}, beyond which the dashboard cannot see whether S3 is reachable`;
  }
  return undefined;
}

/** The VPC's S3 interface endpoints (AWS PrivateLink for S3), the three readings below each keeping those of one private DNS setting. */
function s3InterfacesOf(endpoints: readonly VpcEndpoint[], region: string, vpcId: string): VpcEndpoint[] {
  return endpoints.filter((e) => isS3Service(e.serviceName, region) && e.type === 'Interface' && e.vpcId === vpcId);
}

/**
 * What an S3 interface endpoint's private DNS leaves open (AWS PrivateLink for S3). With private DNS for all resolvers,
 * S3's standard names resolve to the endpoint from every subnet of the VPC, so the requests go through it (carrying its
 * id as aws:SourceVpce) whatever the routes say, gateway endpoint or NAT, if its security groups let them in, which the
 * dashboard does not read. With private DNS off, or "only for inbound endpoints" ("routes traffic that originates from
 * the VPC to the gateway endpoint"), the names SageMaker's own transfers use resolve to S3's public addresses and the
 * subnet's routes decide. When EC2 did not say which, the endpoint may be taking the requests.
 */
function interfaceEndpointDoubt(table: RouteTable, endpoints: VpcEndpoint[], region: string): PathDoubt | undefined {
  const ifaces = s3InterfacesOf(endpoints, region, table.vpcId);
  const capturing = ifaces.find((e) => e.privateDns === 'all-resolvers');
  if (capturing) {
    const because = `S3 interface endpoint ${capturing.id} has private DNS for all resolvers, so the VPC\u2019s S3 requests go through it if its security groups admit them, which the dashboard does not read`;
    return { action: 'ec2:DescribeSecurityGroups', resource: capturing.id, because };
  }
  const unsaid = ifaces.find((e) => e.privateDns === undefined);
  if (!unsaid) return undefined;
  return { action: 'ec2:DescribeVpcEndpoints', resource: unsaid.id, because: `the VPC has S3 interface endpoint ${unsaid.id}, whose private DNS setting EC2 did not report, so S3\u2019s names may resolve to it` };
}

/**
 * With no route, an S3 interface endpoint whose private DNS is off may still be the way: a Route 53 private hosted zone
 * can point S3's names at it, or the requests can use its own DNS names, neither of which the dashboard reads. Why else
 * would the VPC have one? "No route" would be a verdict resting on DNS it has not seen. (Private DNS for inbound
 * endpoints only is the setting that sends the VPC's own traffic to a gateway endpoint: there the routes decide.)
 */
function unnamedInterfaceDoubt(table: RouteTable, endpoints: VpcEndpoint[], region: string): PathDoubt | undefined {
  const off = s3InterfacesOf(endpoints, region, table.vpcId).find((e) => e.privateDns === 'off');
  if (!off) return undefined;
  const because = `route table ${table.id} has no route to S3, but the VPC has S3 interface endpoint ${off.id} with private DNS off: requests reach it if a Route 53 private hosted zone points S3\u2019s names at it or they use its own DNS names, which the dashboard does not read`;
  return { action: 'route53:ListHostedZonesByVPC', resource: off.id, because };
}

/**
 * The ways the job's S3 requests may go instead of the one its routes give: each S3 interface endpoint of its VPC with
 * private DNS off (a VPC may have several) is reached through a Route 53 private hosted zone that points S3's names at
 * it, or through its own DNS names, neither of which the dashboard reads (with private DNS for inbound endpoints only,
 * the VPC's own traffic goes the routes' way, as AWS means it to). Only beside a path the routes decided: with no route,
 * the path is already unknown.
 */
export function interfaceAlternatives(bundle: EvidenceBundle, path: S3Path): Extract<S3Path, { kind: 'endpoint' }>[] {
  if (path.kind !== 'endpoint' && path.kind !== 'nat') return [];
  const endpoints = bundle.network?.endpoints;
  if (!endpoints?.ok) return [];
  return s3InterfacesOf(endpoints.value, bundle.region, path.vpcId)
    .filter((e) => e.privateDns === 'off')
    .map((e) => ({ kind: 'endpoint', vpcId: e.vpcId, endpointId: e.id, routeTableId: path.routeTableId, policy: e.policy }));
}

/** Decide the S3 path from the first subnet that lacks one, else the first subnet's path. */
export function findS3Path(bundle: EvidenceBundle): S3Path {
  const vpc = bundle.job.vpc;
  if (!vpc) return { kind: 'sagemaker-network' };
  const network = bundle.network;
  if (!network) {
    return {
      kind: 'unknown',
      what: 'the VPC network configuration',
      missing: { kind: 'error', action: 'ec2:DescribeRouteTables', message: 'no network evidence was collected' },
    };
  }
  if (!network.routeTables.ok) return { kind: 'unknown', what: 'the subnets\u2019 route tables', missing: network.routeTables.missing };
  if (!network.endpoints.ok) return { kind: 'unknown', what: 'the VPC endpoints', missing: network.endpoints.missing };
  const vpcId = network.vpcId ?? (network.subnets.ok ? network.subnets.value[0]?.vpcId : undefined);
  const tables = network.routeTables.value;
  const endpoints = network.endpoints.value;
  const paths = vpc.subnetIds.map((subnetId) => pathForSubnet(bundle, subnetId, vpcId, tables, endpoints));
  return paths.find((p) => p.kind === 'no-route') ?? paths[0] ?? { kind: 'sagemaker-network' };
}

function pathForSubnet(
  bundle: EvidenceBundle,
  subnetId: string,
  vpcId: string | undefined,
  tables: RouteTable[],
  endpoints: VpcEndpoint[],
): S3Path {
  const table = tableForSubnet(tables, subnetId, vpcId);
  const anyS3Endpoint = endpoints.find((e) => isS3Gateway(e, bundle.region) && (vpcId === undefined || e.vpcId === vpcId));
  if (!table) return { kind: 'no-route', vpcId: vpcId ?? '', subnetId, s3EndpointId: anyS3Endpoint?.id };
  // DNS is answered before any route is taken: an interface endpoint that takes S3's names overrides them all.
  const doubt = interfaceEndpointDoubt(table, endpoints, bundle.region);
  const routed = doubt === undefined ? routedPath(table, endpoints, bundle.region) : undefined;
  if (routed) return routed;
  const opaque = opaqueEgress(table);
  const unsure = doubt ?? (opaque ? { action: 'ec2:DescribeRouteTables', resource: table.id, because: opaque } : undefined) ?? unnamedInterfaceDoubt(table, endpoints, bundle.region);
  if (unsure) {
    return {
      kind: 'unknown',
      what: `the way subnet ${subnetId} reaches S3`,
      missing: { kind: 'error', action: unsure.action, resource: unsure.resource, message: unsure.because },
      because: unsure.because,
    };
  }
  return { kind: 'no-route', vpcId: table.vpcId, subnetId, routeTableId: table.id, s3EndpointId: anyS3Endpoint?.id };
}

/** The path the subnet's routes give: its table's S3 gateway endpoint, else a NAT gateway. */
function routedPath(table: RouteTable, endpoints: VpcEndpoint[], region: string): S3Path | undefined {
  const endpoint = s3EndpointFor(table, endpoints, region);
  if (endpoint) return { kind: 'endpoint', vpcId: table.vpcId, endpointId: endpoint.id, routeTableId: table.id, policy: endpoint.policy };
  return hasNatRoute(table) ? { kind: 'nat', vpcId: table.vpcId, routeTableId: table.id } : undefined;
}
