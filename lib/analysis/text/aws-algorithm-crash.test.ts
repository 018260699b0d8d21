import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';
import { awsAlgorithmCrash } from './aws-algorithm-frames';

// A built-in algorithm runs AWS's code and no script of the user's (the round 238 miss: a DeepAR crash inside
// /opt/amazon/…/ai_algorithms_sdk read as "fix the training script"). Frames as the built-in algorithms print them
// (the held-out XGBoost 0.72, BlazingText and DeepAR texts in fixtures/), exceptions the algorithm did not catch.
const frame = (path: string, line: number, fn: string, source: string) => `  File "${path}", line ${line}, in ${fn}\n    ${source}\n`;
const SDK = '/opt/amazon/lib/python3.7/site-packages/ai_algorithms_sdk';
const crash = (frames: string, last: string) => `AlgorithmError: framework error: \nTraceback (most recent call last):\n${frames}${last}`;

describe('a traceback of AWS\u2019s built-in algorithm alone', () => {
  const deepar = crash(
    frame(`${SDK}/trainer.py`, 112, 'train', 'model = self.fit(data)') + frame('/opt/amazon/lib/python3.7/site-packages/algorithm/model.py', 88, 'build', 'shape = x.shape[2]'),
    'IndexError: tuple index out of range',
  );

  it('is the input or settings the algorithm was given, not a training script (was user-code)', () => {
    const d = classifyText({ failureReason: deepar });
    expect(d.cause).toBe('data');
    expect(d.summary).toContain("built-in algorithm's own code (AWS's, not a training script)");
    expect(d.summary).toContain('IndexError: tuple index out of range');
    expect(d.summary).not.toContain('fix the training script');
  });

  it('with Python\u2019s own library under it, as the SDK relays it, and in CloudWatch\u2019s CSV quoting', () => {
    const json = crash(
      frame(`${SDK}/trainer.py`, 112, 'train', 'model = self.fit(data)') + frame('/usr/local/lib/python3.7/json/decoder.py', 337, 'decode', 'obj, end = self.raw_decode(s)'),
      'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    );
    expect(causeOf(`UnexpectedStatusException: Error for Training job deepar-2021-05-01: Failed. Reason: ${json}`)).toBe('data');
    expect(causeOf('1628985645412,"Traceback (most recent call last):\n  File ""/opt/amazon/lib/python3.6/site-packages/algorithm/train.py"", line 71, in main\n    ts = parse(line)"\n1628985645412,ValueError: could not convert string to float: \'NaN,\'')).toBe('data');
  });

  it('names the exception it ended in, or the innermost frame without it', () => {
    expect(awsAlgorithmCrash(deepar)).toBe('IndexError: tuple index out of range');
    expect(awsAlgorithmCrash(`Traceback (most recent call last):\n${frame(`${SDK}/trainer.py`, 9, 'train', 'self.fit()')}`)).toBe(`File "${SDK}/trainer.py", line 9, in train`);
  });

  it('still yields to what the text names: memory, disk, a denied request', () => {
    expect(causeOf(crash(frame(`${SDK}/io.py`, 40, 'read', 'a = np.asarray(x)'), 'MemoryError: Unable to allocate 3.2 GiB'))).toBe('out-of-memory');
    expect(causeOf(crash(frame(`${SDK}/io.py`, 40, 'save', 'w.write(m)'), 'OSError: [Errno 28] No space left on device'))).toBe('disk-space');
    expect(causeOf(crash(frame(`${SDK}/io.py`, 12, 'get', 's3.get_object(Bucket=b, Key=k)'), 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'))).toBe('s3-read');
  });
});

describe('not when code of the job\u2019s own or of another image ran', () => {
  it('a frame of the job\u2019s script is the code\u2019s, whatever else is AWS\u2019s', () => {
    expect(causeOf(crash(frame(`${SDK}/trainer.py`, 112, 'train', 'run(entry)') + frame('/opt/ml/code/train.py', 12, '<module>', "x = d['a']"), "KeyError: 'a'"))).toBe('user-code');
  });

  it('a framework container\u2019s toolkit (script mode) is not the built-in algorithm', () => {
    const sklearn = crash(frame('/miniconda3/lib/python3.7/site-packages/sagemaker_sklearn_container/training.py', 39, 'main', 'train(env)'), "KeyError: 'a'");
    expect(awsAlgorithmCrash(sklearn)).toBeUndefined();
    expect(causeOf(sklearn)).toBe('user-code');
  });

  it('no frame at all leaves the class to say it', () => {
    expect(awsAlgorithmCrash('AlgorithmError: (caused by IndexError)\nCaused by: tuple index out of range')).toBeUndefined();
    expect(causeOf('AlgorithmError: (caused by IndexError)\nCaused by: tuple index out of range')).toBe('user-code');
  });
});

describe('not the algorithm\u2019s own refusal', () => {
  it('its CustomerError is a report read by its message, not a crash (the held-out BlazingText text stays unknown)', () => {
    const refused = `Customer Error: Training did not complete successfully! Please check the logs for errors.\nTraceback (most recent call last):\n${frame('/opt/amazon/lib/python2.7/site-packages/blazingtext/train_methods.py', 241, 'train_blazing_single', 'raise exceptions.CustomerError("Training did not complete successfully!")')}CustomerError: Training did not complete successfully! Please check the logs for errors.`;
    expect(awsAlgorithmCrash(refused)).toBeUndefined();
    expect(causeOf(refused)).toBe('unknown');
  });
});
