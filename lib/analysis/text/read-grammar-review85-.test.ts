import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The eighty-fifth review (real texts not kept before), the eighty-sixth (failures quoted in part) and the
// eighty-seventh (the words around a quoted error), and what the eighty-fourth left: the structures their misses
// showed, each in the review's wording, in another, and at its limit.

const userScript = (message: string) => `AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "${message}"\nCommand "/usr/local/bin/python3.9 train.py", exit code: 1`;

describe("urllib3's retries that ran out on the server's answers", () => {
  const retried = (host: string, status: number) =>
    userScript(`requests.exceptions.RetryError: HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: /v1/items?page=2 (Caused by ResponseError('too many ${status} error responses'))`);

  it('are not a connection that failed: the server answered every time', () => {
    expect(causeOf(retried('api.example.com', 502))).not.toBe('vpc');
    expect(causeOf(retried('sagemaker.us-east-1.amazonaws.com', 400))).not.toBe('vpc');
  });

  it("read 429s as the rate, as requests' own Too Many Requests reads", () => {
    expect(causeOf(retried('sts.us-east-1.amazonaws.com', 429))).toBe('throttling');
    expect(causeOf(userScript('requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://sts.us-east-1.amazonaws.com/'))).toBe('throttling');
  });

  it("read an AWS endpoint's 5xx as AWS's side, and a model hub's answers as the download", () => {
    expect(causeOf(retried('bedrock-runtime.us-west-2.amazonaws.com', 503))).toBe('internal');
    expect(causeOf(retried('runtime.sagemaker.us-east-1.amazonaws.com', 503))).not.toBe('internal');
    expect(causeOf(retried('huggingface.co', 429))).toBe('model-download');
    expect(causeOf(retried('huggingface.co', 500))).toBe('model-download');
  });

  it('leave a connection that did fail to the network', () => {
    expect(
      causeOf(userScript("urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='sts.us-east-1.amazonaws.com', port=443): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to sts.us-east-1.amazonaws.com timed out. (connect timeout=60)'))")),
    ).toBe('vpc');
  });
});
