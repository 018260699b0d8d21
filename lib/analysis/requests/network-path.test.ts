import { describe, expect, it } from 'vitest';
import { buildBundle } from '../test-support/bundle';
import { network, S3_ENDPOINT, SUBNET, TABLE, VPC, VPC_JOB, type NetworkSpec } from '../test-support/network';
import { absent, ok } from '../test-support/policies';
import { findS3Path } from './network-path';

describe('findS3Path', () => {
  it('a job without VpcConfig uses SageMaker\u2019s network', () => {
    expect(findS3Path(buildBundle()).kind).toBe('sagemaker-network');
  });

  it('an associated S3 gateway endpoint wins over a NAT route', () => {
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: network({ endpointRoute: true, nat: true }) }))).toMatchObject({ kind: 'endpoint', endpointId: S3_ENDPOINT, vpcId: VPC, routeTableId: TABLE });
  });

  it.each(['com.amazonaws.cn-north-1.s3', 'cn.com.amazonaws.cn-north-1.s3'])('in a China region, an S3 gateway endpoint named %s is the path', (serviceName) => {
    const n = network({ endpointRoute: true });
    const endpoints = n.endpoints.ok ? n.endpoints.value.map((e) => ({ ...e, serviceName })) : [];
    const bundle = { ...buildBundle({ job: VPC_JOB, network: { ...n, endpoints: ok(endpoints) } }), region: 'cn-north-1' };
    expect(findS3Path(bundle)).toMatchObject({ kind: 'endpoint', endpointId: S3_ENDPOINT });
    // The China form is not S3's anywhere else.
    expect(findS3Path({ ...bundle, region: 'us-east-1' }).kind).toBe('no-route');
  });

  it('a NAT route alone reaches S3 without an endpoint', () => {
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: network({ nat: true }) })).kind).toBe('nat');
  });

  it('an endpoint not associated with the subnet\u2019s table is no route, and is named for the fix', () => {
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: network({ endpoint: true }) }))).toMatchObject({ kind: 'no-route', subnetId: SUBNET, routeTableId: TABLE, s3EndpointId: S3_ENDPOINT });
  });

  it('a subnet without an explicit association uses the VPC\u2019s main table', () => {
    const n = network({ nat: true });
    const tables = n.routeTables.ok ? n.routeTables.value.map((t) => ({ ...t, subnetIds: [], main: true })) : [];
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: { ...n, routeTables: ok(tables) } })).kind).toBe('nat');
  });

  it('an internet gateway does not count (SageMaker\u2019s interfaces get no public IP)', () => {
    const n = network({});
    const tables = n.routeTables.ok ? n.routeTables.value.map((t) => ({ ...t, routes: [...t.routes, { destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1' }] })) : [];
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: { ...n, routeTables: ok(tables) } })).kind).toBe('no-route');
  });

  it('unreadable route tables make the path unknown, with the reason', () => {
    const path = findS3Path(buildBundle({ job: VPC_JOB, network: { ...network({}), routeTables: absent('access-denied', 'ec2:DescribeRouteTables') } }));
    expect(path).toMatchObject({ kind: 'unknown', missing: { action: 'ec2:DescribeRouteTables' } });
  });

  it.each([
    ['a transit gateway', { destinationCidr: '0.0.0.0/0', transitGatewayId: 'tgw-0egress' }, /tgw-0egress/],
    ['a virtual private gateway', { destinationCidr: '0.0.0.0/0', gatewayId: 'vgw-0onprem' }, /vgw-0onprem/],
    ['a target the dashboard does not read (a NAT instance)', { destinationCidr: '0.0.0.0/0', state: 'active' }, /does not read/],
  ])('a default route to %s is an unknown path, not "no route"', (_label, route, because) => {
    const n = network({});
    const tables = n.routeTables.ok ? n.routeTables.value.map((t) => ({ ...t, routes: [...t.routes, route] })) : [];
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: { ...n, routeTables: ok(tables) } }))).toMatchObject({ kind: 'unknown', because });
  });

  const pathOf = (spec: NetworkSpec) => findS3Path(buildBundle({ job: VPC_JOB, network: network(spec) }));

  it('an S3 interface endpoint whose private DNS EC2 did not report is an unknown path, not "no route"', () => {
    expect(pathOf({ s3Interface: 'unreported' })).toMatchObject({ kind: 'unknown', because: /vpce-0iface.*did not report/, missing: { action: 'ec2:DescribeVpcEndpoints', resource: 'vpce-0iface' } });
  });

  it.each([
    ['a NAT route', { nat: true }],
    ['an S3 gateway endpoint on the subnet\u2019s table', { endpointRoute: true }],
  ])('an S3 interface endpoint with private DNS for all resolvers takes the requests whatever %s says: unknown (its security groups are not read)', (_label, options) => {
    expect(pathOf({ ...options, s3Interface: 'all-resolvers' })).toMatchObject({ kind: 'unknown', because: /vpce-0iface has private DNS for all resolvers/ });
  });

  it.each(['off', 'inbound-only'] as const)('with private DNS %s, the subnet\u2019s routes decide: the gateway endpoint, NAT, or no route', (privateDns) => {
    expect(pathOf({ endpointRoute: true, s3Interface: privateDns })).toMatchObject({ kind: 'endpoint', endpointId: S3_ENDPOINT });
    expect(pathOf({ nat: true, s3Interface: privateDns }).kind).toBe('nat');
    if (privateDns === 'inbound-only') expect(pathOf({ s3Interface: privateDns }).kind).toBe('no-route');
  });

  it('with private DNS off and no route, the interface endpoint may still be the way (a private hosted zone for S3\u2019s names, or its own DNS names): unknown, not "no route"', () => {
    expect(pathOf({ s3Interface: 'off' })).toMatchObject({ kind: 'unknown', because: /vpce-0iface.*private DNS off.*private hosted zone/, missing: { resource: 'vpce-0iface' } });
  });

  it('a blackholed default route is still no route', () => {
    const n = network({});
    const tables = n.routeTables.ok ? n.routeTables.value.map((t) => ({ ...t, routes: [...t.routes, { destinationCidr: '0.0.0.0/0', transitGatewayId: 'tgw-0gone', state: 'blackhole' }] })) : [];
    expect(findS3Path(buildBundle({ job: VPC_JOB, network: { ...n, routeTables: ok(tables) } })).kind).toBe('no-route');
  });
});
