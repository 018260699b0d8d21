import { CreateVpcEndpointCommand, DescribeRouteTablesCommand, DescribeVpcEndpointsCommand, EC2Client, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type Running } from '../testing/harness';

/** EC2's endpoint writes through the real SDK, read back with the dashboard's Describe calls. */
let running: Running;
let admin: EC2Client;
let dashboard: EC2Client;

const ENDPOINT = 'vpce-0s3gateway';
const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*' }] };

async function endpoint(id: string) {
  const { VpcEndpoints } = await dashboard.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }));
  return VpcEndpoints?.[0];
}

/** The gateway endpoints a route table routes to (their prefix-list routes). */
async function endpointRoutes(routeTableId: string): Promise<string[]> {
  const { RouteTables } = await dashboard.send(new DescribeRouteTablesCommand({ RouteTableIds: [routeTableId] }));
  return (RouteTables?.[0]?.Routes ?? []).filter((r) => r.DestinationPrefixListId).map((r) => r.GatewayId ?? '');
}

beforeAll(async () => {
  running = await startTestEmulator();
  admin = new EC2Client(running.adminConfig());
  dashboard = new EC2Client(running.config());
});
beforeEach(() => running.emulator.reset());
afterAll(() => running.emulator.close());

describe('ModifyVpcEndpoint', () => {
  it('sets the policy DescribeVpcEndpoints returns, and ResetPolicy restores AWS\'s full-access default', async () => {
    const { Return } = await admin.send(new ModifyVpcEndpointCommand({ VpcEndpointId: ENDPOINT, PolicyDocument: JSON.stringify(POLICY) }));
    expect(Return).toBe(true);
    expect(JSON.parse((await endpoint(ENDPOINT))?.PolicyDocument ?? '')).toEqual(POLICY);
    await admin.send(new ModifyVpcEndpointCommand({ VpcEndpointId: ENDPOINT, ResetPolicy: true }));
    expect(JSON.parse((await endpoint(ENDPOINT))?.PolicyDocument ?? '').Statement[0]).toMatchObject({ Effect: 'Allow', Action: '*', Resource: '*' });
  });

  it('adds a route table: the endpoint lists it and the table gets the endpoint\'s prefix-list route', async () => {
    expect(await endpointRoutes('rtb-0main')).toEqual([]);
    await admin.send(new ModifyVpcEndpointCommand({ VpcEndpointId: ENDPOINT, AddRouteTableIds: ['rtb-0main'] }));
    expect((await endpoint(ENDPOINT))?.RouteTableIds).toEqual(['rtb-0private', 'rtb-0main']);
    expect(await endpointRoutes('rtb-0main')).toEqual([ENDPOINT]);
    await admin.send(new ModifyVpcEndpointCommand({ VpcEndpointId: ENDPOINT, RemoveRouteTableIds: ['rtb-0main'] }));
    expect(await endpointRoutes('rtb-0main')).toEqual([]);
  });

  it.each([
    ['an unknown endpoint', { VpcEndpointId: 'vpce-0ghost', ResetPolicy: true }, 'InvalidVpcEndpointId.NotFound', "The Vpc Endpoint Id 'vpce-0ghost' does not exist"],
    ['an unknown route table', { VpcEndpointId: ENDPOINT, AddRouteTableIds: ['rtb-0ghost'] }, 'InvalidRouteTableID.NotFound', "The routeTable ID 'rtb-0ghost' does not exist"],
    ['route tables on an interface endpoint', { VpcEndpointId: 'vpce-0logs', AddRouteTableIds: ['rtb-0main'] }, 'InvalidParameter', 'Route table IDs are only supported for Gateway type VPC Endpoint.'],
    ['a policy that is not JSON', { VpcEndpointId: ENDPOINT, PolicyDocument: '{"Statement":' }, 'InvalidParameter', undefined],
    ['a policy whose statement is not an object', { VpcEndpointId: ENDPOINT, PolicyDocument: '{"Statement":[null]}' }, 'InvalidParameter', undefined],
    ['a policy that is JSON null', { VpcEndpointId: ENDPOINT, PolicyDocument: 'null' }, 'InvalidParameter', undefined],
  ])('refuses %s and changes nothing', async (_what, input, code, message) => {
    const before = await endpoint(ENDPOINT);
    const error = await rejection(admin.send(new ModifyVpcEndpointCommand(input)));
    expect(error.name).toBe(code);
    if (message) expect(error.message).toBe(message);
    expect(await endpoint(ENDPOINT)).toEqual(before);
  });

  it('is refused to the dashboard with EC2\'s UnauthorizedOperation', async () => {
    const error = await rejection(dashboard.send(new ModifyVpcEndpointCommand({ VpcEndpointId: ENDPOINT, ResetPolicy: true })));
    expect(error.name).toBe('UnauthorizedOperation');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });
});

describe('CreateVpcEndpoint', () => {
  it('creates a gateway endpoint (the default type) on route tables, which Describe* then show', async () => {
    const { VpcEndpoint } = await admin.send(
      new CreateVpcEndpointCommand({ VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.us-east-1.dynamodb', RouteTableIds: ['rtb-0main'], PolicyDocument: JSON.stringify(POLICY) }),
    );
    expect(VpcEndpoint?.VpcEndpointId).toMatch(/^vpce-[0-9a-f]{17}$/);
    expect(VpcEndpoint?.VpcEndpointType).toBe('Gateway');
    const described = await endpoint(VpcEndpoint?.VpcEndpointId ?? '');
    expect(described?.ServiceName).toBe('com.amazonaws.us-east-1.dynamodb');
    expect(JSON.parse(described?.PolicyDocument ?? '')).toEqual(POLICY);
    expect(await endpointRoutes('rtb-0main')).toEqual([VpcEndpoint?.VpcEndpointId]);
  });

  it('an interface endpoint keeps the private DNS it was created with: on for all resolvers by default, off or inbound-only when asked', async () => {
    const create = (extra: object) =>
      admin.send(new CreateVpcEndpointCommand({ VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Interface', SubnetIds: ['subnet-0a1'], ...extra }));
    const dnsOf = async (created: Awaited<ReturnType<typeof create>>) => {
      const e = await endpoint(created.VpcEndpoint?.VpcEndpointId ?? '');
      return [e?.PrivateDnsEnabled, e?.DnsOptions?.PrivateDnsOnlyForInboundResolverEndpoint];
    };
    expect(await dnsOf(await create({}))).toEqual([true, false]);
    expect(await dnsOf(await create({ PrivateDnsEnabled: false }))).toEqual([false, false]);
    expect(await dnsOf(await create({ DnsOptions: { PrivateDnsOnlyForInboundResolverEndpoint: true } }))).toEqual([true, true]);
  });

  it.each([
    ['an unknown VPC', { VpcId: 'vpc-0ghost', ServiceName: 'com.amazonaws.us-east-1.s3' }, 'InvalidVpcID.NotFound'],
    ['a service with no gateway endpoint', { VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.us-east-1.sts' }, 'InvalidServiceName'],
    ['another region\'s service', { VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.eu-west-1.s3' }, 'InvalidServiceName'],
    ['subnets on a gateway endpoint', { VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.us-east-1.s3', SubnetIds: ['subnet-0a1'] }, 'InvalidParameter'],
    ['route tables on an interface endpoint', { VpcId: 'vpc-0a1', ServiceName: 'com.amazonaws.us-east-1.sts', VpcEndpointType: 'Interface' as const, RouteTableIds: ['rtb-0main'] }, 'InvalidParameter'],
  ])('refuses %s', async (_what, input, code) => {
    const error = await rejection(admin.send(new CreateVpcEndpointCommand(input)));
    expect(error.name).toBe(code);
  });
});
