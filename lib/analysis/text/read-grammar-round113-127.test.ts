import { describe, expect, it } from 'vitest';
import heldOut113 from './fixtures/held-out-113.json';
import heldOut114 from './fixtures/held-out-114.json';
import heldOut116 from './fixtures/held-out-116.json';
import heldOut117 from './fixtures/held-out-117.json';
import heldOut118 from './fixtures/held-out-118.json';
import heldOut119 from './fixtures/held-out-119.json';
import heldOut120 from './fixtures/held-out-120.json';
import heldOut121 from './fixtures/held-out-121.json';
import heldOut122 from './fixtures/held-out-122.json';
import heldOut123 from './fixtures/held-out-123.json';
import heldOut125 from './fixtures/held-out-125.json';
import heldOut126 from './fixtures/held-out-126.json';
import heldOut127 from './fixtures/held-out-127.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 113 to 127 (orchestrators' threads, the training and serving libraries' threads, tools' documentation, threads
// found by failure wordings, LLM application frameworks' and computer-vision and tabular libraries' threads, AWS's
// containers' and aws-samples' threads, notebooks' saved outputs, HyperPod's and distributed training's threads, the other job kinds' threads, infrastructure-as-code tools' and the AWS
// SDKs' threads, pasted endpoint logs, LLM serving stacks): the first-pass misses read by their structure, then the same structure in other wordings
// (constructed) and its limits.
const real = fixtureText([...heldOut113, ...heldOut114, ...heldOut116, ...heldOut117, ...heldOut118, ...heldOut119, ...heldOut120, ...heldOut121, ...heldOut122, ...heldOut123, ...heldOut125, ...heldOut126, ...heldOut127]);

describe("round 113: a class from a package's errors module", () => {
  it('r113-mlflow-gunicorn-haltserver reads user-code', () => {
    expect(causeOf(real('r113-mlflow-gunicorn-haltserver'))).toBe('user-code');
  });

  it('reads a class of an errors or exceptions module as an exception whatever its name ends in', () => {
    expect(causeOf('jinja2.exceptions.TemplateNotFound: inference.html')).toBe('user-code');
    expect(causeOf('mypkg.errors.BadBatch: batch 7 is empty')).toBe('user-code');
    // Not a server's answer (werkzeug's "400 Bad Request: …") nor a class naming a host it could not reach (the fiftieth review).
    expect(causeOf('werkzeug.exceptions.BadRequest: 400 Bad Request: Failed to decode JSON object: Expecting value: line 1 column 1 (char 0)')).not.toBe('user-code');
    expect(causeOf('huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/x/y: offline mode is enabled.')).not.toBe('user-code');
    // Not a bare "exceptions." with no package before it, nor a name in lower case.
    expect(causeOf('exceptions.BadBatch: batch 7 is empty')).toBe('unknown');
    expect(causeOf('see mypkg.errors.badbatch: batch 7')).toBe('unknown');
    // What the exception says outranks it: a connection timing out to S3 stays the network's.
    expect(causeOf("requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='s3.us-east-1.amazonaws.com', port=443): Max retries exceeded with url: /b/k (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to s3.us-east-1.amazonaws.com timed out. (connect timeout=60)'))")).toBe('vpc');
  });
});

describe("round 114: the dynamic loader's own line", () => {
  it('r114-tfs-byoc-libcuda-missing reads user-code', () => {
    expect(causeOf(real('r114-tfs-byoc-libcuda-missing'))).toBe('user-code');
  });

  it('reads "error while loading shared libraries" from its head, with or without the reason after the library', () => {
    expect(causeOf('/usr/bin/python3: error while loading shared libraries: libpython3.10.so.1.0: cannot open shared object file: No such file or directory')).toBe('user-code');
    expect(causeOf('serve: error while loading shared libraries: libnvinfer.so.8')).toBe('user-code');
    // A library that is no shared object is not the loader's report.
    expect(causeOf('error while loading shared libraries: see the notes')).toBe('unknown');
  });
});

describe("round 116: CloudFormation's handler code and the runtime's bare 400", () => {
  it.each([
    ['r116-cfn-sagemaker-app-invalid-apptype-kernelgateway', 'validation'],
    ['r116-litellm-sagemaker-chat-400-bad-request-invocations', 'validation'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads CloudFormation's HandlerErrorCode as the failure's code, but not InvalidCredentials as a request's value", () => {
    const trailer = (code: string) => `Resource handler returned message: "Something went wrong with the app" (RequestToken: 1c2d, HandlerErrorCode: ${code})`;
    expect(causeOf(trailer('InvalidRequest'))).toBe('validation');
    expect(causeOf(trailer('ServiceLimitExceeded'))).toBe('quota');
    expect(causeOf(trailer('Throttling'))).toBe('throttling');
    expect(causeOf(trailer('InvalidCredentials'))).not.toBe('validation');
    // Only as the trailer's last field, not a word in prose.
    expect(causeOf('the HandlerErrorCode: InvalidRequest field is documented here')).toBe('unknown');
  });

  it("reads InvokeEndpoint's 400 by the runtime's URL, only 400, and not when the client then failed on its own", () => {
    const url = 'https://runtime.sagemaker.eu-west-1.amazonaws.com/endpoints/my-llm/invocations';
    expect(causeOf(`httpx.HTTPStatusError: Client error '400 Bad Request' for url '${url}'`)).toBe('validation');
    expect(causeOf(`httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://runtime.sagemaker.<region>.amazonaws.com/endpoints/x/invocations'`)).toBe('validation');
    // 424 is what the container answered: not read as the service's refusal.
    expect(causeOf(`httpx.HTTPStatusError: Client error '424 Failed Dependency' for url '${url}'`)).not.toBe('validation');
    // Another host's 400 is that host's.
    expect(causeOf("httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://api.example.com/v1/chat'")).not.toBe('validation');
    // The client's own exception raised while handling the answer is what failed last (round 58's LiteLLM text).
    expect(causeOf(`httpx.HTTPStatusError: Client error '400 Bad Request' for url '${url}'\n\nDuring handling of the above exception, another exception occurred:\n\nAttributeError: 'Response' object has no attribute 'get'`)).toBe('user-code');
     // …unless what it raised carries the same answer on (the fiftieth review).
    expect(causeOf(`requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: ${url}\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: Error raised by inference endpoint: 400 Client Error: Bad Request for url: ${url}`)).toBe('validation');
  });

  it("reads the runtime's 500 and 503 as the service's, InvokeEndpointAsync's 400 and aiohttp's form too (the fiftieth review)", () => {
    const url = 'https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/my-llm/invocations';
    expect(causeOf(`httpx.HTTPStatusError: Server error '500 Internal Server Error' for url '${url}'`)).toBe('internal');
    expect(causeOf(`httpx.HTTPStatusError: Server error '503 Service Unavailable' for url '${url}'`)).toBe('internal');
    expect(causeOf(`httpx.HTTPStatusError: Client error '400 Bad Request' for url '${url.replace('/invocations', '/async-invocations')}'`)).toBe('validation');
    expect(causeOf(`aiohttp.client_exceptions.ClientResponseError: 400, message='Bad Request', url=URL('${url}')`)).toBe('validation');
  });
});

describe("round 117: a batch transform's record answered with a server error", () => {
  it('r117-tfs-batch-transform-servo-connection-refused reads user-code', () => {
    expect(causeOf(real('r117-tfs-batch-transform-servo-connection-refused'))).toBe('user-code');
  });

  it('reads "Bad HTTP status received from algorithm: 5xx" as the container\'s server error, not a 4xx', () => {
    const line = (status: number) => `2024-01-02T03:04:05.678:[sagemaker logs]: data/part-0001.csv: Bad HTTP status received from algorithm: ${status}`;
    expect(causeOf(line(500))).toBe('user-code');
    expect(causeOf(line(503))).toBe('user-code');
    expect(causeOf(line(400))).not.toBe('user-code');
  });
});

describe("round 118: the serving toolkits' default loader naming a missing file", () => {
  it('r118-mxnet-local-deploy-missing-model-symbol reads data', () => {
    expect(causeOf(real('r118-mxnet-local-deploy-missing-model-symbol'))).toBe('data');
  });

  it("reads the default model_fn's missing file as the archive's, a script's own missing file as its code", () => {
    expect(causeOf('FileNotFoundError: Failed to load model with default model_fn: missing file model.pth.')).toBe('data');
    expect(causeOf("FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/model/model.pth'")).toBe('user-code');
  });
});

describe("round 119: AWS's status notice", () => {
  it('r119-studiolab-elevated-error-starting-runtimes reads internal', () => {
    expect(causeOf(real('r119-studiolab-elevated-error-starting-runtimes'))).toBe('internal');
  });

  it("reads AWS's status notice as its own fault, only where its line names AWS or SageMaker", () => {
    expect(causeOf('We are investigating increased error rates for Amazon SageMaker training jobs in the US-EAST-1 Region.')).toBe('internal');
    expect(causeOf('We are experiencing elevated error rates on model downloads. The Hugging Face team is on it.')).toBe('unknown');
  });
});

describe("round 120: Python's type errors quoted without their class", () => {
  it('r120-studio-autostop-lcc-string-indices reads user-code', () => {
    expect(causeOf(real('r120-studio-autostop-lcc-string-indices'))).toBe('user-code');
  });

  it.each([
    "Processing failed. Exception: 'NoneType' object is not subscriptable",
    "handler error: unsupported operand type(s) for +: 'int' and 'str'",
    'predict failed: can only concatenate str (not "int") to str',
    "worker error: unhashable type: 'list'",
  ])('reads %j as the code\'s', (text) => {
    expect(causeOf(text)).toBe('user-code');
  });
});

describe("round 121: S3's own answer after an empty input prefix", () => {
  it('r121-houseprice-nos3objects-s3-accessdenied reads s3-read', () => {
    expect(causeOf(real('r121-houseprice-nos3objects-s3-accessdenied'))).toBe('s3-read');
  });

  it("reads S3's Access Denied after \"No S3 objects found\" as the listing refused, its other answers not", () => {
    const head = 'An error occurred (ValidationException) when calling the CreateTrainingJob operation: No S3 objects found under S3 URL "s3://b/p/train.csv" given in input data source. Please ensure that the bucket exists in the selected region (us-east-1), that objects exist under that S3 prefix, and that the role "arn:aws:iam::111122223333:role/R" has "s3:ListBucket" permissions on bucket "b".';
    expect(causeOf(`${head} Error message from S3: Access Denied`)).toBe('s3-read');
    expect(causeOf(head)).toBe('data');
    expect(causeOf(`${head} Error message from S3: The bucket is in this region: eu-west-1. Please use this region to retry the request`)).toBe('validation');
  });
});

describe("round 123: Hadoop S3A's refused operation", () => {
  it('r123-deequ-notebook-s3a-parquet-403 reads s3-read', () => {
    expect(causeOf(real('r123-deequ-notebook-s3a-parquet-403'))).toBe('s3-read');
  });

  it("reads S3A's operation before the path: a lookup or open the read, a directory marker or put the write", () => {
    const denied = (operation: string) => `java.nio.file.AccessDeniedException: s3a://b/p/part-0: ${operation} on s3a://b/p/part-0: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied`;
    expect(causeOf(denied('getFileStatus'))).toBe('s3-read');
    expect(causeOf(denied('open'))).toBe('s3-read');
    expect(causeOf(denied('innerMkdirs'))).toBe('s3-write');
    expect(causeOf(denied('PUT 0-byte object '))).toBe('s3-write');
  });
});

describe("round 122: a cluster's refusals and CloudFormation's template", () => {
  it.each([
    ['r122-hpcli-k8s-401-unauthorized', 'expired-credentials'],
    ['r122-hpcli-no-eks-access-entry', 'other-permission'],
    ['r122-hpcli-createstack-s3-key-missing', 'validation'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads the Kubernetes Python client's 401 and a Status body's 401 as the caller's credentials, not a 403", () => {
    expect(causeOf('kubernetes.client.exceptions.ApiException: (401)\nReason: Unauthorized')).toBe('expired-credentials');
    expect(causeOf('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}')).toBe('expired-credentials');
    expect(causeOf('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden","reason":"Forbidden","code":403}')).not.toBe('expired-credentials');
  });

  it("reads a principal with no EKS access entry as a permission, whatever the wrapper says of connecting", () => {
    expect(causeOf("Cannot connect to EKS cluster 'c': No access entry found for principal: arn:aws:iam::111122223333:role/R")).toBe('other-permission');
  });

  it("reads S3's missing key relayed by CloudFormation as the template's, a job's missing key as its input", () => {
    expect(causeOf('An error occurred (ValidationError) when calling the UpdateStack operation: S3 error: The specified key does not exist.')).toBe('validation');
    expect(causeOf('An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.')).toBe('data');
  });
});

describe("round 125: the SDKs' own forms", () => {
  it.each([
    ['r125-go-invalidsignature-service-scope', 'expired-credentials'],
    ['r125-gov2-featurestore-unknownoperation', 'validation'],
    ['r125-javasdk-npe-unmarshall-sagemaker-error', 'unknown'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads InvalidSignatureException as the signature refused, not a value of the request', () => {
    expect(causeOf('An error occurred (InvalidSignatureException) when calling the InvokeEndpoint operation: The request signature we calculated does not match the signature you provided.')).toBe('expired-credentials');
  });

  it("reads a code under AWS's coral namespace without a message, an application's own __type not", () => {
    expect(causeOf('{"__type":"com.amazon.coral.service#UnknownOperationException"}')).toBe('validation');
    expect(causeOf('{"__type":"UnknownOperationException","kind":"event"}')).toBe('unknown');
  });

  it("passes over a Java throwable logged under an INFO record, not one under an ERROR record", () => {
    const record = (level: string) => `2020-06-24 16:36:57.511 [main] [${level}] [c.a.http.Handler] - Unable to read the exception content\njava.lang.IllegalStateException: closed\n\tat com.example.App.call(App.java:12)\n\tat com.example.App.main(App.java:3)`;
    expect(causeOf(record('INFO '))).toBe('unknown');
    expect(causeOf(record('ERROR'))).toBe('user-code');
  });
});

describe("rounds 126 and 127: a model server's answers", () => {
  it.each([
    ['r126-tfs-nginx-failed-ping-servable-not-found', 'data'],
    ['r127-litellm-tei-bge-text-input-type-400', 'data'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads TF Serving's missing servable only on the container's ping, and an input's type refused only in a 4xx answer", () => {
    expect(causeOf('2022/06/15 21:08:37 [error] 19#19: *1 js: failed ping{\n    "error": "Servable not found for request: Latest(model)"\n}')).toBe('data');
    expect(causeOf('Servable not found for request: Latest(model)')).toBe('unknown');
    expect(causeOf('Received client error (400) from primary with message "image input must be of type PIL.Image or str"')).toBe('data');
    expect(causeOf('ValueError: text input must be of type str')).toBe('user-code');
  });
});

describe("the fifty-first review's narrowings", () => {
  it("leaves an S3A refusal naming KMS to the key, and reads S3A's open at a position", () => {
    expect(causeOf('java.nio.file.AccessDeniedException: s3a://b/p: PUT 0-byte object  on s3a://b/p: com.amazonaws.services.s3.model.AmazonS3Exception: The ciphertext refers to a customer master key that does not exist (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied')).toBe('kms');
    expect(causeOf('java.nio.file.AccessDeniedException: s3a://b/k: open s3a://b/k at 0 on s3a://b/k: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden')).toBe('s3-read');
  });

  it("keeps a program's own INFO record's throwable, and reads the Kubernetes client's 401 only for Kubernetes", () => {
    expect(causeOf('2024-01-02 10:00:00 INFO  com.acme.Trainer - Error while scoring partition 12, aborting\njava.lang.OutOfMemoryError: Java heap space\n\tat com.acme.Trainer.score(Trainer.java:88)')).toBe('out-of-memory');
    expect(causeOf('Exception when calling CoreV1Api->list_namespaced_pod: (401)\nReason: Unauthorized')).toBe('expired-credentials');
    expect(causeOf('lakefs_client.exceptions.ApiException: (401)\nReason: Unauthorized')).not.toBe('expired-credentials');
  });

  it("reads a status notice only in AWS's shape, and the type-error words only as an error's message", () => {
    expect(causeOf('We are seeing increased error rates on our SageMaker endpoint since this morning.')).toBe('unknown');
    expect(causeOf("Note: calling it twice will fail with 'dict' object is not callable, so call it once.")).toBe('unknown');
  });

  it("leaves a default loader's missing file on a warning line to what failed after it", () => {
    expect(causeOf("WARNING:handler:Failed to load model with default model_fn: missing file model.pth. Trying the custom model_fn\nTraceback (most recent call last):\n  File \"/opt/ml/model/code/inference.py\", line 3, in <module>\n    import peft\nModuleNotFoundError: No module named 'peft'")).toBe('user-code');
  });
});
