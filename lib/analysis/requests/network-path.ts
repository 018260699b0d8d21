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

function s3ServiceName(region: string): string {
  return `com.amazonaws.${region}.s3`;
}

/** Is this endpoint an S3 gateway endpoint of the region? */
export function isS3Gateway(endpoint: VpcEndpoint, region: string): boolean {
  return endpoint.serviceName === s3ServiceName(region) && endpoint.type === 'Gateway';
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

/**
 * An S3 interface endpoint in the VPC: with private DNS on, S3's names resolve to it from every subnet of the VPC, so
 * requests go through it (and carry its id as aws:SourceVpce) whatever the default route says, NAT or not. The dashboard
 * does not read the endpoint's DNS setting, so which way the requests go is not known.
 */
function interfaceEndpoint(table: RouteTable, endpoints: VpcEndpoint[], region: string): string | undefined {
  const iface = endpoints.find((e) => e.serviceName === s3ServiceName(region) && e.type === 'Interface' && e.vpcId === table.vpcId);
  return iface ? `the VPC has S3 interface endpoint ${iface.id}, whose DNS and policy the dashboard does not read` : undefined;
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
  const endpoint = s3EndpointFor(table, endpoints, bundle.region);
  if (endpoint) {
    return { kind: 'endpoint', vpcId: table.vpcId, endpointId: endpoint.id, routeTableId: table.id, policy: endpoint.policy };
  }
  const iface = interfaceEndpoint(table, endpoints, bundle.region);
  if (!iface && hasNatRoute(table)) return { kind: 'nat', vpcId: table.vpcId, routeTableId: table.id };
  const opaque = iface ?? opaqueEgress(table);
  if (opaque) {
    return {
      kind: 'unknown',
      what: `the way subnet ${subnetId} reaches S3`,
      missing: { kind: 'error', action: 'ec2:DescribeRouteTables', resource: table.id, message: opaque },
      because: opaque,
    };
  }
  return { kind: 'no-route', vpcId: table.vpcId, subnetId, routeTableId: table.id, s3EndpointId: anyS3Endpoint?.id };
}
