import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { withoutClientTracebacks } from './client-traceback';

// Illustrative wordings of the three traceback layouts, not the fixtures.
const ipython7 = (exception: string) =>
  [
    '---------------------------------------------------------------------------',
    'ClientError                               Traceback (most recent call last)',
    '<ipython-input-14-9c1d> in <module>',
    '      3     role=role,',
    '----> 4 ).fit({"train": s3_train})',
    '',
    '/home/ec2-user/anaconda3/envs/pytorch_p39/lib/python3.9/site-packages/sagemaker/session.py in train(self, input_mode, input_config, role)',
    '--> 611             self.sagemaker_client.create_training_job(**request)',
    '',
    '/home/ec2-user/anaconda3/envs/pytorch_p39/lib/python3.9/site-packages/botocore/client.py in _make_api_call(self, operation_name, api_params)',
    '    718             error_class = self.exceptions.from_code(error_code)',
    '--> 719             raise error_class(parsed_response, operation_name)',
    '',
    exception,
  ].join('\n');
const ipython8 = (exception: string) =>
  [
    'ClientError                               Traceback (most recent call last)',
    'Cell In[22], line 2',
    '      1 sm = boto3.client("sagemaker")',
    '----> 2 sm.create_processing_job(**request)',
    '',
    'File /opt/conda/lib/python3.10/site-packages/botocore/client.py:1009, in BaseClient._make_api_call(self, operation_name, api_params)',
    '   1008     error_class = self.exceptions.from_code(error_code)',
    '-> 1009     raise error_class(parsed_response, operation_name)',
    '',
    exception,
  ].join('\n');
const script = (exception: string) =>
  [
    'Traceback (most recent call last):',
    '  File "launch.py", line 40, in <module>',
    '    estimator.fit(wait=False)',
    '  File "/usr/local/lib/python3.8/dist-packages/boto3/s3/transfer.py", line 292, in upload_file',
    '    future.result()',
    '  File "/usr/local/lib/python3.8/dist-packages/s3transfer/upload.py", line 758, in _main',
    '    client.put_object(Bucket=bucket, Key=key, Body=body, **extra_args)',
    exception,
  ].join('\n');

describe('a traceback of a call into the AWS client libraries is where the caller stood, not the code failing', () => {
  it.each([
    ['IPython 7', ipython7('ClientError: An error occurred (OptInRequired) when calling the CreateTrainingJob operation: The account is not subscribed.')],
    ['IPython 8', ipython8('ClientError: An error occurred (ModelAlreadyRegistered) when calling the CreateProcessingJob operation: the model is already registered')],
    ['a script', script('boto3.exceptions.S3UploadFailedError: Failed to upload model.tar.gz: An error occurred (PreconditionFailed) when calling the PutObject operation: At least one of the preconditions you specified did not hold')],
  ])('%s: an AWS refusal nothing explains stays unknown', (_, text) => {
    expect(classifyText({ failureReason: text }).cause).toBe('unknown');
  });

  it('reads the exception it ends in as it would be read bare', () => {
    const exception = 'ClientError: An error occurred (AccessDeniedException) when calling the CreateTrainingJob operation: User: arn:aws:sts::111122223333:assumed-role/ds/alice is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/train';
    expect(classifyText({ failureReason: ipython7(exception) }).cause).toBe(classifyText({ failureReason: exception }).cause);
    expect(withoutClientTracebacks(ipython7(exception))).toBe(exception);
  });

  it("keeps the training code's own traceback, and a client's traceback chained after it is reduced", () => {
    const own = ['Traceback (most recent call last):', '  File "/opt/ml/code/train.py", line 12, in <module>', '    label = row["label"]', "KeyError: 'label'"].join('\n');
    expect(withoutClientTracebacks(own)).toBe(own);
    expect(classifyText({ failureReason: own }).cause).toBe('user-code');
    const chained = `${own}\n\nDuring handling of the above exception, another exception occurred:\n\n${script('botocore.exceptions.ClientError: An error occurred (Unknown) when calling the PutObject operation: x')}`;
    expect(withoutClientTracebacks(chained)).toBe(`${own}\n\nDuring handling of the above exception, another exception occurred:\n\nbotocore.exceptions.ClientError: An error occurred (Unknown) when calling the PutObject operation: x`);
  });

  it("keeps the SDK's quote on the line a client's traceback starts on, so the reason it quotes is read", () => {
    const reason = script('botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateEndpointConfig operation: Cannot create already existing endpoint configuration "arn:aws:sagemaker:us-east-1:111122223333:endpoint-config/e1".');
    const quoted = `UnexpectedStatusException: Error for Processing job p1: Failed. Reason: ${reason}. Check troubleshooting guide for common errors: https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html`;
    expect(withoutClientTracebacks(quoted)).toMatch(/^UnexpectedStatusException: Error for Processing job p1: Failed\. Reason: botocore/);
    // Below the notebook's traceback of the SDK call, whose source names CapacityError: the quoted reason decides.
    const noted = `${ipython8('').trimEnd().replace(/ClientError/g, 'UnexpectedStatusException')}\n   6807 if "CapacityError" in str(reason):\n\n${quoted}`;
    expect(classifyText({ failureReason: noted }).cause).toBe('validation');
  });

  it("drops a notebook's traceback cut before its exception line when its header names only botocore's class", () => {
    const cut = ipython7('').trimEnd();
    expect(withoutClientTracebacks(cut)).toBe('');
  });

  it('leaves a traceback without an exception line alone when its header names another class', () => {
    const cut = ipython7('').trimEnd().replace('ClientError  ', 'ValueError   ');
    expect(withoutClientTracebacks(cut)).toBe(cut);
  });

  const SIZE = 64 * 1024;
  it.each([
    ['repeated headers', 'Traceback (most recent call last)\n'.repeat(SIZE / 34)],
    ['frame lines without an exception', `Traceback (most recent call last)\n${'/a/site-packages/botocore/x.py in f\n'.repeat(SIZE / 36)}`],
    ['one long path line', `Traceback (most recent call last)\n/${'a'.repeat(SIZE)}\nX: y`],
  ])('hostile input: %s', (_, text) => {
    expect(withoutClientTracebacks(text).length).toBeLessThanOrEqual(text.length);
    expect(classifyText({ failureReason: text }).summary.length).toBeLessThan(1000);
  });
});
