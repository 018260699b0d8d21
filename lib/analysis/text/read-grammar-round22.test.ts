import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut22 from './fixtures/held-out-22.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 22 of the held-out texts (held-out-22.json, issue and pull-request threads of
// aws/sagemaker-python-sdk no earlier round cited): each miss of the first pass, read by its
// structure, then the same structure in other wordings (constructed, not copied from a source) and
// its limits.
const real = fixtureText(heldOut22);

describe('round 22 readings, on the texts they were written for', () => {
  it('reads a process that exited with 128 plus SIGINT as interrupted, not as the code', () => {
    expect(causeOf(real('sdk2862-local-transform-compose-exit-130'))).toBe('unknown' as Cause);
  });

  it("reads the container's access log answering a health check with an error status as the code", () => {
    const text = real('sdk1554-ping-answered-400');
    expect(rulesOf(text)).toContain('container-route-error-status');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads gRPC's message-size refusal as a payload too large, outside a control-plane request the input's", () => {
    const text = real('sdk635-transform-grpc-message-larger-than-max');
    expect(rulesOf(text)).toContain('payload-too-large');
    expect(causeOf(text)).toBe('data');
  });
});

describe('an interrupted or stopped process, in other wordings', () => {
  it.each([
    ['a launcher reporting 130', "RuntimeError: Failed to run: ['docker-compose', '-f', '/tmp/a/docker-compose.yaml', 'up'], Process exited with code: 130"],
    ['a script stopped with SIGTERM', 'ValueError raised in cleanup; process exited with status 143'],
    ['the error code form', 'ExecuteUserScriptError ErrorCode: 143'],
  ])('%s', (_name, text) => {
    expect(causeOf(text)).toBe('unknown' as Cause);
  });

  it('keeps other exit codes the code\'s, and 1430 is not 143', () => {
    expect(causeOf("RuntimeError: Failed to run: ['docker-compose', 'up'], Process exited with code: 1")).toBe('user-code');
    expect(causeOf('RuntimeError: process exited with code 1430')).toBe('user-code');
  });

  it("leaves SageMaker's own AlgorithmError the code's: the service's class says so, whatever the exit", () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError: ExitCode 143')).toBe('user-code');
  });

  it('keeps SIGKILL (137) out of memory', () => {
    expect(causeOf('RuntimeError: Process exited with code: 137')).toBe('out-of-memory');
  });
});

describe("the container's access log for the container contract, in other wordings", () => {
  it.each([
    ['a health check answered 500', '169.254.178.2 - - [13/Dec/2025:02:38:23 +0000] "GET /ping HTTP/1.1" 500 21 "-" "AHC/2.0"'],
    ['a health check with a query string answered 404', '10.0.0.1 - - [01/Jan/2024:00:00:00 +0000] "GET /ping?deep=1 HTTP/1.0" 404 9 "-" "Go-http-client/1.1"'],
    ['an invocation answered 502 by the front server', '10.2.0.2 - - [02/Feb/2023:10:00:00 +0000] "POST /invocations HTTP/1.1" 502 157 "-" "AHC/2.0"'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('container-route-error-status');
    expect(causeOf(text)).toBe('user-code');
  });

  it.each([
    ['a healthy ping', '10.32.0.2 - - [08/Jun/2020:07:15:51 +0000] "GET /ping HTTP/1.1" 200 0 "-" "AHC/2.0"'],
    ["an invocation refused for the caller's payload", '10.32.0.2 - - [08/Jun/2020:07:15:51 +0000] "POST /invocations HTTP/1.1" 415 0 "-" "AHC/2.0"'],
    ['another route of the server', '10.32.0.2 - - [08/Jun/2020:07:15:51 +0000] "GET /metrics HTTP/1.1" 500 0 "-" "curl/8"'],
    ['prose about the route', 'GET /ping returned 400 during the deploy'],
    // The front server's own time-out waiting for the model server: slow, not failed (aws/sagemaker-python-sdk#605).
    ['a health check the front server timed out', '10.32.0.2 - - [11/Aug/2020:16:26:09 +0000] "GET /ping HTTP/1.1" 504 192 "-" "AHC/2.0"'],
    ['an invocation the front server timed out', '10.32.0.2 - - [11/Aug/2020:16:26:09 +0000] "POST /invocations HTTP/1.1" 504 192 "-" "AHC/2.0"'],
  ])('does not read %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('container-route-error-status');
  });
});

describe("gRPC's message-size refusal, in other wordings", () => {
  it('reads a sent message over the limit, on an invocation, as the input', () => {
    const text = 'grpc._channel._InactiveRpcError: status = StatusCode.RESOURCE_EXHAUSTED details = "Sent message larger than max (9437184 vs. 4194304)"';
    expect(rulesOf(text)).toContain('payload-too-large');
    expect(causeOf(text)).toBe('data');
  });

  it('does not read a size comparison that is not a message refused', () => {
    expect(rulesOf('Image size 18088249195 > 10737418240')).not.toContain('payload-too-large');
    expect(rulesOf('the batch was larger than max batch size in the config')).not.toContain('payload-too-large');
  });
});

describe('round 22 readings at their limits', () => {
  it.each([
    ['an instance type refused for being a pipeline variable', 'sdk3141-instance-type-pipeline-variable'],
  ] as [string, string][])('leaves %s unknown', (_name, id) => {
    expect(causeOf(real(id))).toBe('unknown' as Cause);
  });

  it("reads the launcher's exit 1 as the code, as held-out-13 does, though the thread's cause was Docker's memory limit", () => {
    expect(causeOf(real('sdk1876-local-compose-exit-1-docker-memory'))).toBe('user-code');
  });
});
