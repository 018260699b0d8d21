import type { NetworkEvidence, PolicyDocument, Route, VpcEndpoint } from '../evidence';
import { ok } from './policies';

export const VPC = 'vpc-0a1b2c3d';
export const SUBNET = 'subnet-0a1';
export const TABLE = 'rtb-0a1';
export const S3_ENDPOINT = 'vpce-0s3gw';
export const S3_INTERFACE = 'vpce-0iface';

export interface NetworkSpec {
  /** Associate the S3 gateway endpoint with the subnet's route table. */
  endpointRoute?: boolean;
  /** The endpoint exists in the VPC (associated or not). */
  endpoint?: boolean;
  endpointPolicy?: PolicyDocument | null;
  nat?: boolean;
  /** An S3 interface endpoint in the subnet, with this private DNS ('unreported': EC2 did not say). */
  s3Interface?: VpcEndpoint['privateDns'] | 'unreported';
}

/** One subnet, its route table, optionally an S3 gateway endpoint and a NAT route. */
export function network(spec: NetworkSpec = {}): NetworkEvidence {
  const routes: Route[] = [{ destinationCidr: '10.0.0.0/16', gatewayId: 'local' }];
  if (spec.nat) routes.push({ destinationCidr: '0.0.0.0/0', natGatewayId: 'nat-0123' });
  const hasEndpoint = spec.endpoint ?? spec.endpointRoute ?? false;
  return {
    vpcId: VPC,
    subnets: ok([{ id: SUBNET, vpcId: VPC, availabilityZone: 'us-east-1a', cidr: '10.0.1.0/24' }]),
    routeTables: ok([{ id: TABLE, vpcId: VPC, subnetIds: [SUBNET], main: false, routes }]),
    endpoints: ok([
      ...(hasEndpoint
        ? [{ id: S3_ENDPOINT, vpcId: VPC, serviceName: 'com.amazonaws.us-east-1.s3', type: 'Gateway', routeTableIds: spec.endpointRoute ? [TABLE] : [], subnetIds: [], policy: ok(spec.endpointPolicy ?? null) }]
        : []),
      ...(spec.s3Interface ? [s3Interface(spec.s3Interface)] : []),
    ]),
    securityGroups: ok([]),
  };
}

export const VPC_JOB = { vpc: { subnetIds: [SUBNET], securityGroupIds: ['sg-0a1'] } };

function s3Interface(privateDns: VpcEndpoint['privateDns'] | 'unreported'): VpcEndpoint {
  const endpoint: VpcEndpoint = { id: S3_INTERFACE, vpcId: VPC, serviceName: 'com.amazonaws.us-east-1.s3', type: 'Interface', routeTableIds: [], subnetIds: [SUBNET], policy: ok(null) };
  return privateDns === 'unreported' ? endpoint : { ...endpoint, privateDns };
}
