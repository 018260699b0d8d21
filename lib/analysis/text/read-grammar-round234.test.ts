import { describe, expect, it } from 'vitest';
import heldOut234 from './fixtures/held-out-234.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 234 (newer training stacks' threads, Ray and CoreWeave pages, a Bedrock customization job): the two first-pass misses
// read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut234);

describe('round 234: the first-pass misses', () => {
  it('musl\u2019s resolver failing on the master host is the network (was unknown)', () => {
    expect(causeOf(real('r234a-msswift6368-nslookup-master-unresolved'))).toBe('vpc');
  });

  it('a token count over a model\u2019s limit is no account quota (was quota; an honest unknown now, the record\u2019s length)', () => {
    expect(causeOf(real('r234b-bedrock-workshop224-max-input-token-count'))).not.toBe('quota');
  });
});

describe('"Name does not resolve": musl\u2019s words where glibc says "Name or service not known"', () => {
  it('reads a host that could not be resolved, as an Alpine or busybox container prints it', () => {
    expect(causeOf("nslookup: can't resolve 'algo-2': Name does not resolve")).toBe('vpc');
    expect(causeOf('socket.gaierror: [Errno -2] Name does not resolve')).toBe('vpc');
  });

  it('not the same words in prose about names', () => {
    expect(causeOf('The project name does not resolve to a known module')).not.toBe('vpc');
    expect(causeOf('Error: entry point: Name does not resolve to a callable')).not.toBe('vpc');
  });
});

describe('a limit exceeded by a count in units of size', () => {
  it('a count of tokens, bytes or characters named before it is a length, not a quota', () => {
    expect(causeOf('Maximum input token count 5120 exceeds limit of 4096 for validation data')).not.toBe('quota');
    expect(causeOf('Request payload of 7340032 bytes exceeds limit of 6291456')).not.toBe('quota');
  });

  it('a count of instances still is the account\u2019s', () => {
    expect(causeOf('ResourceLimitExceeded: Your request for 5 instances exceeds limit of 4 for ml.p4d.24xlarge')).toBe('quota');
    expect(causeOf('The account-level service limit exceeds limit for training job usage')).toBe('quota');
  });
});

describe('the Hub\u2019s content-addressed store failing, with fit()\u2019s tail after it', () => {
  const TAIL = '2023-10-16 12:10:01 Uploading - Uploading generated training model\n2023-10-16 12:10:12 Failed - Training job failed';
  it('is still the model\u2019s download: the SDK\u2019s "Uploading -" status line is not the transfer\u2019s', () => {
    expect(causeOf(`${real('r234a-hfhub3036-xet-cas-incomplete-body')}\n${TAIL}`)).toBe('model-download');
  });

  it('an upload said on the failure\u2019s own lines still is no download', () => {
    expect(causeOf('Error occurred during upload: Data processing error: CAS service error : ReqwestMiddleware Error: Request failed after 5 retries')).not.toBe('model-download');
  });
});
