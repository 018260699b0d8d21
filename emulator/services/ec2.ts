/**
 * EC2 (ec2Query, Version 2016-11-15): the network a VPC-mode job runs in — subnets, their route
 * tables (with the Main association), VPC endpoints with their policies, and security groups.
 */
import { AwsError } from '../errors';
import { ec2QueryProtocol } from '../protocols/ec2-query';
import type { ScenarioVpc } from '../scenario/schema';
import type { CallContext, Operation, ServiceDef } from '../types';
import { ec2EndpointWriteOperations } from './ec2-endpoint-writes';
import { describe, type DescribeSpec, type Filterable } from './ec2-filters';
import { ec2FaultErrors } from './fault-errors';
import { stableHex } from './ids';
import { arnHead } from '../partition';

/** What AWS attaches to an endpoint created without a policy. */
const FULL_ACCESS_POLICY = { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };

function vpcsIn(ctx: CallContext): ScenarioVpc[] {
  return ctx.scenario.vpcs.filter((vpc) => vpc.region === ctx.region);
}

const hex = (seed: string) => stableHex(seed);

function subnets(ctx: CallContext): Filterable<unknown>[] {
  return vpcsIn(ctx).flatMap((vpc) =>
    vpc.subnets.map((subnet) => ({
      id: subnet.id,
      values: { 'vpc-id': [vpc.id], 'subnet-id': [subnet.id], 'availability-zone': [subnet.availabilityZone], 'cidr-block': [subnet.cidr] },
      xml: {
        subnetId: subnet.id,
        subnetArn: `${arnHead(ctx.region)}:ec2:${ctx.region}:${ctx.accountId}:subnet/${subnet.id}`,
        state: 'available',
        vpcId: vpc.id,
        ownerId: ctx.accountId,
        cidrBlock: subnet.cidr,
        availableIpAddressCount: 250,
        availabilityZone: subnet.availabilityZone,
        defaultForAz: false,
        mapPublicIpOnLaunch: false,
      },
    })),
  );
}

function routeTables(ctx: CallContext): Filterable<unknown>[] {
  return vpcsIn(ctx).flatMap((vpc) =>
    vpc.routeTables.map((table) => {
      const associations = [
        ...(table.main ? [{ main: true, routeTableAssociationId: `rtbassoc-${hex(`${table.id}:main`)}`, routeTableId: table.id }] : []),
        ...table.subnetIds.map((subnetId) => ({
          main: false,
          routeTableAssociationId: `rtbassoc-${hex(`${table.id}:${subnetId}`)}`,
          routeTableId: table.id,
          subnetId,
        })),
      ].map((a) => ({ ...a, associationState: { state: 'associated' } }));
      const explicitEndpoints = new Set(table.routes.map((r) => r.vpcEndpointId).filter(Boolean));
      // A gateway endpoint adds its prefix-list route to every route table it is associated with.
      const endpointRoutes = vpc.endpoints
        .filter((e) => e.type === 'Gateway' && e.routeTableIds.includes(table.id) && !explicitEndpoints.has(e.id))
        .map((e) => ({ destinationPrefixListId: `pl-${hex(e.serviceName).slice(0, 8)}`, gatewayId: e.id, state: 'active', origin: 'CreateRoute' }));
      const routes = [
        { destinationCidrBlock: vpc.cidr, gatewayId: 'local', state: 'active', origin: 'CreateRouteTable' },
        ...table.routes.map((r) => ({
          destinationCidrBlock: r.destinationCidr,
          destinationPrefixListId: r.destinationPrefixListId,
          gatewayId: r.gatewayId ?? r.vpcEndpointId,
          natGatewayId: r.natGatewayId,
          transitGatewayId: r.transitGatewayId,
          state: 'active',
          origin: 'CreateRoute',
        })),
        ...endpointRoutes,
      ];
      return {
        id: table.id,
        values: {
          'vpc-id': [vpc.id],
          'route-table-id': [table.id],
          'association.subnet-id': table.subnetIds,
          'association.main': [String(table.main)],
          'association.route-table-id': associations.length > 0 ? [table.id] : [],
        },
        xml: { associationSet: associations, propagatingVgwSet: [], routeTableId: table.id, routeSet: routes, tagSet: [], vpcId: vpc.id, ownerId: ctx.accountId },
      };
    }),
  );
}

function vpcEndpoints(ctx: CallContext): Filterable<unknown>[] {
  return vpcsIn(ctx).flatMap((vpc) =>
    vpc.endpoints.map((e) => ({
      id: e.id,
      values: { 'vpc-id': [vpc.id], 'vpc-endpoint-id': [e.id], 'service-name': [e.serviceName], 'vpc-endpoint-type': [e.type], 'vpc-endpoint-state': ['available'] },
      xml: endpointXml(ctx, vpc, e),
    })),
  );
}

/** One endpoint as DescribeVpcEndpoints (and CreateVpcEndpoint's answer) shows it. */
function endpointXml(ctx: CallContext, vpc: ScenarioVpc, e: ScenarioVpc['endpoints'][number]) {
  return {
    vpcEndpointId: e.id,
    vpcEndpointType: e.type,
    vpcId: vpc.id,
    serviceName: e.serviceName,
    state: 'available',
    // EC2 returns the endpoint policy as a JSON string, not URL-encoded.
    policyDocument: JSON.stringify(e.policy ?? FULL_ACCESS_POLICY),
    routeTableIdSet: e.routeTableIds,
    subnetIdSet: e.subnetIds,
    groupSet: [],
    privateDnsEnabled: e.type === 'Interface' && e.privateDns !== 'off',
    // EC2 reports the DNS options of interface endpoints; "only for inbound endpoints" exists where a gateway does too.
    ...(e.type === 'Interface' ? { dnsOptions: { dnsRecordIpType: 'ipv4', privateDnsOnlyForInboundResolverEndpoint: e.privateDns === 'inbound-only' } } : {}),
    requesterManaged: false,
    networkInterfaceIdSet: [],
    dnsEntrySet: [],
    creationTimestamp: new Date(ctx.now.getTime() - 200 * 86_400_000),
    ownerId: ctx.accountId,
  };
}

function rule(rules: ScenarioVpc['securityGroups'][number]['ingress'], ctx: CallContext) {
  return rules.map((r) => ({
    ipProtocol: r.protocol,
    fromPort: r.fromPort,
    toPort: r.toPort,
    groups: r.groupIds.map((groupId) => ({ groupId, userId: ctx.accountId })),
    ipRanges: r.cidrs.map((cidrIp) => ({ cidrIp })),
    ipv6Ranges: [],
    prefixListIds: r.prefixListIds.map((prefixListId) => ({ prefixListId })),
  }));
}

function securityGroups(ctx: CallContext): Filterable<unknown>[] {
  return vpcsIn(ctx).flatMap((vpc) =>
    vpc.securityGroups.map((sg) => ({
      id: sg.id,
      values: { 'vpc-id': [vpc.id], 'group-id': [sg.id], 'group-name': [sg.name] },
      xml: {
        ownerId: ctx.accountId,
        groupId: sg.id,
        groupName: sg.name,
        groupDescription: sg.description,
        vpcId: vpc.id,
        securityGroupArn: `${arnHead(ctx.region)}:ec2:${ctx.region}:${ctx.accountId}:security-group/${sg.id}`,
        ipPermissions: rule(sg.ingress, ctx),
        ipPermissionsEgress: rule(sg.egress, ctx),
      },
    })),
  );
}

const notFound = (code: string, what: string) => (id: string) => new AwsError(code, `The ${what} '${id}' does not exist`);

/** One Describe* operation: its items filtered and paged, answered under the set EC2 names for it. */
function describeOperation(
  operation: string,
  setName: string,
  spec: Omit<DescribeSpec, 'operation'>,
  itemsOf: (ctx: CallContext) => Filterable<unknown>[],
): Operation {
  return {
    action: `ec2:${operation}`,
    handle: (ctx, input) => {
      const { page, nextToken } = describe(ctx, input, { operation, ...spec }, itemsOf(ctx));
      return { [setName]: page, nextToken };
    },
  };
}

export const ec2Service: ServiceDef = {
  signingName: 'ec2',
  protocol: ec2QueryProtocol(),
  errors: ec2FaultErrors(),
  operations: {
    DescribeSubnets: describeOperation('DescribeSubnets', 'subnetSet', { idParam: 'SubnetId', notFound: notFound('InvalidSubnetID.NotFound', 'subnet ID') }, subnets),
    DescribeRouteTables: describeOperation(
      'DescribeRouteTables',
      'routeTableSet',
      { idParam: 'RouteTableId', notFound: notFound('InvalidRouteTableID.NotFound', 'routeTable ID') },
      routeTables,
    ),
    DescribeVpcEndpoints: describeOperation(
      'DescribeVpcEndpoints',
      'vpcEndpointSet',
      { idParam: 'VpcEndpointId', notFound: notFound('InvalidVpcEndpointId.NotFound', 'Vpc Endpoint Id') },
      vpcEndpoints,
    ),
    DescribeSecurityGroups: describeOperation(
      'DescribeSecurityGroups',
      'securityGroupInfo',
      { idParam: 'GroupId', notFound: notFound('InvalidGroup.NotFound', 'security group') },
      securityGroups,
    ),
    ...ec2EndpointWriteOperations(endpointXml),
  },
};
