import { describe, expect, it } from 'vitest';
import heldOut147 from './fixtures/held-out-147.json';
import heldOut148 from './fixtures/held-out-148.json';
import heldOut149 from './fixtures/held-out-149.json';
import heldOut150 from './fixtures/held-out-150.json';
import heldOut151 from './fixtures/held-out-151.json';
import heldOut152 from './fixtures/held-out-152.json';
import heldOut153 from './fixtures/held-out-153.json';
import heldOut154 from './fixtures/held-out-154.json';
import heldOut155 from './fixtures/held-out-155.json';
import heldOut156 from './fixtures/held-out-156.json';
import heldOut157 from './fixtures/held-out-157.json';
import heldOut158 from './fixtures/held-out-158.json';
import heldOut159 from './fixtures/held-out-159.json';
import heldOut160 from './fixtures/held-out-160.json';
import heldOut161 from './fixtures/held-out-161.json';
import { classifyText } from '../classify-text';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 147 onward (AWS's wordings in log shippers', CI systems', AWS's ML services', data libraries', other SDKs' and
// orchestrators' threads): the first-pass misses read by their structure, then the same structure in other wordings
// (constructed) and its limits.
const real = fixtureText([...heldOut147, ...heldOut148, ...heldOut149, ...heldOut150, ...heldOut151, ...heldOut152, ...heldOut153, ...heldOut154, ...heldOut155, ...heldOut156, ...heldOut157, ...heldOut158, ...heldOut159, ...heldOut160, ...heldOut161]);

describe('rounds 147 and 149: the operation as other clients name it', () => {
  it.each([
    ['r147-flb-s3-putobject-accessdenied-xml', 's3-write'],
    ['r149-php-sdk-putobject-403-laravel', 's3-write'],
    ['r149-php-flysystem-putobject-403', 's3-write'],
    ['r149-php-backup-createbucket-denied', 'other-permission'],
    ['r149-ruby-sts-assume-role-access-denied', 'trust-policy'],
    ['r149-flux-sops-kms-decrypt-denied', 'kms'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads Fluent Bit's, the PHP SDK's and the Ruby SDK's operation beside a bare denial", () => {
    expect(causeOf("[error] [output:s3:s3.0] GetObject API responded with error='AccessDenied', message='Access Denied'")).toBe('s3-read');
    expect(causeOf('Error executing "GetObject" on "https://b.s3.amazonaws.com/k"; AWS HTTP error: Client error: `GET https://b.s3.amazonaws.com/k` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied')).toBe('s3-read');
    expect(causeOf('[Aws::S3::Client 403 0.04 0 retries] put_object(bucket:"b",key:"k") Aws::S3::Errors::AccessDenied Access Denied')).toBe('s3-write');
    // Go's head broken after "operation", the call named on the next line alone.
    expect(causeOf('operation\nerror S3: PutObject, https response error StatusCode: 403, RequestID: X, api error AccessDenied: Access Denied')).toBe('s3-write');
    // A named operation that is no object read or write says nothing of the stage, whatever HTTP verb carried it.
    expect(causeOf('Error executing "PutBucketPolicy" on "https://b.s3.amazonaws.com/?policy"; AWS HTTP error: Client error: `PUT https://b.s3.amazonaws.com/?policy` resulted in a `403 Forbidden` response')).toBe('other-permission');
  });
});

describe('round 147: CI and build tools writing to S3 in their own verbs', () => {
  it.each([['r147-jenkins-s3-copy-file-403'], ['r147-airbyte-dagger-s3-cache-store-403']])('%s reads s3-write', (id) => {
    expect(causeOf(real(id))).toBe('s3-write');
  });

  it('reads store, publish and copy-to-S3 beside a bare S3 denial as writes, copy from S3 as nothing', () => {
    expect(causeOf('Failed to publish build to S3: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)')).toBe('s3-write');
    expect(causeOf('Error while storing model in S3 bucket Access Denied (Service: S3, Status Code: 403)')).toBe('s3-write');
    expect(causeOf('Copy file from S3 | Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)')).toBe('other-permission');
  });
});

describe('round 147: quiet lines at TRACE', () => {
  it('r147-sccache-s3-put-403 reads unknown: its lines are TRACE and DEBUG', () => {
    expect(causeOf(real('r147-sccache-s3-put-403'))).toBe('unknown');
  });

  it("r149-security-monkey-assumerole-log reads unknown: an INFO record's escaped lines stay that record's", () => {
    expect(causeOf(real('r149-security-monkey-assumerole-log'))).toBe('unknown');
    // The same message escaped in an ERROR record, or with no level, is still read line by line.
    expect(causeOf("2017-05-22 16:24:47,006 ERROR: 'Problem Connecting:\\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Not authorized to perform sts:AssumeRole'")).toBe('trust-policy');
    expect(causeOf("'Problem Connecting:\\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Not authorized to perform sts:AssumeRole'")).toBe('trust-policy');
  });

  it('reads a failure at ERROR below TRACE lines', () => {
    expect(causeOf('TRACE 2024-01-01T00:00:00Z: client: PUT s3://b/k\nERROR 2024-01-01T00:00:01Z: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')).toBe('s3-write');
  });
});

describe('round 147: a stream throughput limit is a rate', () => {
  it.each([['r147-flb-kinesis-streams-throughput'], ['r147-flb-firehose-throughput-broken-conn']])('%s reads throttling', (id) => {
    expect(causeOf(real(id))).toBe('throttling');
  });

  it('reads a throughput limit exceeded as throttling, an account limit still as a quota', () => {
    expect(causeOf('ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000001 in stream s; throughput limit exceeded')).toBe('throttling');
    expect(causeOf('[error] Throughput limits for the delivery stream may have been exceeded.')).toBe('throttling');
    expect(causeOf('Error: the vCPU limit for your account has been exceeded')).toBe('quota');
    expect(causeOf('No throughput limits were exceeded')).toBe('unknown');
  });
});

describe("round 147: the Ruby and Go SDKs' connections that never answered", () => {
  it.each([['r147-fluentd-s3-networkingerror-execution-expired'], ['r147-otel-awsemf-putlogevents-deadline']])('%s reads vpc', (id) => {
    expect(causeOf(real(id))).toBe('vpc');
  });

  it('reads the NetworkingError with its network words, not a certificate; StatusCode 0 with its deadline', () => {
    expect(causeOf('Seahorse::Client::NetworkingError: Failed to open TCP connection to s3.amazonaws.com:443 (execution expired)')).toBe('vpc');
    expect(causeOf('Seahorse::Client::NetworkingError: SSL_connect returned=1 errno=0 state=error: certificate verify failed')).toBe('unknown');
    expect(causeOf('operation error S3: GetObject, https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded')).toBe('vpc');
    expect(causeOf('operation error S3: GetObject, https response error StatusCode: 404, RequestID: X, api error NoSuchKey: The specified key does not exist.')).toBe('data');
  });

  it("r147-cwagent-imds-debug-timeouts reads unknown: its 'caused by:' continues a line that will retry", () => {
    expect(causeOf(real('r147-cwagent-imds-debug-timeouts'))).toBe('unknown');
  });

  it('reads a connection failure the client will retry as nothing, one it gave up on as the network', () => {
    expect(causeOf('RequestError: send request failed, will retry\ncaused by: Get "https://s3.us-east-1.amazonaws.com/b": dial tcp 52.216.1.1:443: i/o timeout')).toBe('unknown');
    expect(causeOf('RequestError: send request failed\ncaused by: Get "https://s3.us-east-1.amazonaws.com/b": dial tcp 52.216.1.1:443: i/o timeout')).toBe('vpc');
  });
});

describe("round 147: the Ruby SDK's 403 class and a C library's ENOMEM", () => {
  it('r147-fluentd-s3-forbidden-flush reads other-permission', () => {
    expect(causeOf(real('r147-fluentd-s3-forbidden-flush'))).toBe('other-permission');
  });

  it('r147-flb-windows-memfs-errno12 reads out-of-memory', () => {
    expect(causeOf(real('r147-flb-windows-memfs-errno12'))).toBe('out-of-memory');
  });

  it('reads the class and errno=12 as written, not another errno', () => {
    expect(causeOf('Aws::S3::Errors::Forbidden: Aws::S3::Errors::Forbidden')).toBe('other-permission');
    expect(causeOf('[src/chunk.c:45 errno=12] Cannot allocate memory')).toBe('out-of-memory');
    expect(causeOf('[src/chunk.c:45 errno=13] Permission denied')).not.toBe('out-of-memory');
  });
});

describe("round 147: TeamCity's AWS error over S3's fields", () => {
  it('r147-teamcity-s3-publish-artifacts-403 reads s3-write', () => {
    expect(causeOf(real('r147-teamcity-s3-publish-artifacts-403'))).toBe('s3-write');
  });
});

describe("round 148: an AWS endpoint's server error to an HTTP client", () => {
  it('r148-aider2530-bedrock-converse-503 reads internal', () => {
    expect(causeOf(real('r148-aider2530-bedrock-converse-503'))).toBe('internal');
  });

  it("reads httpx's and requests' 5xx from AWS, not another host's 5xx or AWS's 4xx", () => {
    expect(causeOf("requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://s3.us-east-1.amazonaws.com/b/k")).toBe('internal');
    expect(causeOf("httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://api.example.com/v1/items'")).not.toBe('internal');
    expect(causeOf("httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://bedrock-runtime.us-west-2.amazonaws.com/model/m/converse'")).not.toBe('internal');
  });
});

describe("rounds 148 and 150: a code's message that overrules its family", () => {
  it('r148-gencdk25-bedrock-kb-ingestion-model-access reads other-permission', () => {
    expect(causeOf(real('r148-gencdk25-bedrock-kb-ingestion-model-access'))).toBe('other-permission');
  });

  it('r148-audiosumm3-bedrock-validation-not-authorized reads other-permission', () => {
    expect(causeOf(real('r148-audiosumm3-bedrock-validation-not-authorized'))).toBe('other-permission');
  });

  it('r150-prefect13024-registertaskdefinition-concurrent reads throttling', () => {
    expect(causeOf(real('r150-prefect13024-registertaskdefinition-concurrent'))).toBe('throttling');
  });

  it('reads the caller not authorized to call this API under a validation code; a value not authorized stays validation', () => {
    expect(causeOf('An error occurred (ValidationException) when calling the Converse operation: Your account is not authorized to invoke this API operation.')).toBe('other-permission');
    expect(causeOf("An error occurred (ValidationException) when calling the CreateEndpoint operation: Value 'x' at 'endpointName' failed to satisfy constraint")).toBe('validation');
    expect(causeOf('An error occurred (ClientException) when calling the RunTask operation: Too many concurrent requests. Please retry.')).toBe('throttling');
  });
});

describe("round 150: a registry's own server error during a pull", () => {
  it('r150-prefect14730-ecs-push-dockerhub-504 reads internal', () => {
    expect(causeOf(real('r150-prefect14730-ecs-push-dockerhub-504'))).toBe('internal');
  });

  it("reads the registry's 5xx, not its 403 or a daemon's own 500", () => {
    expect(causeOf('CannotPullContainerError: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/3.11: 503 Service Unavailable')).toBe('internal');
    expect(causeOf('CannotPullContainerError: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/3.11: 403 Forbidden')).toBe('ecr');
    expect(causeOf('CannotPullContainerError: API error (500): Get https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/: net/http: request canceled while waiting for connection')).toBe('vpc');
  });
});

describe('rounds 149 and 150: the request as configured', () => {
  it.each([
    ['r149-mlflow-endpoint-resolution-invalid-uri', 'validation'],
    ['r150-metaflow977-sfn-container-overrides-8192', 'validation'],
    ['r150-flyte2376-exit-137-no-message', 'out-of-memory'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads botocore's endpoint sentence and a length bound, not a script's own length check", () => {
    expect(causeOf('botocore.exceptions.EndpointResolutionError: Custom endpoint `minio:9000` was not a valid URI')).toBe('validation');
    expect(causeOf('"StatusReason": "Job Name length must be at most 128"')).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "train.py", line 3, in <module>\nValueError: Sequence length must be at most 512')).toBe('user-code');
    expect(causeOf('Pod terminated with exit code (137)')).toBe('out-of-memory');
    // The bracketed code is the process's status whatever it is: a segmentation fault's 139 is the code's (the fifty-sixth review).
    expect(causeOf('container "primary" terminated with exit code (139). Reason: Error')).toBe('user-code');
  });
});

describe("round 149: the .NET, PHP and Ruby SDKs' credentials and refusals", () => {
  it.each([
    ['r149-dotnet-s3-all-access-disabled', 'other-permission'],
    ['r149-dotnet-listobjects-forbidden-no-info', 'other-permission'],
    ['r149-dotnet-awslogger-forbidden-getobject', 'other-permission'],
    ['r149-php-sts-root-cannot-assume', 'trust-policy'],
    ['r149-ruby-sigv4-missing-credentials', 'expired-credentials'],
    ['r149-ruby-s3-unable-to-sign-backtrace', 'expired-credentials'],
    ['r149-dotnet-imds-credentials-unavailable', 'expired-credentials'],
    ['r149-php-imds-credentials-no-route', 'expired-credentials'],
    ['r149-urllib-s3-streamer-503-slowdown', 'throttling'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same sentences in other forms, and their near misses as what they are', () => {
    expect(causeOf('Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.')).toBe('other-permission');
    expect(causeOf('Amazon.S3.AmazonS3Exception: Error making request with Error Code NotFound and Http Status Code NotFound. No further error information was returned by the service.')).not.toBe('other-permission');
    expect(causeOf('Aws::Sigv4::Errors::MissingCredentialsError: unable to sign request without credentials set')).toBe('expired-credentials');
    expect(causeOf('urllib.error.HTTPError: HTTP Error 503: Service Unavailable')).not.toBe('throttling');
    expect(causeOf('Aws\\Exception\\CredentialsException: Error retrieving credentials from the instance profile metadata server. (cURL error 28: Connection timed out after 1000 milliseconds)')).toBe('expired-credentials');
  });
});

describe('rounds 151 to 154: JVM tools, Kubernetes platforms, notebooks and accelerators', () => {
  it.each([
    ['r151-variantspark49-emrfs-connection-pool-timeout', 'unknown'],
    ['r151-trino26232-s3-getobject-502-suppressed', 'internal'],
    ['r151-kcl637-debug-instance-profile-no-credentials', 'unknown'],
    ['r151-iceberg14388-flink-maintenance-nosuchkey-v2', 'data'],
    ['r151-nios3-399-authorization-header-malformed-region', 'validation'],
    ['r151-dockersparkiceberg68-rest-servicefailure-s3-403', 'other-permission'],
    ['r152-tempo566-listobjects-access-denied', 's3-read'],
    ['r153-bookstore13-codecommit-clone-403', 'other-permission'],
    ['r153-nb2635-emr-jupyter-yarn-exit52', 'out-of-memory'],
    ['r154-vllm12443-neuron-nrt-tensor-allocate-failure', 'out-of-memory'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other wordings, and their near misses as what they are', () => {
    // The Java SDK's own pool is no network; its connect timeout is.
    expect(causeOf('com.amazonaws.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool')).not.toBe('vpc');
    expect(causeOf('com.amazonaws.SdkClientException: Unable to execute HTTP request: Connect to s3.amazonaws.com:443 failed: connect timed out')).toBe('vpc');
    // A Java v2 trailer's 5xx is the service's; its 503 (S3's SlowDown) and 4xx are not read so.
    expect(causeOf('software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 500, Request ID: X)')).toBe('internal');
    expect(causeOf('software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 503, Request ID: X)')).not.toBe('internal');
    // A server's failure relaying a 404 is no server fault either.
    expect(causeOf('org.apache.iceberg.exceptions.ServiceFailureException: Server error: NoSuchKeyException: null (Service: S3, Status Code: 404, Request ID: X)')).not.toBe('internal');
    // git's 403 from CodeCommit is a refusal, from GitHub it is not AWS's.
    expect(causeOf("fatal: unable to access 'https://github.com/org/repo/': The requested URL returned error: 403")).not.toBe('other-permission');
    // A DEBUG record of another logger keeps its throwable readable (only the credential chain's goes with its record).
    expect(causeOf('software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain 95 ERROR - Unable to load credentials from any of the providers in the chain\nsoftware.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:97)')).toBe('expired-credentials');
    // YARN's exit 52 is Spark's OOM; another status is not.
    expect(causeOf('Container marked as failed: container_1 on host: h. Exit status: 1. Diagnostics: Exception from container-launch.')).not.toBe('out-of-memory');
    expect(causeOf('level=error msg="unexpected error from GetObject on my-bucket: Access Denied"')).toBe('s3-read');
  });
});

describe('rounds 155 to 158: guardrails, ETL, credential tools and ECR pushes', () => {
  it.each([
    ['r155-qs-compliance29-cloudtrail-putobject-denied', 's3-write'],
    ['r156-hauser10-redshift-not-authorized-assume-iam-role', 'trust-policy'],
    ['r156-sparkredshift53-load-into-table-failed-stl-load-errors', 'data'],
    ['r156-odo298-psycopg2-load-into-table-failed', 'data'],
    ['r156-athenaguide72-toomanyrequests-concurrent-queries', 'quota'],
    ['r156-athenaglueservicelogs19-container-beyond-physical-memory', 'out-of-memory'],
    ['r157-awsvault854-sso-getrolecredentials-401', 'expired-credentials'],
    ['r157-awscli7340-getrolecredentials-unauthorized', 'expired-credentials'],
    ['r157-leapp347-sso-unauthorized-session-token', 'expired-credentials'],
    ['r157-awssdk531-js-sso-session-expired', 'expired-credentials'],
    ['r157-awsvault1175-credentials-missing', 'expired-credentials'],
    ['r157-awsvaultpr127-no-credentials-for-profile', 'expired-credentials'],
    ['r157-awsrunas47-saml-principalarn-param-validation', 'validation'],
    ['r157-cac1306-oidc-dependabot-rolesessionname', 'validation'],
    ['r157-awsgoogleauth270-saml-response-signature-invalid', 'trust-policy'],
    ['r157-cloudbeaver3112-saml-issuer-not-in-provider', 'trust-policy'],
    ['r158-ghactions-push-name-unknown-public-uri', 'ecr'],
    ['r158-dmp-from-image-name-unknown-500', 'ecr'],
    ['r158-jib-push-registry-unauthorized', 'ecr'],
    ['r158-podman-push-reuse-blob-unauthorized', 'ecr'],
    ['r158-tekton-taskrun-ecr-manifest-401', 'ecr'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other wordings, and their near misses as what they are', () => {
    // A CloudTrail record's call and code.
    expect(causeOf('{"eventName": "GetObject",\n "awsRegion": "us-east-1",\n "sourceIPAddress": "10.0.0.1",\n "userAgent": "aws-sdk",\n "errorCode": "AccessDenied"}')).toBe('s3-read');
    // A rate code stays a rate unless its message offers the account's limit increase.
    expect(causeOf('TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the StartQueryExecution operation: Rate exceeded')).toBe('throttling');
    // A session's length is a time, not a count the account holds.
    expect(causeOf('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.')).not.toBe('quota');
    // The constraint report under an assume wrapper is the request's value; the wrapper alone is the trust's.
    expect(causeOf('Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity')).toBe('trust-policy');
    // YARN's memory kill, Redshift's load report.
    expect(causeOf('Container [pid=1,containerID=container_1_0001_01_000001] is running beyond physical memory limits. Current usage: 2.0 GB of 2 GB physical memory used. Killing container.')).toBe('out-of-memory');
    expect(causeOf("ERROR: Load into table 'events' failed.  Check 'stl_load_errors' system table for details.")).toBe('data');
    // ECR's repository sentence, and a registry's refusal of another host not ECR's words.
    expect(causeOf("name unknown: The repository with name 'trainer' does not exist in the registry with id '123456789012'")).toBe('ecr');
    expect(causeOf('error getting image manifest: unsupported status code 403; body: Forbidden')).toBe('ecr');
    expect(causeOf('error getting image manifest: unsupported status code 500; body: oops')).not.toBe('ecr');
    // Identity Center's refusal of the session's token; another service's "Session token" sentence is not its.
    expect(causeOf('An error occurred (UnauthorizedException) when calling the GetRoleCredentials operation: Session token not found or invalid')).toBe('expired-credentials');
    // A federation's provider mismatch is the trust's.
    expect(causeOf('An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithSAML operation: Issuer not present in specified provider')).toBe('trust-policy');
  });

  it('reads the Java SDK\'s Netty pool as no network either', () => {
    expect(causeOf('software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Acquire operation took longer than the configured maximum time.')).not.toBe('vpc');
  });
});

describe('round 156 and 158: found by the property tests', () => {
  it("a denial's quoted resource cut before its closing quote stays on its line", () => {
    const cut = 'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::1:user/u is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k/';
    const boxed = ['\u2577', `\u2502 ${cut}`, '\u2502 ', '\u2502   with aws_s3_object.o,', '\u2502   on main.tf line 3, in resource "aws_s3_object" "o":', '\u2575'].join('\n');
    expect(classifyText({ failureReason: boxed }).deniedRequest?.resource).toBe('arn:aws:s3:::b/k/');
  });

  it('a line longer than the one before it is not read as its hard-wrapped continuation', () => {
    const pushed = 'error pushing image "x" to "docker://1.dkr.ecr.eu-central-1.amazonaws.com/r/t:0.1": error copying layers and metadata from "containers-storage:[vfs@/var/lib/containers/storage]@x" to "docker://1.dkr.ecr.eu-central-1.amazonaws.com/r/t:0.1": Error writing blob: Error determining upload URL: http: no Location header in response';
    expect(causeOf(`NCCL WARN Could not find real path of /sys/class/net/eth0/device\n${pushed}`)).toBe(causeOf(pushed));
  });
});

describe('rounds 159 to 161: Lambda and Fargate, data platforms, PowerShell and .NET', () => {
  it.each([
    ['r159-tflambda1-no-module-tensorflow', 'user-code'],
    ['r159-minifyhtml12-lambda-glibc218-import', 'user-code'],
    ['r160-clickhouse-s3-invalid-access-key-id-reading-key', 'expired-credentials'],
    ['r160-es-cloud-aws-get-snapshot-access-denied', 's3-read'],
    ['r160-clickhouse-backup-copyobject-accessdenied', 's3-write'],
    ['r160-duckdb-071-session-token-400-bad-request', 'unknown'],
    ['r160-snowflake-storage-integration-error-assuming-aws-role', 'trust-policy'],
    ['r161-ps-read-s3object-access-denied', 's3-read'],
    ['r161-ps-write-s3object-invalidaccesskeyid', 'expired-credentials'],
    ['r161-dotnet-s3-accesskeyid-not-in-records-azurecopy', 'expired-credentials'],
    ['r161-dotnet-xamarin-unable-to-find-credentials', 'expired-credentials'],
    ['r161-dotnet-iis-unable-to-find-credentials-appconfig', 'expired-credentials'],
    ['r161-dotnet-simpledb-nameresolutionfailure', 'vpc'],
    ['r161-ps-get-sqsqueue-no-credentials-persisted', 'expired-credentials'],
    ['r161-dotnet-assumerole-missing-authentication-token', 'expired-credentials'],
    ['r161-dotnet-servicediscovery-no-regionendpoint', 'validation'],
    ['r161-terraform-windows-s3-object-put-denied', 's3-write'],
    ['r161-cdk-codepipeline-s3-deploy-putobject-denied', 's3-write'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other wordings, and their near misses as what they are', () => {
    expect(causeOf("[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'torch'")).toBe('user-code');
    expect(causeOf('Write-S3Object : Access Denied')).toBe('s3-write');
    // Putting an object is a write; putting a bucket's ACL is not the object's.
    expect(causeOf('Error: Error putting S3 ACL: AccessDenied: Access Denied\n\tstatus code: 403')).toBe('other-permission');
    expect(causeOf('Get-S3Object : Access Denied')).toBe('s3-read');
    // Another library's InternalServerError is not AWS's when a denial is inside it; its own 500 still is.
    expect(causeOf('Elasticsearch::Transport::Transport::Errors::InternalServerError: [500] {"error":"IOException[Failed to get [x]]; nested: AmazonS3Exception[Access Denied (Service: Amazon S3; Status Code: 403)]"}')).not.toBe('internal');
    // A connection said failed with the server's 4xx on its line was made; without one it was not.
    expect(causeOf('IO Error: Unable to connect to URL "s3://b/k.parquet": 403 (Forbidden)')).not.toBe('vpc');
    expect(causeOf('IO Error: Unable to connect to URL "https://b.s3.amazonaws.com/k.parquet"')).toBe('vpc');
    // API Gateway's "Missing Authentication Token" for a wrong path is no unsigned AWS request.
    expect(causeOf('{"message":"Missing Authentication Token"}')).not.toBe('expired-credentials');
  });
});
