import { describe, expect, it } from 'vitest';
import heldOut42 from './fixtures/held-out-42.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { unwrapFailureText } from './unwrap-failure-text';

// Round 42 (failures kept in notebooks' saved output cells): the first pass's misses, read by their
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut42);

describe("the job's traceback the SDK streamed before its exception", () => {
  it("is kept, so a processing script's missing input file reads the input", () => {
    const text = real('kasteve-processing-input-test-txt-missing');
    expect(unwrapFailureText(text)).toContain("No such file or directory: '/opt/ml/processing/input/data/test.txt'");
    expect(causeOf(text)).toBe('data');
  });

  it("still drops the notebook's traceback of the SDK call, whose innermost frame is the SDK's", () => {
    const text = [
      'FileNotFoundError: [Errno 2] No such file or directory: \'/opt/ml/input/data/train/a.csv\'',
      'Traceback (most recent call last):',
      '  File "/home/ec2-user/SageMaker/run.py", line 12, in <module>',
      '    estimator.fit(inputs)',
      '  File "/home/ec2-user/anaconda3/envs/python3/lib/python3.10/site-packages/sagemaker/session.py", line 4520, in _check_job_status',
      '    raise exceptions.UnexpectedStatusException(',
      'UnexpectedStatusException: Error for Training job t-1: Failed. Reason: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "KeyError: \'label\'"',
    ].join('\n');
    expect(unwrapFailureText(text)).not.toContain('session.py');
    expect(unwrapFailureText(text)).toContain("/opt/ml/input/data/train/a.csv");
  });
});

describe('single readings of round 42', () => {
  it("a service that says it is unable to assume the role it was given names the role's trust", () => {
    expect(causeOf(real('kasteve-processing-glue-crawler-role-trust'))).toBe('trust-policy');
    expect(causeOf('An error occurred (InvalidInputException) when calling the CreateCrawler operation: Service is unable to assume provided role. Please verify role\'s TrustPolicy')).toBe('trust-policy');
  });

  it("a model's prediction over the request's records that met a string where a number belongs is the records", () => {
    expect(causeOf(real('kkhatua-transform-predict-fn-string-to-float'))).toBe('data');
    expect(causeOf(real('examples-clarify-byoc-invoke-dtype-numeric-strings'))).toBe('data');
    // A script's own int() of a command-line value is still the code's.
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    epochs = float(os.environ["SM_HP_EPOCHS"])\nValueError: could not convert string to float: \'ten\'')).toBe('user-code');
  });

  it('an unsupported content type the request was sent with is the payload, even in a 5xx answer', () => {
    expect(causeOf(real('udacity-deploy-invoke-unsupported-content-type'))).toBe('data');
  });

  it("a tuning job that found no objective metric in its training jobs' logs is the training code's output", () => {
    expect(causeOf(real('dogbreed-hpo-no-objective-metrics-found'))).toBe('user-code');
  });

  it('a refusal the service could not attribute to any operation is no missing permission', () => {
    expect(causeOf(real('examples-createtrainingjob-403-unable-to-determine-operation'))).toBe('unknown');
    expect(causeOf('An error occurred (AccessDeniedException) when calling the CreateTrainingJob operation: User: arn:aws:iam::111122223333:user/ml is not authorized to perform: sagemaker:CreateTrainingJob')).toBe('other-permission');
  });

  it("a built-in algorithm's unreadable input file, named under its customer-side class, is the input", () => {
    expect(causeOf(real('cifar-builtin-image-classification-imread-blank'))).toBe('data');
  });
});
