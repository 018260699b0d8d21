import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
  paginateDescribeSubnets,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type Running } from '../testing/harness';

let running: Running;
let ec2: EC2Client;

beforeAll(async () => {
  running = await startTestEmulator();
  ec2 = new EC2Client(running.config());
});
afterAll(() => running.emulator.close());

describe('DescribeSubnets', () => {
  it('finds subnets by id list and by vpc-id filter', async () => {
    const byId = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0b2'] }));
    expect(byId.Subnets?.map((s) => [s.SubnetId, s.VpcId, s.AvailabilityZone, s.CidrBlock])).toEqual([
      ['subnet-0b2', 'vpc-0a1', 'us-east-1b', '10.0.2.0/24'],
    ]);
    const byVpc = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: ['vpc-0a1'] }] }));
    expect(byVpc.Subnets).toHaveLength(2);
  });

  it('matches filter values case-sensitively, with * and ? wildcards, as EC2 does', async () => {
    const upper = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: ['VPC-0A1'] }] }));
    expect(upper.Subnets).toEqual([]);
    const star = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: ['subnet-0?2', 'subnet-0a*'] }] }));
    expect(star.Subnets?.map((s) => s.SubnetId).sort()).toEqual(['subnet-0a1', 'subnet-0b2']);
  });

  it('pages with NextToken and MaxResults', async () => {
    const first = await ec2.send(new DescribeSubnetsCommand({ MaxResults: 5 }));
    expect(first.NextToken).toBeUndefined();
    const tiny = await startTestEmulator({ pageSize: 1 });
    const client = new EC2Client(tiny.config());
    const ids: string[] = [];
    for await (const page of paginateDescribeSubnets({ client }, {})) ids.push(...(page.Subnets ?? []).map((s) => s.SubnetId ?? ''));
    expect(ids).toEqual(['subnet-0a1', 'subnet-0b2']);
    await tiny.emulator.close();
  });

  it('answers an unknown subnet id with InvalidSubnetID.NotFound', async () => {
    const error = await rejection(ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-404'] })));
    expect(error.name).toBe('InvalidSubnetID.NotFound');
    expect(error.message).toBe("The subnet ID 'subnet-404' does not exist");
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('DescribeRouteTables', () => {
  it("finds a subnet's explicit table, with the gateway endpoint's prefix-list route", async () => {
    const out = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: ['subnet-0a1'] }] }));
    const table = out.RouteTables?.[0];
    expect(out.RouteTables).toHaveLength(1);
    expect(table?.RouteTableId).toBe('rtb-0private');
    expect(table?.Associations?.[0]).toMatchObject({ SubnetId: 'subnet-0a1', Main: false, AssociationState: { State: 'associated' } });
    expect(table?.Routes?.map((r) => r.GatewayId)).toEqual(['local', 'vpce-0s3gateway']);
    expect(table?.Routes?.[1]?.DestinationPrefixListId).toMatch(/^pl-/);
  });

  it('finds the main table of a VPC for subnets without an explicit association', async () => {
    const out = await ec2.send(
      new DescribeRouteTablesCommand({
        Filters: [
          { Name: 'vpc-id', Values: ['vpc-0a1'] },
          { Name: 'association.main', Values: ['true'] },
        ],
      }),
    );
    expect(out.RouteTables?.map((t) => t.RouteTableId)).toEqual(['rtb-0main']);
    expect(out.RouteTables?.[0]?.Associations?.[0]?.Main).toBe(true);
    expect(out.RouteTables?.[0]?.Routes?.[1]).toMatchObject({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0abc' });
  });
});

describe('DescribeVpcEndpoints', () => {
  it('returns endpoint policies as JSON strings, the AWS default where none was set', async () => {
    const out = await ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: ['vpc-0a1'] }] }));
    const [s3, logs] = out.VpcEndpoints ?? [];
    expect(s3?.ServiceName).toBe('com.amazonaws.us-east-1.s3');
    expect(s3?.VpcEndpointType).toBe('Gateway');
    expect(s3?.RouteTableIds).toEqual(['rtb-0private']);
    expect(JSON.parse(s3?.PolicyDocument ?? '').Statement[0].Sid).toBe('OnlyAcmeData');
    expect(JSON.parse(logs?.PolicyDocument ?? '').Statement[0]).toEqual({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
  });

  it('reports an interface endpoint\u2019s private DNS and its DNS options, a gateway endpoint\u2019s as off', async () => {
    const out = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-0logs', 'vpce-0s3gateway'] }));
    const byId = new Map(out.VpcEndpoints?.map((e) => [e.VpcEndpointId, e]));
    expect(byId.get('vpce-0logs')).toMatchObject({ PrivateDnsEnabled: true, DnsOptions: { DnsRecordIpType: 'ipv4', PrivateDnsOnlyForInboundResolverEndpoint: false } });
    expect(byId.get('vpce-0s3gateway')?.PrivateDnsEnabled).toBe(false);
    expect(byId.get('vpce-0s3gateway')?.DnsOptions).toBeUndefined();
  });

  it('filters by service name with a wildcard and by endpoint id', async () => {
    const out = await ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'service-name', Values: ['*.s3'] }] }));
    expect(out.VpcEndpoints?.map((e) => e.VpcEndpointId)).toEqual(['vpce-0s3gateway']);
    const byId = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-0logs'] }));
    expect(byId.VpcEndpoints?.map((e) => e.VpcEndpointType)).toEqual(['Interface']);
  });
});

describe('DescribeSecurityGroups', () => {
  it('returns ingress and egress rules', async () => {
    const out = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-0train', 'sg-0other'] }));
    const [train, other] = out.SecurityGroups ?? [];
    expect(train?.IpPermissions?.[0]?.UserIdGroupPairs?.[0]?.GroupId).toBe('sg-0train');
    expect(train?.IpPermissionsEgress?.[0]).toMatchObject({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] });
    expect(other?.IpPermissionsEgress?.[0]).toMatchObject({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-63a5400a' }] });
  });

  it('answers an unknown group with InvalidGroup.NotFound and a bad filter with InvalidParameterValue', async () => {
    expect((await rejection(ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-404'] })))).name).toBe('InvalidGroup.NotFound');
    const filter = await rejection(ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })));
    expect(filter.name).toBe('InvalidParameterValue');
  });
});
