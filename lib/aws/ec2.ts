import 'server-only';
import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  type Filter,
  type IpPermission,
  type RouteTable as SdkRouteTable,
} from '@aws-sdk/client-ec2';
import type {
  NetworkEvidence,
  Piece,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  VpcEndpoint,
} from '@/lib/analysis/evidence';
import type { AwsClients } from './scoped-clients';
import { attempt } from './errors';
import { collectPages } from './paginate';
import { parseJsonDocument } from './policy-document';

const MAX_PAGES = 10;

/**
 * The network a VPC-mode job runs in: its subnets, the route tables that apply to them (a subnet
 * with no explicit association uses the VPC's main table), the VPC's endpoints with their policies,
 * and its security groups. Enough to tell whether S3 is reachable and through which endpoint.
 */
export async function getNetworkEvidence(aws: AwsClients, vpc: { subnetIds: string[]; securityGroupIds: string[] }): Promise<NetworkEvidence> {
  const client = aws.ec2();
  const [subnets, explicitTables, securityGroups] = await Promise.all([
    attempt({ action: 'ec2:DescribeSubnets', resource: vpc.subnetIds.join(',') }, () =>
      pages(`the subnets ${vpc.subnetIds.join(', ')}`, async (NextToken) => {
        const out = await client.send(new DescribeSubnetsCommand({ SubnetIds: vpc.subnetIds, NextToken }));
        return { items: (out.Subnets ?? []).map(toSubnet), next: out.NextToken };
      }),
    ),
    attempt({ action: 'ec2:DescribeRouteTables', resource: vpc.subnetIds.join(',') }, () =>
      describeRouteTables(aws, [{ Name: 'association.subnet-id', Values: vpc.subnetIds }]),
    ),
    attempt({ action: 'ec2:DescribeSecurityGroups', resource: vpc.securityGroupIds.join(',') }, async () =>
      vpc.securityGroupIds.length === 0
        ? []
        : pages(`the security groups ${vpc.securityGroupIds.join(', ')}`, async (NextToken) => {
            const out = await client.send(new DescribeSecurityGroupsCommand({ GroupIds: vpc.securityGroupIds, NextToken }));
            const items = (out.SecurityGroups ?? []).map((g) => ({
              id: g.GroupId ?? '',
              ...(g.GroupName ? { name: g.GroupName } : {}),
              vpcId: g.VpcId ?? '',
              ingress: (g.IpPermissions ?? []).map(toRule),
              egress: (g.IpPermissionsEgress ?? []).map(toRule),
            }));
            return { items, next: out.NextToken };
          }),
    ),
  ]);

  const vpcId =
    (subnets.ok ? subnets.value[0]?.vpcId : undefined) ??
    (explicitTables.ok ? explicitTables.value[0]?.vpcId : undefined) ??
    (securityGroups.ok ? securityGroups.value[0]?.vpcId : undefined);

  const [routeTables, endpoints] = await Promise.all([
    withMainTable(aws, vpc.subnetIds, vpcId, explicitTables),
    vpcId
      ? attempt({ action: 'ec2:DescribeVpcEndpoints', resource: vpcId }, () => describeEndpoints(aws, vpcId))
      : Promise.resolve<Piece<VpcEndpoint[]>>({
          ok: false,
          missing: { kind: 'error', action: 'ec2:DescribeVpcEndpoints', message: 'the VPC of the job could not be determined (its subnets, route tables and security groups could not be read)' },
        }),
  ]);
  return { ...(vpcId ? { vpcId } : {}), subnets, routeTables, endpoints, securityGroups };
}

/** Subnets without an explicit association route through the VPC's main table: fetch it too. */
async function withMainTable(
  aws: AwsClients,
  subnetIds: string[],
  vpcId: string | undefined,
  explicit: Piece<RouteTable[]>,
): Promise<Piece<RouteTable[]>> {
  if (!explicit.ok) return explicit;
  const associated = new Set(explicit.value.flatMap((t) => t.subnetIds));
  if (subnetIds.every((id) => associated.has(id))) return explicit;
  if (!vpcId) {
    return { ok: false, missing: { kind: 'error', action: 'ec2:DescribeRouteTables', message: 'some subnets use the main route table, but the VPC could not be determined to find it' } };
  }
  const main = await attempt({ action: 'ec2:DescribeRouteTables', resource: vpcId }, () =>
    describeRouteTables(aws, [
      { Name: 'vpc-id', Values: [vpcId] },
      { Name: 'association.main', Values: ['true'] },
    ]),
  );
  if (!main.ok) return main;
  const seen = new Set(explicit.value.map((t) => t.id));
  return { ok: true, value: [...explicit.value, ...main.value.filter((t) => !seen.has(t.id))] };
}

function describeRouteTables(aws: AwsClients, Filters: Filter[]): Promise<RouteTable[]> {
  return pages('the route tables', async (NextToken) => {
    const out = await aws.ec2().send(new DescribeRouteTablesCommand({ Filters, NextToken }));
    return { items: (out.RouteTables ?? []).map(toRouteTable), next: out.NextToken };
  });
}

/** EC2 refuses MaxResults alongside id lists, so the page size is the service's; the cap reports itself. */
function pages<T>(what: string, page: (token: string | undefined) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  return collectPages(what, MAX_PAGES, page);
}

function describeEndpoints(aws: AwsClients, vpcId: string): Promise<VpcEndpoint[]> {
  return pages(`the endpoints of ${vpcId}`, async (NextToken) => {
    const out = await aws.ec2().send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }], NextToken }));
    const items = (out.VpcEndpoints ?? []).map((e): VpcEndpoint => {
      const id = e.VpcEndpointId ?? '';
      return {
        id,
        vpcId: e.VpcId ?? vpcId,
        serviceName: e.ServiceName ?? '',
        type: e.VpcEndpointType ?? '',
        ...(e.State ? { state: e.State } : {}),
        routeTableIds: e.RouteTableIds ?? [],
        subnetIds: e.SubnetIds ?? [],
        // EC2 returns the endpoint policy as a plain JSON string; none means full access by default.
        policy: e.PolicyDocument ? parseJsonDocument(e.PolicyDocument, { action: 'ec2:DescribeVpcEndpoints', resource: id }) : { ok: true, value: null },
        ...privateDnsOf(e),
      };
    });
    return { items, next: out.NextToken };
  });
}

/** An interface endpoint's private DNS, when EC2 says it; one it does not say stays absent (not known). */
function privateDnsOf(e: { VpcEndpointType?: string; PrivateDnsEnabled?: boolean; DnsOptions?: { PrivateDnsOnlyForInboundResolverEndpoint?: boolean } }): Pick<VpcEndpoint, 'privateDns'> {
  if (e.VpcEndpointType !== 'Interface' || e.PrivateDnsEnabled === undefined) return {};
  if (!e.PrivateDnsEnabled) return { privateDns: 'off' };
  const inboundOnly = e.DnsOptions?.PrivateDnsOnlyForInboundResolverEndpoint;
  if (inboundOnly === undefined) return {};
  return { privateDns: inboundOnly ? 'inbound-only' : 'all-resolvers' };
}

function toSubnet(s: { SubnetId?: string; VpcId?: string; AvailabilityZone?: string; CidrBlock?: string }): Subnet {
  return {
    id: s.SubnetId ?? '',
    vpcId: s.VpcId ?? '',
    ...(s.AvailabilityZone ? { availabilityZone: s.AvailabilityZone } : {}),
    ...(s.CidrBlock ? { cidr: s.CidrBlock } : {}),
  };
}

function toRouteTable(t: SdkRouteTable): RouteTable {
  const associations = t.Associations ?? [];
  return {
    id: t.RouteTableId ?? '',
    vpcId: t.VpcId ?? '',
    subnetIds: associations.flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
    main: associations.some((a) => a.Main === true),
    routes: (t.Routes ?? []).map((r) =>
      dropUndefined({
        destinationCidr: r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock,
        destinationPrefixListId: r.DestinationPrefixListId,
        gatewayId: r.GatewayId,
        natGatewayId: r.NatGatewayId,
        // A gateway endpoint's route names the endpoint in GatewayId (vpce-...).
        vpcEndpointId: r.GatewayId?.startsWith('vpce-') ? r.GatewayId : undefined,
        transitGatewayId: r.TransitGatewayId,
        state: r.State,
      }),
    ),
  };
}

function toRule(p: IpPermission): SecurityGroupRule {
  return {
    protocol: p.IpProtocol ?? '-1',
    ...(p.FromPort !== undefined ? { fromPort: p.FromPort } : {}),
    ...(p.ToPort !== undefined ? { toPort: p.ToPort } : {}),
    cidrs: [...(p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])), ...(p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : []))],
    prefixListIds: (p.PrefixListIds ?? []).flatMap((r) => (r.PrefixListId ? [r.PrefixListId] : [])),
    groupIds: (p.UserIdGroupPairs ?? []).flatMap((r) => (r.GroupId ? [r.GroupId] : [])),
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
