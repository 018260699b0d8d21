import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { buildBundle } from './test-support/bundle';
import { network, S3_ENDPOINT, S3_INTERFACE, VPC_JOB, type NetworkSpec } from './test-support/network';
import type { NetworkEvidence, VpcEndpoint } from './evidence';
import { absent, allow, deny, doc, ok } from './test-support/policies';

/**
 * An S3 interface endpoint's private DNS decides which endpoint the VPC's S3 requests carry as aws:SourceVpce (AWS
 * PrivateLink for S3; DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint "routes traffic that originates from the VPC
 * to the gateway endpoint"). A bucket policy that admits one endpoint only is then a denial or not by that setting.
 */
const DATA = ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'];
const onlyThrough = (endpointId: string) => ({ Sid: 'OnlyThroughEndpoint', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': endpointId } } }) });
const DOWNLOAD = { ...VPC_JOB, failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied' };

async function readCheck(spec: NetworkSpec, endpointId: string) {
  const d = await diagnose(buildBundle({ job: DOWNLOAD, network: network(spec), buckets: { 'acme-data': { policy: ok(doc(onlyThrough(endpointId))) } } }));
  return { d, status: d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status };
}

describe('an S3 interface endpoint beside the gateway endpoint on the subnet\u2019s table', () => {
  it('private DNS only for inbound endpoints: the VPC\u2019s requests take the gateway, so a policy admitting only the interface endpoint is a confirmed denial', async () => {
    const { d, status } = await readCheck({ endpointRoute: true, s3Interface: 'inbound-only' }, S3_INTERFACE);
    expect(status).toBe('fail');
    expect(d).toMatchObject({ cause: 'bucket-policy', confidence: 'confirmed' });
  });

  it('private DNS for all resolvers: the requests may go through the interface endpoint, so neither a denial nor a pass is proven', async () => {
    for (const endpointId of [S3_INTERFACE, S3_ENDPOINT]) {
      const { d, status } = await readCheck({ endpointRoute: true, s3Interface: 'all-resolvers' }, endpointId);
      expect(status).toBe('unknown');
      expect(d.confidence).not.toBe('confirmed');
    }
  });

  it('private DNS off: the routes\u2019 way is one answer, but a private hosted zone (or the endpoint\u2019s own names) may send the requests through the interface endpoint, so a policy that answers the two apart proves nothing', async () => {
    for (const [spec, endpointId] of [
      [{ endpointRoute: true, s3Interface: 'off' }, S3_ENDPOINT],
      [{ endpointRoute: true, s3Interface: 'off' }, S3_INTERFACE],
      [{ nat: true, s3Interface: 'off' }, S3_INTERFACE],
    ] as const) {
      const { d, status } = await readCheck(spec, endpointId);
      expect(status).toBe('unknown');
      expect(d.confidence).not.toBe('confirmed');
      expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: `the DNS that decides whether the job's S3 requests go through interface endpoint ${S3_INTERFACE}`, because: expect.stringContaining('private hosted zone') }));
    }
  });

  it('private DNS off, and a policy that admits both endpoints: either way it passes', async () => {
    const both = { Sid: 'OnlyThroughEndpoints', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': [S3_ENDPOINT, S3_INTERFACE] } } }) };
    const d = await diagnose(buildBundle({ job: DOWNLOAD, network: network({ endpointRoute: true, s3Interface: 'off' }), buckets: { 'acme-data': { policy: ok(doc(both)) } } }));
    expect(d.checks.find((c) => c.id === 'input-train-s3-getobject')?.status).toBe('pass');
  });
});

describe('a deny that requires an S3 interface endpoint', () => {
  it('is not met by subnets "routed" to it: a route table cannot target an interface endpoint, so no such fix is offered', async () => {
    for (const privateDns of ['off', 'all-resolvers', 'inbound-only'] as const) {
      const { d } = await readCheck({ nat: true, s3Interface: privateDns }, S3_INTERFACE);
      expect(d.fixes.filter((f) => f.jobConfig?.fields.VpcConfig !== undefined || /through vpce-0iface/.test(f.title))).toEqual([]);
    }
  });
});

describe('the interface endpoint\u2019s way, beside a routed path, in every form it takes', () => {
  const check = (d: Awaited<ReturnType<typeof diagnose>>) => d.checks.find((c) => c.id === 'input-train-s3-getobject');
  /** The network with the interface endpoint(s) changed: its policy, or more of them. */
  const withInterfaces = (n: NetworkEvidence, change: (iface: VpcEndpoint) => VpcEndpoint[]): NetworkEvidence => ({
    ...n,
    endpoints: ok((n.endpoints.ok ? n.endpoints.value : []).flatMap((e) => (e.id === S3_INTERFACE ? change(e) : [e]))),
  });
  const diagnoseOn = (n: NetworkEvidence, bucketPolicy?: ReturnType<typeof doc>) => diagnose(buildBundle({ job: DOWNLOAD, network: n, ...(bucketPolicy ? { buckets: { 'acme-data': { policy: ok(bucketPolicy) } } } : {}) }));

  it('a gateway endpoint policy\u2019s denial is not proven when the interface endpoint (no policy: full access) would allow the request', async () => {
    const onlyModels = doc(allow('s3:*', ['arn:aws:s3:::acme-models', 'arn:aws:s3:::acme-models/*'], { Principal: '*' }));
    const d = await diagnoseOn(network({ endpointRoute: true, endpointPolicy: onlyModels, s3Interface: 'off' }));
    expect(check(d)?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
  });

  it('an interface endpoint whose policy could not be read leaves a pass unproven (it may deny); a denial the routes\u2019 way already gives stands', async () => {
    const unreadable = (e: VpcEndpoint): VpcEndpoint[] => [{ ...e, policy: absent('access-denied', 'ec2:DescribeVpcEndpoints') }];
    const open = await diagnoseOn(withInterfaces(network({ endpointRoute: true, s3Interface: 'off' }), unreadable));
    expect(check(open)?.status).toBe('unknown');
    expect(open.missingEvidence).toContainEqual(expect.objectContaining({ because: expect.stringContaining('whose policy could not be read') }));
    const closed = await diagnoseOn(withInterfaces(network({ endpointRoute: true, s3Interface: 'off' }), unreadable), doc({ Sid: 'Nobody', ...deny('s3:*', DATA, { Principal: '*' }) }));
    expect(check(closed)?.status).toBe('fail');
  });

  it('every interface endpoint with private DNS off is a way: a bucket policy admitting only the second one proves nothing', async () => {
    const two = (e: VpcEndpoint): VpcEndpoint[] => [e, { ...e, id: 'vpce-0iface2' }];
    const d = await diagnoseOn(withInterfaces(network({ endpointRoute: true, s3Interface: 'off' }), two), doc(onlyThrough('vpce-0iface2')));
    expect(check(d)?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: expect.stringContaining('interface endpoint vpce-0iface2') }));
  });
});

describe('a fix the interface endpoint\u2019s way leaves unproven', () => {
  it('says why in the doubt\u2019s own words, not "a policy it depends on could not be read"', async () => {
    const { d } = await readCheck({ nat: true, endpoint: true, s3Interface: 'off' }, S3_ENDPOINT);
    const route = d.fixes.find((f) => f.kind === 'compliant' && f.verified === false);
    expect(route?.notes?.join(' ')).toContain(`the DNS that decides whether the job's S3 requests go through interface endpoint ${S3_INTERFACE} could not be read`);
    expect(d.fixes.flatMap((f) => f.notes ?? []).join(' ')).not.toContain('a policy it depends on could not be read');
  });
});
