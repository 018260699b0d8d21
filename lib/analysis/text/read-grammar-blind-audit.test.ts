import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';


// An independent labeller, reading only the texts, filed six fixtures we had left `unknown` under a
// cause and was sure of it (docs/failure-texts.md, "Blind relabelling"). Each reading below is the
// structure behind one of them, in other wordings, and what it must leave alone.
describe('structures the blind relabelling asked for', () => {
  it.each([
    ['a combination of settings a service does not support', 'ClientError: Managed spot training does not currently support this instance type.', 'validation'],
    ['a feature not supported with another', 'Profiler is not supported for jobs that use network isolation', 'validation'],
    ["an API field that is a configuration, with what is wrong in it", 'ClientError: OutputConfiguration: TargetPlatform has a wrong accelerator for this device.', 'validation'],
    ['a configuration the request lacks', 'No Hyperparameter Tuning Configuration provided.', 'validation'],
    ["AWS's closing line for its own failure", 'Request to service failed. Please try again; if the problem persists, contact AWS Support.', 'internal'],
    ['training data with degenerate content, under a ClientError', 'ClientError: training dataset consists of only NaNs', 'data'],
    ['training data that is empty, under a ClientError', 'ClientError: The training time series is empty for item 17', 'data'],
    ["a wrapper's report of a call that raised", 'CatBoost fit call failed with exception: division by zero in the custom metric', 'user-code'],
    // The same wrapper around an argument the job set: the argument check (a hyperparameter) says more.
    ['a wrapper around an argument check', 'LightGBM train call failed with exception: num_class must be set for multiclass', 'validation'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    // The code's own words: under an AlgorithmError, "not supported" is the code's, not the request's.
    ['"not supported" under an AlgorithmError', 'AlgorithmError: RuntimeError: bf16 is not supported on this GPU', 'user-code'],
    // A reading that names what is unsupported outranks the weak one.
    ['an unsupported data format', 'ClientError: Data format text/plain is not supported', 'data'],
    // "contact AWS Support" to raise a limit is the quota, not AWS's failure.
    ['support for a limit increase', 'ResourceLimitExceeded: The account-level service limit is 0 Instances. Please contact AWS Support to request an increase for this limit.', 'quota'],
    // Support alone, without the retry that makes it AWS's side, says nothing.
    ['support without a retry', 'For help, contact customer support.', 'unknown'],
    // "training set" in the code's own report is a metric's, not the input.
    ['"training set" under an AlgorithmError', 'AlgorithmError: training set accuracy expected above 0.9, got 0.42', 'user-code'],
    // A step that failed with an AWS error: the code the error carries decides.
    ['a call that raised an AWS error', 'Processing call failed with exception: An error occurred (ThrottlingException) when calling the CreateProcessingJob operation: Rate exceeded', 'throttling'],
  ])('leaves alone: %s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
