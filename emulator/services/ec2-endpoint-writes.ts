/**
 * EC2's VPC endpoint writes the network fixes use: ModifyVpcEndpoint (a new policy, AWS's default
 * policy again with ResetPolicy, route tables added or removed) and CreateVpcEndpoint (a gateway
 * endpoint on route tables). The reads derive prefix-list routes from an endpoint's route tables,
 * so DescribeRouteTables shows a change as soon as DescribeVpcEndpoints does.
 */
import { AwsError } from '../errors';
import { listParam, stringParam } from '../protocols/query-params';
import type { ScenarioVpc } from '../scenario/schema';
import type { CallContext, Operation, Params } from '../types';
import { stableHex } from './ids';

type Endpoint = ScenarioVpc['endpoints'][number];

/** How the reads present an endpoint, handed in from ec2.ts so both show the same thing. */
export type EndpointXml = (ctx: CallContext, vpc: ScenarioVpc, endpoint: Endpoint) => unknown;

const invalid = (message: string) => new AwsError('InvalidParameter', message);
const isTrue = (input: Params, name: string) => stringParam(input, name)?.toLowerCase() === 'true';

function parsePolicy(text: string): Endpoint['policy'] {
  try {
    const document = JSON.parse(text) as Endpoint['policy'];
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    const statements = Array.isArray(document?.Statement) ? document.Statement : [document?.Statement];
    if (isObject(document) && document?.Statement !== undefined && statements.every(isObject)) return document;
  } catch {
    // Falls through to the same answer as a document without statements.
  }
  // The emulator's wording: no public source quotes EC2's message for a malformed endpoint policy.
  throw invalid('The policy document is not a valid JSON policy with a Statement.');
}

/** Route tables must exist in the endpoint's own VPC; AWS names the first that does not. */
function checkRouteTables(vpc: ScenarioVpc, ids: string[]): void {
  for (const id of ids) {
    if (!vpc.routeTables.some((t) => t.id === id)) throw new AwsError('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`);
  }
}

function findEndpoint(ctx: CallContext, id: string | undefined): { vpc: ScenarioVpc; endpoint: Endpoint } {
  for (const vpc of ctx.scenario.vpcs.filter((v) => v.region === ctx.region)) {
    const endpoint = vpc.endpoints.find((e) => e.id === id);
    if (endpoint) return { vpc, endpoint };
  }
  throw new AwsError('InvalidVpcEndpointId.NotFound', `The Vpc Endpoint Id '${id ?? ''}' does not exist`);
}

function modifyVpcEndpoint(ctx: CallContext, input: Params) {
  const { vpc, endpoint } = findEndpoint(ctx, stringParam(input, 'VpcEndpointId'));
  const add = listParam(input, 'AddRouteTableId');
  const remove = listParam(input, 'RemoveRouteTableId');
  if ((add.length > 0 || remove.length > 0) && endpoint.type !== 'Gateway') {
    throw invalid('Route table IDs are only supported for Gateway type VPC Endpoint.');
  }
  checkRouteTables(vpc, [...add, ...remove]);
  const policyText = stringParam(input, 'PolicyDocument');
  const policy = policyText === undefined ? undefined : parsePolicy(policyText);
  // Everything is checked before anything changes: a refused call leaves the endpoint as it was.
  if (isTrue(input, 'ResetPolicy')) endpoint.policy = undefined;
  else if (policy) endpoint.policy = policy;
  endpoint.routeTableIds = [...endpoint.routeTableIds.filter((id) => !remove.includes(id)), ...add.filter((id) => !endpoint.routeTableIds.includes(id))];
  return { return: true };
}

/** PrivateDnsEnabled is on unless turned off (CreateVpcEndpoint's default for AWS services), for all resolvers unless narrowed. */
function privateDnsParam(input: Params): Endpoint['privateDns'] {
  if (stringParam(input, 'PrivateDnsEnabled')?.toLowerCase() === 'false') return 'off';
  return isTrue(input, 'DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint') ? 'inbound-only' : 'all-resolvers';
}

function createVpcEndpoint(ctx: CallContext, input: Params, toXml: EndpointXml) {
  const vpcId = stringParam(input, 'VpcId');
  const vpc = ctx.scenario.vpcs.find((v) => v.region === ctx.region && v.id === vpcId);
  if (!vpc) throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId ?? ''}' does not exist`);
  const type = (stringParam(input, 'VpcEndpointType') ?? 'Gateway') as Endpoint['type'];
  const serviceName = stringParam(input, 'ServiceName') ?? '';
  // Gateway endpoints exist for S3 and DynamoDB only; other services are Interface endpoints.
  const service = new RegExp(`^com\\.amazonaws\\.${ctx.region.replace(/-/g, '\\-')}\\.([a-z0-9.-]+)$`).exec(serviceName)?.[1];
  const offered = service !== undefined && (type !== 'Gateway' || service === 's3' || service === 'dynamodb');
  if (!offered) throw new AwsError('InvalidServiceName', `The Vpc Endpoint Service '${serviceName}' does not exist`);
  const routeTableIds = listParam(input, 'RouteTableId');
  const subnetIds = listParam(input, 'SubnetId');
  if (routeTableIds.length > 0 && type !== 'Gateway') throw invalid('Route table IDs are only supported for Gateway type VPC Endpoint.');
  if (subnetIds.length > 0 && type === 'Gateway') throw invalid('Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints.');
  checkRouteTables(vpc, routeTableIds);
  const policyText = stringParam(input, 'PolicyDocument');
  const endpoint: Endpoint = {
    id: `vpce-${stableHex(`${vpc.id}:${serviceName}:${vpc.endpoints.length}`)}`,
    serviceName,
    type,
    routeTableIds,
    subnetIds,
    policy: policyText === undefined ? undefined : parsePolicy(policyText),
    privateDns: privateDnsParam(input),
  };
  vpc.endpoints.push(endpoint);
  return { vpcEndpoint: toXml(ctx, vpc, endpoint), clientToken: stringParam(input, 'ClientToken') };
}

export function ec2EndpointWriteOperations(toXml: EndpointXml): Record<string, Operation> {
  return {
    ModifyVpcEndpoint: { action: 'ec2:ModifyVpcEndpoint', handle: modifyVpcEndpoint, write: true },
    CreateVpcEndpoint: { action: 'ec2:CreateVpcEndpoint', handle: (ctx, input) => createVpcEndpoint(ctx, input, toXml), write: true },
  };
}
