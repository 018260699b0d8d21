import { describe, expect, it } from 'vitest';
import heldOut56 from './fixtures/held-out-56.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 56 (notebooks' saved output cells of the course's exercises and operationalizing projects): the first pass's
// miss, read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut56);

describe('a connection SageMaker Runtime closed before it answered', () => {
  it('is not the network: the connection was made', () => {
    expect(causeOf(real('nb-venkat2709-invoke-connection-closed'))).toBe('unknown');
  });

  it('a connection to SageMaker Runtime that could not be made still is', () => {
    expect(causeOf('botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/x/invocations"')).toBe('vpc');
  });

  it('a connection another AWS endpoint closed is read as before', () => {
    expect(causeOf('botocore.exceptions.ConnectionClosedError: Connection was closed before we received a valid response from endpoint URL: "https://s3.us-east-1.amazonaws.com/bkt/key"')).toBe('vpc');
  });
});

describe('what the twenty-ninth review found', () => {
  // An endpoint's refusal inside the container's answer to a job script's call is the request's, the script's frame
  // beside it or not; only the SDK's own words for the role it needs are its check; a closed runtime connection that
  // was retried leaves the next connection failure to be read.
  it.each([
    ["b02-proc-eval-invoke-xgb-content-type", "Traceback (most recent call last):\n  File \"/opt/ml/processing/input/code/evaluate.py\", line 58, in <module>\n    out = smr.invoke_endpoint(EndpointName=args.endpoint, ContentType=\"application/json\", Body=json.dumps(rows))\n  File \"/usr/local/lib/python3.10/site-packages/botocore/client.py\", line 565, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n  File \"/usr/local/lib/python3.10/site-packages/botocore/client.py\", line 1021, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.errorfactory.ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message \"Content-type application/json not supported. Supported content-type is text/csv, text/libsvm\". See https://us-east-2.console.aws.amazon.com/cloudwatch/home?region=us-east-2#logEventViewer:group=/aws/sagemaker/Endpoints/xgb-churn-ep in account 905076736105 for more information.", "validation"],
    ["c05-cdk-typeerror-iam-role-type", "Traceback (most recent call last):\n  File \"/home/ci/infra/app.py\", line 14, in <module>\n    TrainingStack(app, \"TrainingStack\", env=env)\n  File \"/home/ci/infra/stacks/training.py\", line 57, in __init__\n    raise TypeError(f\"IAM role must be an iam.IRole, got {type(role).__name__}\")\nTypeError: IAM role must be an iam.IRole, got str", "user-code"],
    ["e08-closed-runtime-then-sts-connect", "2024-11-05 20:01:44 WARNING invoke attempt 1 failed: ConnectionClosedError: Connection was closed before we received a valid response from endpoint URL: \"https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/asr-ep/invocations\".\n2024-11-05 20:01:51 INFO invoke attempt 2 ok\n2024-11-05 20:01:52 INFO refreshing cross-account credentials for results bucket\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: \"https://sts.us-east-1.amazonaws.com/\"", "vpc"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('what the thirtieth review found', () => {
  it("a script's own supported-list check raised below an earlier, unrelated answer is not the endpoint's refusal", () => {
    expect(causeOf("2024-03-02 10:14:07 WARNING score.py: record 17 skipped: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message \"could not convert string to float: 'NA'\". See CloudWatch logs.\nTraceback (most recent call last):\n  File \"/opt/ml/processing/input/code/score.py\", line 203, in <module>\n    sched = build_scheduler(args.scheduler)\n  File \"/opt/ml/processing/input/code/score.py\", line 88, in build_scheduler\n    raise ValueError(f\"Scheduler {name} not supported. Supported schedulers are: linear, cosine, step\")\nValueError: Scheduler onecycle not supported. Supported schedulers are: linear, cosine, step")).not.toBe('validation');
  });
});
