import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-thirty-eighth review's mends (docs/failure-texts.md): texts of the ML libraries' threads.
describe("PyTorch's zip writer finding its file shorter than it wrote", () => {
  const unexpectedPos = '[save model/ckpt error] RuntimeError: [enforce fail at inline_container.cc:659] .unexpected pos 2387758464 vs 2387758376';

  it('is a write the system cut short, not the code; the disk only when its own words say so', () => {
    expect(causeOf(unexpectedPos)).toBe('unknown');
    expect(causeOf(`${unexpectedPos}\nOSError: [Errno 28] No space left on device`)).toBe('disk-space');
  });
});

describe("hf_xet's failed transfer from the Hub's storage", () => {
  it('is the model download', () => {
    expect(causeOf('Error occurred during download: Data processing error: CAS service error : Error : result term data length 63574543 did not match expected value 67084736')).toBe('model-download');
    expect(causeOf('RuntimeError: Data processing error: CAS service error : Error : single flight error: Real call failed: CasObjectError(InternalIOError(Custom { kind: Other }))')).toBe('model-download');
  });

  it('is not an upload, which push_to_hub makes through the same store', () => {
    expect(causeOf('Error while uploading checkpoint-500 to the Hub: Data processing error: CAS service error : Error : single flight error')).not.toBe('model-download');
  });
});

describe("the datasets library finding the job's files not one table", () => {
  it('reads files whose columns differ, or that held no example, as the data', () => {
    expect(causeOf("JSON lines with missing columns raise CastError:\n> CastError: Couldn't cast\nid: int64 to\n{'id': Value('int64'), 'text': Value('string')}\nbecause column names don't match")).toBe('data');
    expect(causeOf("datasets.table.CastError: Couldn't cast id: int64 to {'id': Value('int64'), 'text': Value('string')} because column names don't match")).toBe('data');
    expect(causeOf('datasets.exceptions.DatasetGenerationCastError: An error occurred while generating the dataset\n\nAll the data files must have the same columns, but at some point there are 2 new columns ({\'label\'})')).toBe('data');
    expect(causeOf('Generating train split: 0 examples [00:00, ? examples/s]\nTraceback (most recent call last):\n  File "/opt/conda/lib/python3.10/site-packages/datasets/arrow_writer.py", line 649, in finalize\n    raise SchemaInferenceError("Please pass `features` or at least one example when writing data")\ndatasets.arrow_writer.SchemaInferenceError: Please pass `features` or at least one example when writing data')).toBe('data');
  });

  it('not on a warning line the program went past', () => {
    expect(causeOf("WARNING:datasets: Couldn't cast shard 3 because column names don't match; skipping it\nKeyError: 'text'")).toBe('user-code');
  });
});

// The hundred-and-fortieth review (the error strings of the SDK, the toolkits and the built-in containers).
describe("the built-in containers' input found empty, the launcher's hosts, the remote function's environment", () => {
  it("reads a built-in algorithm's ClientError that no records or no host got data as the data; not in the code's own words", () => {
    expect(causeOf('ClientError: No records found in RecordIO-Protobuf data')).toBe('data');
    expect(causeOf('ClientError: No hosts received training data.')).toBe('data');
    expect(causeOf('AlgorithmError: No records found in csv data')).toBe('user-code');
  });

  it("reads the MPI launcher's workers that never became reachable as the hosts' network", () => {
    expect(causeOf('Timed out waiting for workers to be reachable.')).toBe('vpc');
  });

  it("reads the remote function's RuntimeEnvironmentError as the job's own dependencies", () => {
    expect(causeOf('RuntimeEnvironmentError: failure while installing dependencies.')).toBe('user-code');
  });
});

// The hundred-and-forty-first review (posts as users write them).
describe('a policy the writer names as what refused', () => {
  it('decides the cause over the symptom beside it', () => {
    expect(causeOf('Training Job Fails with "Access Denied" to Data Bucket\n\nCause: When using a separate Data Account, the bucket policy doesn\'t allow the UseCase Account\'s SageMaker role.')).toBe('bucket-policy');
    expect(causeOf('A SageMaker training job fails with `AccessDenied` reading from an S3 bucket.\n> Answer: The CMK **key policy** does not grant `kms:Decrypt` to the execution role.')).toBe('kms');
    expect(causeOf('The job failed: access denied by the VPC endpoint policy')).toBe('vpc');
    expect(causeOf("The training job failed with Access Denied: the role's trust policy doesn't trust sagemaker.amazonaws.com")).toBe('trust-policy');
  });

  // The first version read these as the bucket policy (an independent review): it decides only which denial it was.
  it('decides nothing without a denial, nor against a stronger failure, nor for what the policy is for', () => {
    expect(causeOf("The training job failed because the role's trust policy doesn't trust sagemaker.amazonaws.com")).toBe('unknown');
    expect(causeOf('Note: our bucket policy does not allow public access.\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB')).toBe('out-of-memory');
    expect(causeOf("An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nThe bucket policy doesn't include any Deny statement.")).toBe('s3-read');
    expect(causeOf("An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nThe bucket policy doesn't allow deletes, by design.")).toBe('s3-write');
    expect(causeOf('The request was not denied by the bucket policy. Job failed: AccessDenied when calling the GetObject operation')).toBe('s3-read');
  });

  it('not as a condition, a question, or without a failure the text reports', () => {
    expect(causeOf('If the bucket policy does not allow the role, the job fails.')).toBe('unknown');
    expect(causeOf('Our bucket policy does not allow public access.')).toBe('unknown');
    expect(causeOf('Why does the bucket policy not allow the role? Access Denied')).not.toBe('bucket-policy');
  });

  it("does not outrank AWS's quoted denial, which names its own policy type", () => {
    expect(causeOf('An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:GetObject action. The bucket policy does not allow public access.')).toBe('s3-read');
  });
});

describe('a writer\'s hyphenated out-of-memory', () => {
  it('is the memory, not a flag that names it', () => {
    expect(causeOf('For Experiment 1, no green bars are shown, since the training job failed with an out-of-memory error.')).toBe('out-of-memory');
    expect(causeOf('--out-of-memory-retries=3 flag set')).toBe('unknown');
  });
});

// The hundred-and-forty-second review (log excerpts whose warnings come before or after the failure).
describe("a configuration said wrong on a warning's line", () => {
  const warning = "/root/miniconda3/lib/python3.8/site-packages/transformers/generation/configuration_utils.py:362: UserWarning: `do_sample` is set to `False`. However, `temperature` is set to `0.9` -- this flag is only used in sample-based generation modes. This was detected when initializing the generation config instance, which means the corresponding file may hold incorrect parameterization and should be fixed.\n  warnings.warn(";

  it('is the notice of a program that went on, not the failure', () => {
    expect(causeOf(warning)).toBe('unknown');
    expect(causeOf(`OSError: [Errno 28] No space left on device\n\n\`\`\`bash\n${warning}\n\`\`\``)).toBe('disk-space');
  });

  it('is still the configuration on its own error line', () => {
    expect(causeOf('ERROR: the generation config is invalid: unknown keys temperature_x')).toBe('validation');
  });
});

// The hundred-and-forty-third review (real classes and stages with details from other threads).
describe("AWS's reason clause quoted alone, and the csv module's report of the file", () => {
  it('reads the implicit clause without its lead, with its policy type', () => {
    expect(causeOf('The job failed (no identity-based policy allows the s3:ListBucket action)')).toBe('s3-read');
    expect(causeOf('no permissions boundary allows the s3:GetObject action')).toBe('boundary');
    expect(causeOf('It says no policy allows the s3:GetObject action in our account')).toBe('unknown');
  });

  it("reads Python's csv module's refusal of the file as the data", () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "_csv.Error: line contains NUL"')).toBe('data');
    expect(causeOf('_csv.Error: field larger than field limit (131072)')).toBe('data');
  });
});

// An independent review of the mends above found these readings too wide; each is narrowed to what it says.
describe('the mends held to what they say', () => {
  it("leaves the toolkit's parse of a URI inside a job that ran to the script", () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "ValueError: Expecting \'s3\' scheme, got:  in /opt/ml/model/out."')).toBe('user-code');
  });

  it("reads cuBLAS's allocation status beside a device-side assert as the kernel that failed first", () => {
    expect(causeOf('Indexing.cu:1146: indexSelectLargeIndex: block: [0,0,0] Assertion `srcIndex < srcSelectDimSize` failed.\nRuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`')).toBe('user-code');
  });

  it("reads hf_xet's store error in a push to the Hub as no download", () => {
    expect(causeOf('Failed to push some_dataset: RuntimeError: Data processing error: CAS service error : Error : single flight error')).not.toBe('model-download');
  });

  it("reads a hyphenated out-of-memory only as what failed, not as a modifier", () => {
    expect(causeOf("WARNING: out-of-memory protection enabled\nKeyError: 'label'")).toBe('user-code');
    expect(causeOf('I set this to avoid out-of-memory errors; now fails with ValueError: bad shape')).toBe('user-code');
  });

  it("reads the MPI launcher's wait for its master as the hosts' network, and the zip writer's position only as PyTorch's", () => {
    expect(causeOf('Timed out waiting for master algo-1 to be reachable.')).toBe('vpc');
    expect(causeOf('RuntimeError: unexpected pos 5 vs 7')).toBe('user-code');
  });
});

// The hundred-and-forty-fourth review (the SDK's reason forms as runbooks and notes quote them).
describe("a built-in algorithm's own words for hyperparameters its schema does not hold", () => {
  it('is the configuration, whatever class carries it', () => {
    expect(causeOf("ValidationError: Additional hyperparameters are not allowed (u'foo' was unexpected)")).toBe('validation');
  });
});

// The hundred-and-forty-fifth review (the known gaps' kinds) and the hundred-and-forty-sixth (held texts in real wrappers).
describe("a role SageMaker could not assume because STS was never reached, and a JSON record's escaped breaks", () => {
  it('reads the connection to STS that timed out, not a trust that refused', () => {
    expect(causeOf('The root cause is explicitly reported in the execution logs:\n\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"\n\nBecause the environment was unable to reach STS, SageMaker could not assume the execution role.')).toBe('vpc');
    expect(causeOf('ClientError: SageMaker could not assume the execution role arn:aws:iam::111122223333:role/r')).toBe('trust-policy');
    expect(causeOf("SageMaker was unable to assume the role 'arn:aws:iam::1:role/r'. Please ensure that the role exists and allows principal 'sagemaker.amazonaws.com' to assume the role.\n2024 retry: Read timeout on endpoint URL: \"https://sts.amazonaws.com/\" (retried, succeeded)")).toBe('trust-policy');
  });

  it("reads every escaped break of a one-line JSON record, a hard wrap's before a lowercase word too", () => {
    expect(causeOf('{"level": "error", "message": "ClientError: An error occurred (AccessDeniedException) when calling the CreateTrainingJob operation: User: \\narn:aws:sts::111122223333:assumed-role/r/SageMaker is not authorized to\\nperform: sagemaker:CreateTrainingJob on resource: \\narn:aws:sagemaker:us-east-1:111122223333:training-job/j with an explicit\\ndeny in a service control policy"}')).toBe('scp');
    expect(causeOf('An error occurred reading C:\\notebooks\\train.csv: ValueError: could not convert string to float')).not.toBe('scp');
  });
});

describe('a disk the job filled, said in words', () => {
  it('is the disk; not a volume filled with data on purpose', () => {
    expect(causeOf('In our case, the Sagemaker instance filled its 50GB disk during training.')).toBe('disk-space');
    expect(causeOf('The EBS volume filled up after 3 epochs and the job died')).toBe('disk-space');
    // An independent review: advice, a graphics volume, and a data sample printed above the real error are not the disk.
    expect(causeOf("Note: if the volume fills up, raise volume_size. ValueError: Expected input batch_size (32) to match target batch_size (16)")).toBe('user-code');
    expect(causeOf('RuntimeError: CUDA error: an illegal memory access was encountered (the buffer filled the volume texture)')).toBe('user-code');
    expect(causeOf("ERROR prompt echo: 'Question: why? Answer: because the disk filled up'\nValueError: Expected input batch_size (32) to match target batch_size (16)")).toBe('user-code');
    expect(causeOf('we fill the volume mount with data')).toBe('unknown');
    expect(causeOf("we filled the volume with the dataset and then KeyError: 'x'")).toBe('user-code');
  });
});

// The hundred-and-forty-seventh review (multi-line held texts in wrappers that escape or reflow their lines).
describe("a denial's lines escaped in a repr, a twice-escaped cause or a table's <br>", () => {
  const head = 'An error occurred (AccessDeniedException) when calling the CreateStateMachine operation: User: arn:aws:sts::111122223333:assumed-role/r/SageMaker is not authorized to';
  const tail = 'perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/sf because no identity-based policy';

  it('reads them as the lines they were', () => {
    expect(causeOf(`Task exception was never retrieved\nfuture: <Task finished name='Task-7' exception=ClientError('${head}\\n${tail}\\nallows the iam:PassRole action')>`)).toBe('trust-policy');
    expect(causeOf(`| 2025-03-21 | pipeline.ipynb | ClientError: ${head}<br>${tail}<br>allows the iam:PassRole action | @xin |`)).toBe('trust-policy');
    expect(causeOf(`{\n  "cause": "{\\"errorMessage\\": \\"${head}\\\\n${tail}\\\\nallows the iam:PassRole action\\", \\"errorType\\": \\"ClientError\\"}"\n}`)).toBe('trust-policy');
  });

  it("leaves a Windows path's backslashes alone", () => {
    expect(causeOf('FileNotFoundError: C:\\Users\\me\\notebooks\\new\\train.csv not found')).toBe('user-code');
  });
});

// The hundred-and-forty-eighth review (older threads, 2018 to 2022).
describe("'unable to resolve' said of an error, and TensorFlow's record that is no Example", () => {
  it('reads a name that could not be resolved as the network, not an error a writer could not resolve', () => {
    expect(causeOf('unable to resolve the error even by using powerful training instances')).toBe('unknown');
    expect(causeOf('failed to resolve sts.us-east-1.amazonaws.com')).toBe('vpc');
  });

  it("reads TensorFlow's 'Could not parse example input' as the data", () => {
    expect(causeOf("tensorflow/core/framework/op_kernel.cc:1622] OP_REQUIRES failed at example_parsing_ops.cc:240 : Invalid argument: Could not parse example input, value: '\u0001\u0002'")).toBe('data');
  });
});

// The hundred-and-fiftieth review (commit messages of 2023 to 2026 that paste a failure).
describe("a cgroup's ENOSPC and a library's assert that it does not support a version", () => {
  it("reads the kernel's answer to a cpuset write as no full disk", () => {
    expect(causeOf("systemd: slurmd.service: Failed to set 'cpuset.cpus' attribute on\n      '/system.slice/slurmd.service' to '': No space left on device")).toBe('unknown');
    expect(causeOf('OSError: [Errno 28] No space left on device: /opt/ml/checkpoints/step-100')).toBe('disk-space');
    expect(causeOf('OSError: writing /sys/fs/cgroup/memory.max failed; then: torch.save failed: No space left on device')).toBe('disk-space');
  });

  it("reads a library's assert as the image's code, not the request", () => {
    expect(causeOf("MegatronTrainRayActor dies during init with 'AssertionError: Megatron does not support numpy 2.x'.")).toBe('user-code');
    expect(causeOf('ClientError: The instance type ml.p5.48xlarge does not support Pipe mode')).toBe('validation');
  });
});

// The hundred-and-forty-ninth review (decoy words in real posts and commit messages).
describe("a code host's token refused, and Python's call that takes no such keyword", () => {
  it("reads GitHub's 403 for its own token as no AWS denial", () => {
    expect(causeOf("The 'Cleanup artifacts' job fails with HTTP 403 on fork PRs because the GITHUB_TOKEN\nlacks write permissions to delete artifacts on the upstream repo.")).toBe('unknown');
    expect(causeOf('CI uses GITHUB_TOKEN to push. Job log: ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')).toBe('s3-write');
  });

  it("reads 'does not support ... keyword argument' as the code's call, not the request", () => {
    expect(causeOf("TypeError: get() takes no keyword arguments - breaks training jobs\n\nThis causes get() method in 'dict' class to fail as it does not support 'default' keyword argument.")).toBe('user-code');
  });
});
