import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { classifyText } from '../classify-text';
import { parseAccessDenied } from './parse-access-denied';
import { trimTrailing } from './trim-trailing';

// The text layer reads whatever a job printed, up to 64 KB per message. Each input below made one
// of its patterns backtrack quadratically: 1 s to 100 s per message before the patterns were
// bounded. None asserts a duration; the suite's per-test timeout is what fails a regression.
const SIZE = 64 * 1024;
const pump = (prefix: string, unit: string, suffix = '!') => prefix + unit.repeat(Math.ceil(SIZE / unit.length)) + suffix;

const hostile: { name: string; text: string; cause: Cause }[] = [
  { name: 'repeated "(AccessDenied) when calling the " before no operation (the denial\'s own call, this session)', text: pump('', '(AccessDenied) when calling the '), cause: 'other-permission' },
  { name: 'repeated answer heads with tabs and runs of spaces between words (the twenty-eighth review)', text: pump('', 'Received \t client \t error (500)  \t from  '), cause: 'unknown' },
  { name: 'repeated "ConnectionClosedError: " to SageMaker Runtime (round 56)', text: pump('', 'ConnectionClosedError: runtime.sagemaker.x.amazonaws.com '), cause: 'unknown' },
  { name: 'repeated "not supported. Supported a " without a verb (round 55)', text: pump('', 'not supported. Supported a '), cause: 'unknown' },
  { name: 'an answer followed by repeated "An error occurred (A) " without a call (the twenty-seventh review)', text: pump('Received server error (500) from primary with message "', 'An error occurred (A) \nwhen '), cause: 'user-code' },
  { name: 'a job frame inside a client traceback followed by many client frames (the twenty-seventh review)', text: pump('Traceback (most recent call last):\n  File "/opt/ml/code/a.py", line 1, in <module>\n', '  File "/x/site-packages/sagemaker/a.py", line 1, in f\n', 'ValueError: x'), cause: 'user-code' },
  { name: 'repeated wrapped container heads without "message" (round 54)', text: pump('', 'Received server error (500) \nfrom primary \nwith '), cause: 'unknown' },
  { name: 'repeated wrapped container heads with a long name (round 54)', text: pump('', 'Received client error (400) \nfrom ' + 'a'.repeat(79) + ' \n'), cause: 'unknown' },
  { name: 'repeated "No file named \"" without a directory (round 54)', text: pump('ValueError: ', 'No file named "a" was found in '), cause: 'user-code' },
  { name: 'a make line of stars before no error code (the twenty-fifth review)', text: pump('make: *** ', '[a] '), cause: 'unknown' },
  { name: 'repeated "sudo: unable to execute " without a reason (the twenty-fifth review)', text: pump('', 'sudo: unable to execute a'), cause: 'unknown' },
  { name: 'repeated "Parameter validation failed" without the colon (round 53)', text: pump('', 'Parameter validation failed '), cause: 'unknown' },
  { name: 'repeated "no GPUs available " before no remedy (round 52)', text: pump('', 'no GPUs available '), cause: 'unknown' },
  { name: 'a long line of "retrying " after a throttle (the retried throttle)', text: pump('Rate exceeded ', 'retrying '), cause: 'throttling' },
  { name: 'repeated retried throttle lines (the retried throttle)', text: pump('', 'Rate exceeded, retrying\n'), cause: 'throttling' },
  { name: 'repeated "exceptions.AbCd: " heads of no family (round 51)', text: pump('', 'exceptions.AbCd: X'), cause: 'unknown' },
  { name: 'repeated "limits " before no "exceeded" (round 51)', text: pump('', 'limits '), cause: 'unknown' },
  { name: 'repeated "failed to run command \'" without a closing quote (round 50)', text: pump('', "failed to run command 'a"), cause: 'unknown' },
  { name: 'repeated "/usr/bin/env: \'" heads (round 50)', text: pump('', "/usr/bin/env: 'a"), cause: 'unknown' },
  { name: 'repeated "bad interpreter: " without a reason (round 50)', text: pump('', 'bad interpreter: '), cause: 'unknown' },
  { name: 'repeated bare shell heads "line 1: " (round 50)', text: pump('', 'line 1: '), cause: 'unknown' },
  { name: 'repeated bare shell heads on their own lines (round 50)', text: pump('', 'line 1: a\n'), cause: 'unknown' },
  { name: "a failureReason of many adjacent one-letter literals (round 48)", text: pump("{'failureReason': ", "'a'\n "), cause: 'unknown' },
  { name: "a failureReason literal that never closes (round 48)", text: pump("'failureReason': '", 'a'), cause: 'unknown' },
  { name: 'a denial followed by repeated "n\'t permission to perform " without an action (the twenty-first review)', text: pump('AccessDenied: ', "n't permission to perform "), cause: 'other-permission' },
  { name: 'repeated 503 heads from the container without a message (round 47)', text: pump('', 'Received server error (503) from primary with message '), cause: 'user-code' },
  { name: 'repeated "Failed to invoke x:Y." lines without details (round 47)', text: pump('', 'Failed to invoke sagemaker:X.\n'), cause: 'unknown' },
  { name: 'repeated "error while processing the " and "out of disk " (round 47, the twenty-first review)', text: pump('error while processing the ', 'out of disk '), cause: 'unknown' },
  { name: 'a condition before many lacked accesses (the twenty-first review)', text: pump('If ', 'does not have a:Bc access '), cause: 'unknown' },
  { name: "many Clarify analyzer frames before a setting never closed (the twenty-first review)", text: pump('Traceback (most recent call last):\n', '  File "/x/site-packages/analyzer/a.py", line 1, in f\n', '    raise ValueError("x was not set   '), cause: 'user-code' },
  { name: 'repeated shell heads "a.sh: line 1: " (round 45)', text: pump('', 'a.sh: line 1: '), cause: 'user-code' },
  { name: 'a shell head whose script name is one long dotted run (round 45)', text: pump('', 'a.', ': line 1: x: y'), cause: 'unknown' },
  { name: 'repeated dash heads "sh: 1: " (round 45)', text: pump('', 'sh: 1: '), cause: 'user-code' },
  { name: 'a denial followed by repeated "perform a:B" (round 45)', text: pump('AccessDenied: ', 'perform a:B'), cause: 'other-permission' },
  { name: 'repeated line continuations (round 46)', text: pump('', ' \\\n'), cause: 'unknown' },
  { name: 'many Clarify frames before a setting not provided (round 45)', text: pump('', '  File "/x/smclarify/a.py", line 1, in f\n', '    raise ValueError("x is not provided")'), cause: 'unknown' },
  { name: 'repeated "does not have a:Bc " before no permission (round 45)', text: pump('', 'does not have a:Bc '), cause: 'unknown' },
  { name: 'repeated "lack of " and "get rate " before no subject (round 45)', text: pump('lack of ', 'get rate '), cause: 'unknown' },
  { name: 'an ignored block of repeated chain lines (the twentieth review)', text: pump('Exception ignored in: x\nTraceback (most recent call last):\n', 'OSError: a\nDuring handling of the above exception, another exception occurred:\n'), cause: 'user-code' },
  { name: 'an ignored head over many frames without an exception (the nineteenth review)', text: pump('Exception ignored in: x\nTraceback (most recent call last):\n', '  File "a.py", line 1, in f\n'), cause: 'user-code' },
  { name: 'repeated tags with "<stderr>:" before no exception (the nineteenth review)', text: pump('NCCL error in: x\n', '[1,mpirank:0,algo-1]<stderr>:'), cause: 'unknown' },
  { name: 'repeated "load " before no checkpoint (the eighteenth review)', text: pump('WARNING: ', 'load '), cause: 'unknown' },
  { name: 'a line of "float(" before a ".predict(" far away (the eighteenth review)', text: pump('ValueError: could not convert string to float\n', 'float('), cause: 'user-code' },
  { name: 'repeated "HF_A" names after an exception\'s head (the eighteenth review)', text: pump('ValueError: ', 'HF_A '), cause: 'user-code' },
  { name: 'repeated "Exception ignored in" heads without an exception (round 44)', text: pump('', 'Exception ignored in: x\n'), cause: 'unknown' },
  { name: 'an ignored block followed by many exception lines (round 44)', text: pump('Exception ignored in: x\nOSError: a\n', 'OSError: a\n'), cause: 'unknown' },
  { name: 'repeated "A call to \'x\' has taken over " without seconds (round 44)', text: pump('', "A call to 'x' has taken over "), cause: 'unknown' },
  { name: 'repeated "nor " before no "authorized to assume" (round 44)', text: pump('', 'nor '), cause: 'unknown' },
  { name: "many toolkit frames before a None (round 44)", text: pump('AlgorithmError: framework error:\n', '  File "/x/sagemaker_training/a.py", line 1, in f\n', "AttributeError: 'NoneType' object has no attribute 'x'"), cause: 'user-code' },
  { name: 'repeated "HF_X " names before no "is not set" (the seventeenth review)', text: pump('', 'HF_AB '), cause: 'unknown' },
  { name: 'repeated "Unable to assume role " before no error (the seventeenth review)', text: pump('', 'Unable to assume role '), cause: 'trust-policy' },
  { name: 'a traceback followed by many exception-like lines (the seventeenth review)', text: pump('Traceback (most recent call last):\n  File "/opt/ml/code/t.py", line 1, in <module>\nKeyError: x\n', 'AbError: y\n', 'UnexpectedStatusException: Error for Training job j: Failed. Reason: AlgorithmError: x'), cause: 'user-code' },
  { name: 'repeated Gson escapes (round 43)', text: pump('', '\\u0027'), cause: 'unknown' },
  { name: 'a client error followed by repeated "set the option " without a name (round 43)', text: pump('Received client error (400) from primary with message ', 'set the option '), cause: 'unknown' },
  { name: 'repeated relay heads without "MODEL_LOG - " (a model server\'s relay)', text: pump('', '[INFO ] W-9000-a-stdout MODEL_LOG \n'), cause: 'unknown' },
  { name: "an exception's repr that never closes its quote", text: pump("ValueError('", 'a'), cause: 'user-code' },
  { name: 'repeated "Algorithm Error: (caused by " without a message', text: pump('', 'Algorithm Error: (caused by ValueError): '), cause: 'user-code' },
  { name: 'repeated "Invalid x. Must be one of " without a list', text: pump('', 'Invalid x. Must be one of '), cause: 'validation' },
  { name: 'repeated "https response error StatusCode: 403, RequestID: " without a code (the sixteenth review)', text: pump('', 'https response error StatusCode: 403, RequestID: a, HostID: b, '), cause: 'other-permission' },
  { name: 'repeated Go v1 details lines under a line of names before colons (the sixteenth review)', text: pump('', 'Ab: Cd: Ef: \n\tstatus code: 400, request id: x\n'), cause: 'unknown' },
  { name: 'a dotted run of capitalised names before no colon (the sixteenth review)', text: pump('Client.', 'Ab.'), cause: 'unknown' },
  { name: 'repeated "de_Ab" without "ExceptionRes" (the sixteenth review)', text: pump('', 'de_AbError'), cause: 'unknown' },
  { name: 'a model package with a long class name (the sixteenth review)', text: pump('software.amazon.awssdk.services.s3.model.', 'A'), cause: 'unknown' },
  { name: 'repeated "code: \'" without a closing quote (the sixteenth review)', text: pump('', "code: 'Ab"), cause: 'unknown' },
  { name: 'repeated "CRC check on " without a record (the fifteenth review)', text: pump('', 'CRC check on '), cause: 'unknown' },
  { name: 'repeated "sagemaker_algorithm_toolkit.exceptions." without a class (the fifteenth review)', text: pump('', 'sagemaker_algorithm_toolkit.exceptions.'), cause: 'unknown' },
  { name: 'a ClientError line of quoted names without a constraint (the fifteenth review)', text: pump('ClientError: ', "'a' parameter "), cause: 'unknown' },
  { name: 'a ClientError line of "can only be" without a setting (the fifteenth review)', text: pump('ClientError: ', 'can only be '), cause: 'unknown' },
  { name: 'repeated "/opt/ml/input/data/" without a defect (the fifteenth review)', text: pump('ClientError: ', '/opt/ml/input/data/'), cause: 'unknown' },
  { name: 'repeated upper-case names before no requirement (the fifteenth review)', text: pump('ValueError: ', 'AB_CD '), cause: 'user-code' },
  { name: 'spaces after "explicit deny in a"', text: pump('with an explicit deny in a', ' ', '1'), cause: 'unknown' },
  { name: 'a path under /opt/ml/input that never ends before "; No such file" (the thirteenth review)', text: pump('/opt/ml/input/', 'a'), cause: 'unknown' },
  { name: 'repeated "Pipe mode for " before no "supported" (the thirteenth review)', text: pump('', 'Pipe mode for csv '), cause: 'unknown' },
  { name: 'repeated "Missing required channel" without a name (the thirteenth review)', text: pump('', 'Missing required channel: '), cause: 'validation' },
  { name: 'lines of one width, each a cut word (the twelfth review)', text: pump('', 'a'.repeat(79) + '\n'), cause: 'unknown' },
  { name: 'words after "explicit deny in a" with no policy (the twelfth review)', text: pump('with an explicit deny in a ', 'ab '), cause: 'unknown' },
  { name: 'spaces after "transitively through a"', text: pump('transitively through a', ' ', '1'), cause: 'unknown' },
  { name: 'spaces after "because no a"', text: pump('because no a', ' ', '1'), cause: 'unknown' },
  { name: 'repeated "because no "', text: pump('', 'because no '), cause: 'unknown' },
  { name: 'repeated "with an explicit deny in a "', text: pump('', 'with an explicit deny in a '), cause: 'unknown' },
  { name: 'a spaceless run of "User:"', text: pump('', 'User:'), cause: 'unknown' },
  { name: 'a spaceless run of "arn:aws:iam::"', text: pump('', 'arn:aws:iam::'), cause: 'unknown' },
  { name: 'blank lines (the "Killed" line rule)', text: pump('', '\n'), cause: 'unknown' },
  { name: 'CRLF blank lines', text: pump('', '\r\n'), cause: 'unknown' },
  { name: 'a dotted run with no digit (the unknown group key)', text: pump('', 'ml.'), cause: 'unknown' },
  { name: 'a resource of colons', text: pump('not authorized to perform: s3:GetObject on resource: ', ':'), cause: 's3-read' },
  { name: 'a resource of dots', text: pump('not authorized to perform: s3:GetObject on resource: ', '.'), cause: 's3-read' },
  { name: 'an S3 key of dots', text: pump('AccessDenied s3://acme-data/', '.'), cause: 'other-permission' },
  { name: 'a run of digits after "nodes are available:" (the scheduler report)', text: pump('0/1 nodes are available: ', '1 '), cause: 'unknown' },
  { name: 'repeated "0/1 nodes are available: "', text: pump('', '0/1 nodes are available: '), cause: 'unknown' },
  { name: 'repeated "are not " before no "supported"', text: pump('clusters ', 'are not '), cause: 'unknown' },
  { name: 'repeated "production variant a " before no health check (round 25)', text: pump('', 'production variant a '), cause: 'unknown' },
  { name: 'a run of capitals after "CAPACITY:" (AWS Batch reasons, round 27)', text: pump('CAPACITY:', 'A'), cause: 'unknown' },
  { name: 'repeated "MISCONFIGURATION:" with no permission (round 27)', text: pump('', 'MISCONFIGURATION:'), cause: 'validation' },
  { name: 'spaces after "model backend" before no health word (round 25)', text: pump('model backend', ' '), cause: 'unknown' },
  { name: 'a run of word characters after "access to model " (round 25)', text: pump('access to model ', 'a', '/b is'), cause: 'unknown' },
  // The failure-text grammar's patterns.
  { name: 'a spaceless word after a parenthesis (the class)', text: pump('(', 'a'), cause: 'unknown' },
  { name: 'repeated "(ClientError" without a colon', text: pump('', '(ClientError'), cause: 'unknown' },
  { name: 'a dotted module path without end (a qualified exception)', text: pump('', 'a.', 'Error:'), cause: 'unknown' },
  { name: 'a capitalised word that never ends in Error', text: pump('', 'A', 'Error'), cause: 'unknown' },
  { name: 'repeated "route table "', text: pump('', 'route table '), cause: 'unknown' },
  { name: 'repeated ECR registry hosts', text: pump('', '1.dkr.ecr.us-east-1.amazonaws.com/', ' not found'), cause: 'unknown' },
  { name: 'a URL host without end', text: pump('ConnectTimeoutError https://', 'a'), cause: 'vpc' },
  { name: 'repeated format words on one line', text: pump('ClientError: ', 'csv header '), cause: 'unknown' },
  { name: 'repeated "Invalid " without "Valid values:"', text: pump('', 'Invalid '), cause: 'unknown' },
  { name: 'repeated KMS key ARN prefixes', text: pump('', 'arn:aws:kms:'), cause: 'unknown' },
  { name: 'a KMS key id without end', text: pump('arn:aws:kms:us-east-1:1:key/', 'a'), cause: 'unknown' },
  { name: 'repeated "exec " without "failed:"', text: pump('', 'exec a '), cause: 'unknown' },
  { name: 'a spaceless run after "exec "', text: pump('exec ', 'a', ' failed'), cause: 'unknown' },
  // Round 4's patterns.
  { name: 'a snake_case run without end before "is required"', text: pump('ValueError: a', '_a', ' is required'), cause: 'user-code' },
  { name: 'a PascalCase run without an API suffix', text: pump('ValueError: ', 'Ab', ' must be provided'), cause: 'user-code' },
  { name: 'repeated "Unsupported " without a supported list', text: pump('', 'Unsupported supported '), cause: 'unknown' },
  { name: 'repeated "Failed validating " without "in schema"', text: pump('', 'Failed validating '), cause: 'unknown' },
  { name: 'a dotted host run before amazonaws.com', text: pump(' ', 'a.', 'amazonaws.com timed out'), cause: 'unknown' },
  { name: 'repeated "mount.nfs: "', text: pump('', 'mount.nfs: '), cause: 'unknown' },
  { name: 'repeated "not enough free GPU " before no memory (the eleventh review)', text: pump('', 'not enough free GPU '), cause: 'unknown' },
  { name: 'repeated "exceeds the limit of 1" before no unit (the eleventh review)', text: pump('', 'exceeds the limit of 1'), cause: 'quota' },
  { name: 'warning lines each followed by an exception (the eleventh review)', text: pump('', 'WARNING x (SlowDown)\nValueError: y\n'), cause: 'user-code' },
  { name: 'repeated "Unable to mount " before no missing directory (round 39)', text: pump('', 'Unable to mount '), cause: 'vpc' },
  { name: 'repeated "is currently not " before no "supported" (round 39)', text: pump('', 'is currently not '), cause: 'unknown' },
  { name: 'repeated "JWT token included in " before no refusal (round 38)', text: pump('', 'JWT token included in '), cause: 'unknown' },
  { name: 'repeated "denied " before no repository', text: pump('', 'denied '), cause: 'unknown' },
  { name: 'repeated "bucket region " without a mismatch', text: pump('', 'bucket region '), cause: 'unknown' },
  // Round 5's patterns.
  { name: 'spaces after "not permitted to"', text: pump('not permitted to', ' ', 'perform: kms:Decrypt'), cause: 'unknown' },
  { name: 'repeated "no more unused "', text: pump('', 'no more unused '), cause: 'unknown' },
  { name: 'tabs after "ExitCode"', text: pump('ExitCode', '\t', ': -9'), cause: 'unknown' },
  { name: 'repeated "HTTP status client error ("', text: pump('', 'HTTP status client error ('), cause: 'unknown' },
  // Round 6's pattern.
  { name: 'a long ValueError line without "SageMaker" at its end', text: pump('ValueError: ', 'sagemake ', 'SageMaker'), cause: 'user-code' },
  // Round 7's patterns.
  { name: 'repeated "(Service: " without a separator', text: pump('', '(Service: a '), cause: 'unknown' },
  { name: 'a spaceless service field', text: pump('(Service: ', 'a', ' Error Code: NotFoundException'), cause: 'unknown' },
  { name: 'repeated SDK package prefixes', text: pump('', 'com.amazonaws.services.', 'Exception'), cause: 'unknown' },
  { name: 'repeated "[manifests " without a bracket', text: pump('', '[manifests ', ' 401'), cause: 'unknown' },
  { name: 'a registry URL of path segments', text: pump('https://r.example/v2/', 'a/', ' 401'), cause: 'unknown' },
  { name: 'repeated registry URLs before /v2/', text: pump('', 'https://a/v2/b/', ' 401'), cause: 'unknown' },
  { name: 'a spaceless image after "docker pull "', text: pump('docker pull ', 'a', ' failed'), cause: 'unknown' },
  { name: 'repeated "docker pull x "', text: pump('', 'docker pull x '), cause: 'unknown' },
  { name: 'repeated "instance " before no health word', text: pump('', 'instance ', ' unhealthy'), cause: 'unknown' },
  { name: 'repeated "in the " before a channel', text: pump('ClientError: ', 'in the ', ' channel empty'), cause: 'unknown' },
  { name: "repeated \"channel '\"", text: pump('', "channel '", ' empty'), cause: 'unknown' },
  { name: 'repeated "provide a " in a ValueError', text: pump('ValueError: ', 'provide a '), cause: 'user-code' },
  { name: 'repeated "failed with " in a qualified exception', text: pump('x.YError: ', 'failed with ', ' code 404'), cause: 'user-code' },
  // Round 8's patterns.
  { name: 'a PascalCase run without end before ": "', text: pump('', 'AbCd', ': X'), cause: 'unknown' },
  { name: 'repeated PascalCase names before ": " (none a known code)', text: pump('', 'AbCd: X '), cause: 'unknown' },
  { name: 'repeated "missing required " without a noun', text: pump('', 'missing required '), cause: 'unknown' },
  { name: 'repeated "config " without a defect', text: pump('', 'config '), cause: 'unknown' },
  { name: 'an "Invalid " sentence that never ends', text: pump('Invalid ', 'a', ''), cause: 'unknown' },
  { name: 'repeated "KMS key " without a state', text: pump('', 'KMS key '), cause: 'unknown' },
  { name: 'repeated "role " before "cannot be assumed"', text: pump('', 'role ', ' cannot be assumed'), cause: 'unknown' },
  { name: 'a long instance type in the capacity sentence', text: pump('do not have sufficient ', 'p', ' capacity'), cause: 'unknown' },
  // Round 10's patterns (a suffix past 64 KB is cut off before the rules read the text).
  { name: 'repeated "503 Slow " (a status before words that are no code)', text: pump('', '503 Slow '), cause: 'unknown' },
  { name: 'repeated statuses before capitalised words', text: pump('', '500 Ab Cd '), cause: 'unknown' },
  { name: 'repeated "Operation: " field lines without a name', text: pump('AccessDenied', '\nOperation: '), cause: 'other-permission' },
  { name: 'a spaceless run after "Error response from daemon:"', text: pump('Error response from daemon:', 'a', ' unauthorized: '), cause: 'unknown' },
  { name: 'repeated "rate limit " without its verb', text: pump('', 'rate limit '), cause: 'unknown' },
  { name: 'repeated "Hardware" before a fault name', text: pump('', 'Hardware', 'Failure'), cause: 'unknown' },
  { name: 'single line breaks after a manifest URL', text: pump('https://r.example/v2/a/manifests/x', '\na', ' 401'), cause: 'unknown' },
  { name: 'repeated "permissions to " before no operation', text: pump('Insufficient ', 'permissions to ab '), cause: 'other-permission' },
  { name: 'repeated "Exited (" without a code', text: pump('', 'Exited ('), cause: 'unknown' },
  { name: 'repeated "file " before "write failed" in a RuntimeError', text: pump('RuntimeError: ', 'file ', 'write failed'), cause: 'user-code' },
  // Round 11's patterns.
  { name: 'repeated "security token " without an expiry', text: pump('', 'security token ', ' expired'), cause: 'unknown' },
  { name: 'repeated "hf token " without a defect', text: pump('', 'hf token '), cause: 'unknown' },
  { name: "a local model path that never closes its quote", text: pump("Can't load tokenizer for '/", 'a'), cause: 'unknown' },
  { name: 'repeated "nccl" names that never end in Error', text: pump('x.YError: ', 'ncclAb'), cause: 'user-code' },
  { name: 'repeated "check that " without "configured correctly"', text: pump('', 'check that '), cause: 'unknown' },
  { name: 'a PascalCase run before " operation:"', text: pump(' ', 'Abc', ' operation: Access Denied'), cause: 'unknown' },
  { name: 'a quoted module name that never closes before "has no attribute"', text: pump("module '", 'a', "' has no attribute 'x'"), cause: 'unknown' },
  { name: 'repeated "name \'x\' " without "is not defined"', text: pump('', "name 'x' "), cause: 'unknown' },
  { name: 'repeated "status code: " without a code before it', text: pump('', ':\n\tstatus code: '), cause: 'unknown' },
  // The process-signal reading and the credentials' own "have been expired".
  { name: 'repeated "signal: " without a name', text: pump('', 'signal: '), cause: 'unknown' },
  { name: 'repeated "Bus error " without shared memory', text: pump('', 'Bus error '), cause: 'unknown' },
  { name: 'repeated "credentials " before no expiry', text: pump('', 'credentials '), cause: 'unknown' },
  // The blind relabelling's structures.
  { name: 'repeated "persists " before "contact support"', text: pump('contact ', 'persists ', ' retry'), cause: 'unknown' },
  { name: 'repeated "does not " before no "support"', text: pump('', 'does not '), cause: 'unknown' },
  { name: 'repeated "training " under a ClientError', text: pump('ClientError: ', 'training '), cause: 'unknown' },
  { name: 'repeated "call " before "failed with exception:"', text: pump('', 'call ', ' failed with exception:'), cause: 'unknown' },
  { name: 'a PascalCase run before "Configuration"', text: pump('', 'Ab', 'Configuration'), cause: 'unknown' },
  // Round 14's patterns.
  { name: 'repeated "lifecycle config " without a failure', text: pump('', 'lifecycle config '), cause: 'unknown' },
  { name: 'repeated "internal error " without a retry', text: pump('', 'internal error '), cause: 'unknown' },
  { name: 'repeated "413 Request " without "Entity Too Large"', text: pump('', '413 Request '), cause: 'unknown' },
  { name: 'repeated "must be used with " before no mode', text: pump('', 'must be used with '), cause: 'unknown' },
  { name: 'repeated "label column " under a ClientError without a defect', text: pump('ClientError: ', 'label column '), cause: 'unknown' },
  { name: 'repeated "no label " before no "present"', text: pump('ClientError: label column ', 'no label '), cause: 'unknown' },
  { name: 'repeated "does not have " before no permission', text: pump('', 'does not have '), cause: 'unknown' },
  // Round 15's patterns.
  { name: 'spaces between "labels" and what is required of them', text: pump('labels ', ' ', 'must be in'), cause: 'unknown' },
  { name: 'repeated "label " before a requirement of its form', text: pump('', 'label ', 'must be unique'), cause: 'unknown' },
  { name: 'repeated "input " before "contains NaN"', text: pump('', 'input ', 'contains NaN'), cause: 'unknown' },
  { name: 'an assertion that never closes before n_classes', text: pump('Assertion `', 'a', ' n_classes'), cause: 'unknown' },
  { name: 'repeated "zip file " on one line', text: pump('', 'zip file ', ' invalid'), cause: 'unknown' },
  { name: 'a spaceless native check', text: pump('Check failed: ', 'a', ' > (0)'), cause: 'unknown' },
  { name: 'spaces inside a native check', text: pump('Check failed: (a', ' ', ') > (0) at x'), cause: 'unknown' },
  { name: "a native check's file without its line", text: pump('Check failed: a > b at ', 'x', ', line 4'), cause: 'unknown' },
  { name: "a compiler command that never closes its quote", text: pump("error: command '", 'a', "' failed with exit status 1"), cause: 'unknown' },
  { name: 'repeated "no matching "', text: pump('', 'no matching '), cause: 'unknown' },
  { name: 'repeated "could not find a version "', text: pump('', 'could not find a version '), cause: 'unknown' },
  { name: 'spaces between "timed out" and "trying to connect to"', text: pump('timed out', ' ', 'trying to connect to'), cause: 'unknown' },
  { name: 'a spaceless peer after "connection to the "', text: pump('connection to the ', 'a', ' failed'), cause: 'unknown' },
  { name: 'a spaceless host in a connect tuple', text: pump('connect to (', 'a', ', 29500)'), cause: 'unknown' },
  { name: 'a spaceless identifier after "s3_"', text: pump('AccessDenied s3_', 'a', ' read'), cause: 'other-permission' },
  // Round 17's patterns.
  { name: 'repeated "make sure images exist and " before no role', text: pump('', 'make sure images exist and '), cause: 'unknown' },
  { name: 'repeated "ensure the container " before no start', text: pump('', 'ensure the container '), cause: 'unknown' },
  { name: 'repeated "is not one of the supported " before no noun', text: pump('', 'is not one of the supported ', '.'), cause: 'validation' },
  { name: 'a channel variable that never ends', text: pump("sagemaker_xgboost_container/ KeyError: 'SM_CHANNEL_", 'A'), cause: 'user-code' },
  // The second blind relabelling's structures.
  { name: 'repeated "container " before no health check', text: pump('', 'container '), cause: 'unknown' },
  { name: 'repeated "while connecting to upstream " before no request', text: pump('', 'while connecting to upstream '), cause: 'unknown' },
  { name: 'an unclosed string after "Unable to parse string"', text: pump('Unable to parse string "', 'a'), cause: 'unknown' },
  { name: 'a built-in algorithm line with repeated sizes', text: pump('[10/17/2017 18:01:04 ERROR 1 train.py:48] ', 'size 1 '), cause: 'unknown' },
  { name: 'repeated "Client Error: " before no field', text: pump('', 'Client Error: Ab'), cause: 'unknown' },
  // Round 20's patterns.
  { name: 'a run of library names without the loader\'s colon', text: pump('undefined symbol ', 'lib.so.1'), cause: 'unknown' },
  { name: 'an undefined symbol that never ends', text: pump('libx.so: undefined symbol: ', '_'), cause: 'user-code' },
  { name: 'repeated "Error: DownloadError " on one line', text: pump('', 'Error: DownloadError '), cause: 'unknown' },
  { name: 'repeated "running egg_info" lines with no error line', text: pump('error: \n', 'running egg_info\n'), cause: 'unknown' },
  { name: 'a setuptools command line followed by a line that never ends', text: pump('running build\n', 'a', '\nerror: x'), cause: 'unknown' },
  { name: 'repeated "Command errored out with exit status " without a digit', text: pump('', 'Command errored out with exit status '), cause: 'unknown' },
  { name: 'a hyphenated run before no supported list', text: pump('Unsupported ', 'a-', ' Supported'), cause: 'unknown' },
  { name: 'an image media type of dots that never names its kind', text: pump('Unsupported media type application/vnd.', 'image.'), cause: 'unknown' },
  // Round 22's patterns.
  { name: 'a ping request whose query never ends', text: pump('"GET /ping?', 'a', ' HTTP/1.1" 500'), cause: 'unknown' },
  { name: 'repeated "GET /ping" requests before no status', text: pump('', '"GET /ping HTTP/1.1" '), cause: 'unknown' },
  { name: 'a message size with endless digits', text: pump('Received message larger than max (', '1', ' vs. 4)'), cause: 'unknown' },
  { name: 'repeated "exited with code: " before an interrupt', text: pump('', 'exited with code: ', '130'), cause: 'unknown' },
  { name: 'repeated "Received client error (400) from primary with message "', text: pump('', 'Received client error (400) from primary with message '), cause: 'unknown' },
  { name: 'spaces inside a client error body that never opens its "error" key', text: pump('Received client error (400) from primary with message "{', ' ', '"error": "x"'), cause: 'unknown' },
  { name: 'a hyphenated container name that never ends before its message', text: pump('Received client error (400) from ', 'a-', ' with message "{ "error": "x"'), cause: 'unknown' },
  { name: 'a 415 from a container name that never ends', text: pump('Received client error (415) from ', 'a'), cause: 'data' },
  { name: 'repeated server errors whose body is never named', text: pump('', 'Received server error (500) from primary and could not load the entire response '), cause: 'unknown' },
  { name: 'repeated "instance type with more CPU or "', text: pump('', 'instance type with more CPU or '), cause: 'unknown' },
  { name: 'a 507 from a container name that never ends', text: pump('Received server error (507) from ', 'a'), cause: 'out-of-memory' },
  { name: 'repeated "thread \'a\' panicked at " before no place', text: pump('', "thread 'a' panicked at "), cause: 'unknown' },
  { name: 'a panicking thread whose name never closes', text: pump("thread '", 'a', "' panicked at src/main.rs:1:1"), cause: 'unknown' },
  { name: 'a panic place of path segments without ".rs"', text: pump("thread 'main' panicked at ", 'a/'), cause: 'unknown' },
  // Round 28's patterns.
  { name: 'repeated "ImportError: docker " before no "is not installed"', text: pump('', 'ImportError: docker '), cause: 'user-code' },
  { name: 'tabs after an ImportError\'s tool name', text: pump("ImportError: 'docker-compose'", '\t', 'is not installed'), cause: 'user-code' },
  { name: 'repeated missing files under /opt/ml/input/config/', text: pump('', "No such file or directory: '/opt/ml/input/config/"), cause: 'unknown' },
  { name: 'nested local-mode prefixes on one line (the prefix passes)', text: pump('', 'algo-1-abcd | '), cause: 'unknown' },
  { name: 'nested MPI tags and local-mode prefixes', text: pump('', '[1,2]:algo-1-abcd_1  | '), cause: 'unknown' },
  // Round 33's patterns.
  { name: 'repeated "has oversize " before no body', text: pump('', 'has oversize '), cause: 'unknown' },
  { name: 'repeated "an oversized request " before no body', text: pump('', 'an oversized request '), cause: 'unknown' },
  { name: 'a capitalised run without end before "Step can not depend on FailStep"', text: pump('', 'A', 'Step can not depend on FailStep'), cause: 'unknown' },
  { name: 'repeated "Step cannot depend on " with no step named', text: pump('', 'Step cannot depend on '), cause: 'unknown' },
  { name: 'repeated "step a can not depend on the " before no step', text: pump('', 'step a can not depend on the ', 'x'), cause: 'validation' },
  { name: 'repeated "Amazon A " before no retirement', text: pump('', 'Amazon A '), cause: 'unknown' },
  { name: 'a run of product words after "We are retiring Amazon "', text: pump('We are retiring Amazon ', 'A '), cause: 'unknown' },
  // Round 36's readings.
  { name: 'repeated "ensure that the a " before no role', text: pump('', 'ensure that the a '), cause: 'unknown' },
  { name: 'repeated "make sure the role a " before no "has"', text: pump('', 'make sure the role a '), cause: 'unknown' },
  { name: 'a spaceless run after "ensure that the role "', text: pump('ensure that the role ', 'a', ' has sufficient permissions'), cause: 'unknown' },
  { name: 'repeated "within a " before no VPC, after a bare denial', text: pump('Access Denied ', 'within a '), cause: 'other-permission' },
  { name: 'repeated "in a VPC endpoint " after a bare denial', text: pump('Access Denied ', 'in a VPC endpoint '), cause: 'other-permission' },
  { name: 'repeated "nodes are available:," line ends', text: pump('0/1 nodes are available:', ',\n'), cause: 'unknown' },
  { name: 'repeated ", " line ends after "FailedScheduling" before no Insufficient', text: pump('FailedScheduling', ' a,\n'), cause: 'unknown' },
  // Round 35's readings.
  { name: 'repeated "FailedScheduling " before no resource short', text: pump('', 'FailedScheduling '), cause: 'unknown' },
  { name: 'a run of spaces after "FailedScheduling" before "Insufficient cpu"', text: pump('FailedScheduling', ' ', 'Insufficient cpu'), cause: 'unknown' },
  { name: 'repeated "FailedScheduling " before "insufficient memory"', text: pump('', 'FailedScheduling ', 'insufficient memory'), cause: 'unknown' },
  { name: 'repeated "FailedScheduling: 1 Insufficient " on one line', text: pump('', 'FailedScheduling: 1 Insufficient '), cause: 'unknown' },
  { name: 'repeated "cannot find S3 " before no object', text: pump('', 'cannot find S3 '), cause: 'unknown' },
  { name: 'repeated "Unable to update a as " before no "there are no changes"', text: pump('', 'Unable to update a as '), cause: 'unknown' },
  { name: 'repeated "could not update because there is " before no changes', text: pump('', 'could not update because there is '), cause: 'unknown' },
  // Round 37's readings: the collective's report and its abort of several ranks.
  { name: 'repeated "Signal 6 (SIGABRT) received by PID " without a PID', text: pump('', 'Signal 6 (SIGABRT) received by PID '), cause: 'user-code' },
  { name: 'one rank\'s abort repeated on every line', text: pump('', 'Signal 6 (SIGABRT) received by PID 1\n'), cause: 'user-code' },
  { name: 'aborts of thousands of ranks, one to a line', text: Array.from({ length: 3000 }, (_, i) => `Signal 6 (SIGABRT) received by PID ${i}`).join('\n'), cause: 'unknown' },
  { name: 'repeated "(pid: " without a number after an abort', text: pump('Signal 6 (SIGABRT)\n', '(pid: '), cause: 'user-code' },
  { name: 'repeated "with PID " without a number after an abort', text: pump('exited on signal 6 (Aborted) ', 'with PID '), cause: 'user-code' },
  { name: 'aborts each followed by another signal', text: pump('', 'Signal 6 (SIGABRT) received by PID 1 SIGTERM '), cause: 'user-code' },
  { name: 'repeated "Watchdog caught collective " before no "operation timeout"', text: pump('', 'Watchdog caught collective '), cause: 'unknown' },
  { name: 'repeated "NCCL communicator was " before no "aborted"', text: pump('RuntimeError: ', 'NCCL communicator was '), cause: 'user-code' },
  { name: 'repeated "taking the entire process " before no "down"', text: pump('Signal 6 (SIGABRT) ', 'taking the entire process '), cause: 'user-code' },
  // Round 34's readings.
  { name: 'repeated "does not have AbcDef permission " before no preposition', text: pump('', 'does not have AbcDef permission '), cause: 'unknown' },
  { name: 'a hump run without end after "does not have "', text: pump('does not have A', 'b', 'C permission for'), cause: 'unknown' },
  { name: "repeated \"No such file or directory: '/.sagemaker/mms/models/\" before no quote", text: pump('', "No such file or directory: '/.sagemaker/mms/models/"), cause: 'data' },
  { name: "a path without end after \"No such file or directory: '/.sagemaker/ts/models/\"", text: pump("No such file or directory: '/.sagemaker/ts/models/", 'a'), cause: 'unknown' },
  { name: 'repeated "could not access a b c " before no "at", s3:GetObject after', text: pump('ValidationException: ', 'could not access a b c ', ' s3:GetObject'), cause: 'validation' },
  // Round 32's patterns.
  { name: 'repeated "insufficient a " before no permissions', text: pump('', 'insufficient a '), cause: 'unknown' },
  { name: 'a hyphenated run after "insufficient "', text: pump('insufficient ', 'a-', ' permissions'), cause: 'unknown' },
  { name: 'repeated "permissions of the a role " before no include', text: pump('', 'permissions of the a role '), cause: 'unknown' },
  { name: 'an action name without end after "to include: "', text: pump('update the permissions of your execution role to include: sagemaker:', 'a'), cause: 'other-permission' },
  { name: 'repeated "Message size exceed " before no limit', text: pump('', 'Message size exceed '), cause: 'unknown' },
  { name: 'repeated "count needs to be greater than " before no number', text: pump('', 'count needs to be greater than '), cause: 'unknown' },
  { name: 'a lower-case run without end before "count must be greater than 0"', text: pump('', 'a', 'count must be greater than 0'), cause: 'unknown' },
  { name: 'repeated "Error: size must be greater than 1" on one line', text: pump('', 'ValueError: size must be greater than 1 '), cause: 'user-code' },
  // Round 31's patterns.
  { name: 'repeated "HTTP Error 4" before no colon (urllib\'s status)', text: pump('', 'HTTP Error 4'), cause: 'unknown' },
  { name: 'repeated "HTTP Error 403: Forbidden " on one line with no host', text: pump('', 'HTTP Error 403: Forbidden '), cause: 'unknown' },
  { name: 'repeated "403 Client Error " before "s3:/" never completed', text: pump('403 Client Error: Forbidden for url: ', 's3:/'), cause: 'unknown' },
  { name: 'repeated "Connection timed out unix:" with no socket path', text: pump('', 'Connection timed out unix:'), cause: 'vpc' },
  { name: 'a run of "unix:/" after an upstream time-out', text: pump('upstream timed out (110: Connection timed out) upstream: ', 'unix:/'), cause: 'unknown' },
  // Round 30's patterns.
  { name: 'repeated container client errors with no body shape after them', text: pump('', 'Received client error (422) from primary with message x '), cause: 'unknown' },
  { name: 'repeated "missing field `" with no closing quote', text: pump('Received client error (400) from primary with message ', 'missing field `'), cause: 'data' },
  { name: 'repeated "payload must contain" without a key', text: pump('Received client error (400) from primary with message ', 'payload must contain '), cause: 'unknown' },
  { name: 'repeated "returned non-zero code: " without a number', text: pump('', 'returned non-zero code: '), cause: 'unknown' },
  { name: 'repeated "does not exist locally" before an ECR host', text: pump('', 'does not exist locally ', '1.dkr.ecr.us-east-1.amazonaws.com/a'), cause: 'unknown' },
  { name: 'repeated "NotImplementedError: " before a sentence not supported', text: pump('', 'NotImplementedError: ', 'x is not supported'), cause: 'user-code' },
  { name: 'repeated "need to pass " with no header or env after it', text: pump('', 'need to pass a '), cause: 'unknown' },
  { name: 'repeated "need to define " before an env name never closed', text: pump('', 'need to define x as env \'HF_'), cause: 'unknown' },
  // Round 29's patterns.
  { name: 'repeated "authorization header " before no defect (the data-format header)', text: pump('', 'authorization header '), cause: 'unknown' },
  { name: 'repeated "region is wrong " before no "expecting"', text: pump('', 'region is wrong '), cause: 'unknown' },
  { name: 'a spaceless run after "dial tcp "', text: pump('dial tcp ', 'a'), cause: 'unknown' },
  { name: 'repeated "dial tcp a: " before no timeout', text: pump('', 'dial tcp a: '), cause: 'unknown' },
  { name: 'a dotted run after "lookup " before no "no such host"', text: pump('lookup ', 'a.'), cause: 'unknown' },
  { name: 'repeated "unable to pull " before no registry auth', text: pump('', 'unable to pull '), cause: 'unknown' },
  { name: 'repeated "could not load credentials from any "', text: pump('', 'could not load credentials from any '), cause: 'unknown' },
  { name: 'repeated "no valid providers in "', text: pump('', 'no valid providers in '), cause: 'unknown' },
  // Joined and indented lines.
  { name: 'indented lines without end', text: pump('', '    a\n'), cause: 'unknown' },
  { name: 'repeated "training image " with dots and no state', text: pump('', 'training image a.b '), cause: 'unknown' },
  { name: 'repeated " Operation: " without a field after it', text: pump('', ' Operation: Ab '), cause: 'unknown' },
  // The names the word rules do not read (mask-identifiers.ts).
  { name: 'repeated "Command " before no quote', text: pump('', 'Command '), cause: 'unknown' },
  { name: 'a command of spaces before no option', text: pump('Command "', ' '), cause: 'unknown' },
  { name: 'repeated ARN heads with no resource', text: pump('', 'arn:aws:sagemaker:us-east-1:111122223333:'), cause: 'unknown' },
  { name: 'repeated S3 URI heads', text: pump('', 's3://'), cause: 'unknown' },
  // The broad readings' review.
  { name: 'repeated bare denials under one traceback head (the stage window)', text: pump('Traceback (most recent call last)\n', 'PermissionError: Access Denied s3fs\n'), cause: 'other-permission' },
  { name: 'repeated "out of memory" before no caller note', text: pump('', 'out of memory '), cause: 'out-of-memory' },
  { name: 'repeated module heads before no InternalServerError', text: pump('', 'botocore.'), cause: 'unknown' },
  { name: 'a ClientError line that never ends', text: pump('ClientError: ', 'a '), cause: 'unknown' },
  { name: 'repeated "exceed limit" after sizes', text: pump('', 'size exceed limit '), cause: 'unknown' },
  // The readings of a pasted log's lines near the match (line-window.ts).
  { name: 'INFO tags among library names before no loader report', text: pump('cannot open shared object file ', 'INFO a.b '), cause: 'unknown' },
  { name: 'library names on an INFO line that never ends', text: pump('INFO ', 'a.so.1 ', ': cannot open shared object file'), cause: 'unknown' },
  { name: "repeated SDK status lines", text: pump('', 'Training - x\n'), cause: 'unknown' },
  { name: 'repeated connections to the loopback interface', text: pump('', 'failed to connect to [localhost]:1 '), cause: 'unknown' },
  { name: 'repeated traceback heads with bare denials', text: pump('', 'Traceback (most recent call last)\nAccess Denied s3fs\n'), cause: 'other-permission' },
  { name: 'a run of frame lines before a value that is not a number', text: `${pump('', '  File "a"\n')}could not convert string to float`, cause: 'unknown' },
  { name: 'repeated "key: Value" separators (the bare code walk)', text: pump('', 'a: B '), cause: 'unknown' },
  { name: 'one INFO line without end', text: pump('INFO ', 'a '), cause: 'unknown' },
  { name: 'repeated INFO lines', text: pump('', 'INFO a\n'), cause: 'unknown' },
  { name: "repeated boundaries between a reason and its log", text: pump('403 Forbidden', '\n\f\n'), cause: 'other-permission' },
  // The second review's narrowings.
  { name: 'repeated pulls whose dial timed out', text: pump('', 'CannotPullContainerError: dial tcp 1.2.3.4:1: i/o timeout\n'), cause: 'vpc' },
  { name: 'repeated lookups before no timeout', text: pump('', 'lookup a.b on 1.2.3.4:53: read udp '), cause: 'unknown' },
  { name: 'an S3 key of dots before capitals', text: pump('s3://bucket/', '.A'), cause: 'unknown' },
  { name: "repeated glog warning lines with connection failures", text: pump('', '[W a.cpp:1] failed to connect to b\n'), cause: 'unknown' },
  { name: "repeated relayed INFO lines", text: pump('', '[INFO ] W-9000-stdout MODEL_LOG - x\n'), cause: 'unknown' },
  { name: 'repeated warnings that something is not supported', text: pump('', 'WARNING: x is not supported\n'), cause: 'unknown' },
  { name: 'a ClientError whose next line never ends', text: pump('ClientError: \n', 'hyper '), cause: 'unknown' },
  { name: 'a WARN line without end after a bare denial', text: `403 Forbidden: Access Denied\n${pump('WARN ', 'upload ')}`, cause: 'other-permission' },
  { name: "setting bounds each under a script's exception line", text: pump('', 'ValueError: x\nbatch size must be greater than 0\n'), cause: 'user-code' },
  { name: 'setting bounds each beside a service trailer never closed', text: pump('', 'x count must be greater than 0 (Service: SageMaker, Status Code: 4'), cause: 'validation' },
  { name: 'setting bounds each after a long lead of words', text: pump('', 'a b c d e f g h count must be greater than 0 '), cause: 'unknown' },
  { name: 'repeated "insufficient file permissions"', text: pump('', 'insufficient file permissions '), cause: 'unknown' },
  { name: 'sizes over their limit each on an upload line', text: pump('', 'upload: request size exceeds limit\n'), cause: 'unknown' },
  { name: 'connection failures each before a traceback header', text: pump('', 'Failed to connect to x\nTraceback (most recent call last):\n'), cause: 'vpc' },
  { name: 'a connection failure before a traceback of endless frames', text: pump('Failed to connect to x\nTraceback (most recent call last):\n', '  File "a.py", line 1, in f\n'), cause: 'vpc' },
  // The log heads (line-prefixes.ts).
  { name: 'repeated syslog heads on one line', text: pump('', 'Nov 29 02:21:23 a b: '), cause: 'unknown' },
  { name: 'a syslog head whose tag never ends', text: pump('Nov 29 02:21:23 host ', 'a'), cause: 'unknown' },
  { name: 'repeated Python logging heads on one line', text: pump('', 'ERROR:a:'), cause: 'unknown' },
  { name: 'a common-format head whose name never ends', text: pump('- ', 'a.'), cause: 'unknown' },
  { name: "a writer's lead of repeated 'error' with no colon", text: pump('I get ', 'error '), cause: 'unknown' },
  { name: "a writer's lead before a colon and no message", text: pump('We see this error: ', ' '), cause: 'unknown' },
  { name: 'a CSV export whose quote never closes', text: pump('2024-01-29 10:12:15.123,"', '""'), cause: 'unknown' },
  { name: 'a CSV export of endless empty events', text: pump('', '2024-01-29 10:12:15.123,\n'), cause: 'unknown' },
  { name: "an events table row whose message is all bars and spaces", text: pump('| 1614001176448 | ', ' |'), cause: 'unknown' },
  { name: 'repeated events table rows on one line', text: pump('', '| 1614001176448 | '), cause: 'unknown' },
  { name: 'a relayed record nested deep', text: `{"cause": "x", "a": ${'['.repeat(30000)}${']'.repeat(30000)}}`, cause: 'unknown' },
  { name: 'a relayed record that never closes its string', text: pump('{"errorMessage": "', 'a'), cause: 'unknown' },
  { name: 'repeated glog heads without their bracket', text: pump('', 'E1129 02:21:23.123456 1 a:1 '), cause: 'unknown' },
];

describe('hostile input', () => {
  it.each(hostile)('reads $name without backtracking blow-up', ({ text, cause }) => {
    const diagnosis = classifyText({ failureReason: text, logLines: [{ stream: 'job/algo-1-1', message: text }] });
    expect(diagnosis.cause).toBe(cause);
    expect(diagnosis.summary.length).toBeLessThan(1000);
  });

  it('never cuts the quoted detail of a summary inside a surrogate pair', () => {
    for (let pad = 95; pad <= 110; pad++) {
      const { summary } = classifyText({ failureReason: `CapacityError: ${'x'.repeat(pad)}${'\u{1F600}'.repeat(20)}` });
      expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(summary).toContain('...');
    }
  });

  it('still reads the policy type when the phrase is followed by ordinary spacing', () => {
    expect(parseAccessDenied('User: u is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::d/k" with an explicit deny in a   service control policy')).toMatchObject({
      policyType: 'scp',
      denialType: 'explicit',
    });
  });

  it('takes the principal only from right before the denial', () => {
    expect(parseAccessDenied('User: arn:aws:iam::123456789012:role/a is not authorized to perform: s3:GetObject')?.principal).toBe('arn:aws:iam::123456789012:role/a');
    // "User: a" is followed by another word, so it does not name who was denied.
    expect(parseAccessDenied('User: a b is not authorized to perform: s3:GetObject')?.principal).toBeUndefined();
    const far = `User: arn:aws:iam::123456789012:role/a ${'x'.repeat(5000)} is not authorized to perform: s3:GetObject`;
    expect(parseAccessDenied(far)?.principal).toBeUndefined();
  });
});

describe('image wording that is not the training image', () => {
  // A data loader's complaints about image files are user code or data, never an ECR pull failure.
  it.each([
    'FileNotFoundError: image file /opt/ml/input/data/train/cat.jpg not found',
    'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "ValueError: image size 512 not found in config"',
    'Skipping image 0042.png: does not exist in the manifest',
  ])('%s', (text) => {
    expect(classifyText({ failureReason: text }).cause).not.toBe('ecr');
  });
});

describe('trimTrailing', () => {
  it.each([
    ['arn:aws:s3:::d/k.', '.,;:)', 'arn:aws:s3:::d/k'],
    ['arn:aws:s3:::d/k).;', '.,;:)', 'arn:aws:s3:::d/k'],
    ['....', '.', ''],
    ['', '.', ''],
    ['a.b', '.', 'a.b'],
  ])('%j without %j at its end is %j', (text, characters, expected) => {
    expect(trimTrailing(text, characters)).toBe(expected);
  });
});
