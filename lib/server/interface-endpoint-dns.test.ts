import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '@/emulator/scenario/schema';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';
import { smallAccount } from './testing/small-account';

/**
 * An S3 interface endpoint's private DNS, read from DescribeVpcEndpoints (PrivateDnsEnabled and
 * DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint), decides whether the VPC's S3 requests go through it
 * (requests/network-path.ts): each setting must arrive in the evidence as what EC2 said.
 */
let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

const s3Interface = (id: string, privateDns: 'off' | 'inbound-only' | 'all-resolvers') => ({
  id,
  serviceName: 'com.amazonaws.us-east-1.s3',
  type: 'Interface' as const,
  subnetIds: ['subnet-0aaa'],
  privateDns,
});

function withInterfaces(...endpoints: ReturnType<typeof s3Interface>[]): ScenarioInput {
  const [vpc, ...rest] = smallAccount.vpcs ?? [];
  if (!vpc) throw new Error('the small account has a VPC');
  return { ...smallAccount, vpcs: [{ ...vpc, endpoints: [...(vpc.endpoints ?? []), ...endpoints] }, ...rest] };
}

describe('an S3 interface endpoint\u2019s private DNS in the evidence', () => {
  it('each setting arrives as EC2 reported it; a gateway endpoint has none', async () => {
    env = await startEmulator({ scenario: withInterfaces(s3Interface('vpce-0dnsoff', 'off'), s3Interface('vpce-0inbound', 'inbound-only'), s3Interface('vpce-0allres', 'all-resolvers')) });
    const result = await collectEvidence(await env.ctx('us-east-1'), 'vpc-job');
    if (!result.ok) throw new Error(JSON.stringify(result));
    const endpoints = result.value.network?.endpoints;
    if (!endpoints?.ok) throw new Error('the endpoints were not read');
    expect(Object.fromEntries(endpoints.value.map((e) => [e.id, e.privateDns ?? 'none']))).toEqual({
      'vpce-0s3': 'none',
      'vpce-0dnsoff': 'off',
      'vpce-0inbound': 'inbound-only',
      'vpce-0allres': 'all-resolvers',
    });
  });
});
