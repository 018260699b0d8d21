import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH, PROCESS_EXIT_CLASSES, TRACEBACK_HEADER, tracebackEnd } from './client-traceback';
import { CONNECT_EXCEPTION } from './error-families';
import { hostsIn, readFailureParts, type FailureParts } from './failure-parts';
import { matchWhere, type GrammarVerdict } from './grammar-verdict';
import { hubDownloadFailed } from './hub-download';
import { beforeBoundary, lineAt, lineContinuedAt, linesAround, SECTION_BREAK } from './line-window';
import { isWarningLineAt } from './quiet-lines';

// A connection that failed, read by where it was going: a model hub (the download, hub-download.ts), an AWS endpoint
// (the VPC's routing), or another host. A part of the underlying error (read-error-detail.ts).

// How connection failures read when no exception class is printed: a connection that could not be
// made or timed out, or a host name that did not resolve (DNS), whoever printed it.
// A DNS lookup that failed is the same condition in the resolver's words ("DNS SRV lookup failed",
// res_nsearch's "Unknown host"), whatever host it was for.
// Go's net package names the dial that failed ("dial tcp 10.0.3.17:443: i/o timeout", "dial tcp: lookup
// api.ecr.us-east-1.amazonaws.com on 10.0.0.2:53: no such host"): a container runtime's or an agent's
// connection, the same condition. Not the image tools' "failed to resolve ref" or "failed to resolve
// source metadata": resolving an image reference is asking the registry for it, not a DNS lookup. A dial
// to the loopback interface is the job's own server (a health check's), not the network. Go may leave the address out
// ("dial tcp: i/o timeout"), and its resolver's failure is said by "dial tcp: lookup <host> on <resolver>" before any
// reason (a paste cut there, round 137); the host may hold a redaction's placeholder ("<region>", "${AWS_REGION}"). The
// AWS SDK for Go's "RequestError: send request failed" and "RequestCanceled: request context canceled" (its deadline
// passed) and Rust's reqwest's "error sending request for url (…)" are a request that never reached its host (rounds 136
// and 137), unless a certificate is why; so are the Rust SDK's DispatchFailure that timed out and hyper's "HTTP connect
// timeout occurred" (round 146). The Ruby SDK's NetworkingError for a connection not opened in time ("error_class=
// Seahorse::Client::NetworkingError error=\"execution expired\"", Fluentd's AWS outputs) and the Go SDK v2's call that got
// no status before its deadline ("https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded",
// the OpenTelemetry collector's CloudWatch exporter) likewise (round 147), and .NET's WebException status NameResolutionFailure
// (round 161). A connection said failed whose line gives the server's 4xx answer ("Unable to connect to URL \"s3:…\": 400
// (Bad Request)", DuckDB's, round 160) was made. The Java SDK's "Unable to execute HTTP request:
// Timeout waiting for connection from pool" is its own connection pool exhausted, not the network (EMRFS, round 151), as is
// its Netty client's "Acquire operation took longer than the configured maximum time" (the fifty-seventh review).
// The AWS SDK for C++'s NETWORK_CONNECTION on an AWS operation, as Apache Arrow prints it, is a request to AWS that never
// got an answer: the connection's only when curl's code says so (6, the host not resolved; 7, no connection; 28, timed
// out: "AWS Error NETWORK_CONNECTION during GetObject operation: curlCode: 28, Timeout was reached", round 135), not a
// client's own fault under the same class ("curlCode: 43, A libcurl function was given a bad argument").
// PyTorch's TCPStore on the job's first host says the same from the store's side ("DistStoreError: Timed out after 901 seconds
// waiting for clients. 1/2 clients joined.", three reviewers of the hundred-and-first to hundred-and-fourth reviews): the other
// hosts' connections to it never came, as when their own client socket times out ("The client socket has timed out after 60s
// while trying to connect to (algo-1, 29500)").
// Its older barrier says it by rank ("RuntimeError: Timed out initializing process group in store based barrier on rank: 0, for key:
// store_based_barrier_key:1 (world_size=16, worker_count=8, …)": half the workers never joined), and conda's "CondaHTTPError: HTTP 000
// CONNECTION FAILED for url <https://conda.anaconda.org/…>" is a request that got no answer at all, status 000 (the hundred-and-fifth
// review). A rank that could not get NCCL's id from the first host's store in time says it so too ("… retrieving ncclUniqueId from [0]
// via c10d key-value store by key '0', but store->get('0') got error: Socket Timeout", the hundred-and-tenth review). The training
// toolkit's MPI launcher on the first host says it of the others' SSH ("Timed out waiting for workers to be reachable.", the
// hundred-and-fortieth review): the hosts could not reach each other, as a security group without its self-referencing rule does.
// urllib's connect that found no local address to send from ("<urlopen error [Errno 99] Cannot assign requested address>",
// EADDRNOTAVAIL: the container has no interface or route for the address it tried; a model zoo's download from a job in a VPC, the
// hundred-and-twenty-seventh review): the job's network as the container sees it, not the code. Only urllib's connect: a server
// socket that could not bind its address (torch's "failed to bind … errno: 99") is the address it was given.
// Node's socket errors on connect ("connect ETIMEDOUT 52.94.17.76:443", "connect ECONNREFUSED" under the JavaScript SDK's
// NetworkingError, round 174) and curl's connection codes in the AWS SDK for C++'s words wherever a tool relays them (Triton's
// "Unable to create S3 filesystem client … curlCode: 28, Timeout was reached", round 175).
// Ruby prints an exception's class after its message ("net/http.rb:880:in `initialize': execution expired
// (Seahorse::Client::NetworkingError)"), and Net::OpenTimeout is its TCP connect timing out (round 167).
// The SDK's own message when its HTTP client (WinHTTP, the CRT) got no answer says the same without a curl code ("AWS Error
// NETWORK_CONNECTION during HeadObject operation: Encountered network error when sending http request", pyarrow on Windows and
// Arrow Java, round 166). The AWS Common Runtime names its socket's and resolver's failures ("CRT error 1059: aws-c-io:
// AWS_IO_DNS_INVALID_NAME, Host name was invalid for dns resolution", Mountpoint for Amazon S3, round 181). musl's resolver (Alpine,
// busybox's nslookup) says "Name does not resolve" where glibc says "Name or service not known" (ms-swift's master host, round 234).
const CPP_SDK_NETWORK = /^AWS Error NETWORK_CONNECTION during \w{1,80} operation: (?:curlCode: (?:6|7|28)\b|Encountered network error when sending http request\b)/;
const CONNECT_WORDS = new RegExp(
  [
    `${CPP_SDK_NETWORK.source.slice(1)}`,
    String.raw`\bDNS (?:SRV |A |AAAA )?(?:lookup|query|resolution) failed\b|\bres_n?search error: Unknown host\b|Connect timeout on endpoint URL|Failed to establish a new connection|Temporary failure in name resolution|Network is unreachable|Connection timed out|Name or service not known|(?::|\]) Name does not resolve(?![ \t]{1,3}to\b)|<urlopen error \[Errno 99\] Cannot assign requested address>`,
    String.raw`\b(?:could ?n[o']t|unable to|failed to|cannot|can't|not able to) connect to\b(?![^\n]{0,300}?\b[45]\d\d \((?:Bad Request|Forbidden|Not Found|Unauthorized)\))|\btimed out\b[^\n]{0,80}?\b(?:trying|attempting|waiting) to connect to\b|\bTimed out after \d{1,7} seconds waiting for clients\. \d{1,5}\/\d{1,5} clients joined\b|\bTimed out initializing process group in store based barrier\b|\bTimed out waiting for (?:workers|master [\w.-]{1,60}) to be reachable\b|\bstore->get\([^)\n]{0,60}\) got error: Socket Timeout\b|\bHTTP 000 CONNECTION FAILED\b|\bconnection to the [\w. -]{1,40}? (?:has )?failed\b`,
    String.raw`Max retries exceeded with url(?![^\n]{0,600}?\(Caused by ResponseError\()|Read timeout on endpoint URL|Unable to execute HTTP request(?!: (?:Timeout waiting for connection from pool|Acquire operation took longer than))|\b(?:could ?n[o']t|unable to|failed to) resolve\b(?! (?:ref|reference|source metadata|service endpoint)\b)(?![ \t]{1,3}(?:the |this |these |that |those |my |our |your |it\b|them\b)?(?:errors?|issues?|problems?|bugs?|conflicts?|dependenc(?:y|ies)|imports?|symbols?|packages?|versions?|requirements?|it|them|this|that)\b)|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)`,
    String.raw`\bdial (?:tcp|udp)[46]?(?: (?!127\.|localhost\b|\[::1\])[^\s]{1,120})?: (?:i\/o timeout|connect: no route to host)\b|\bDispatchFailure\b[^\n]{0,200}?\b(?:TimedOutError\b|kind: Timeout\b)|\bHTTP connect timeout occurred\b`,
    String.raw`\bRequestError: send request failed\b(?![\s\S]{0,400}?\b(?:certificate|x509|tls|ssl|handshake|invalid header field value))|\bRequestCanceled: request context canceled\b|\bdial (?:tcp|udp)[46]?: lookup [\w.<>{}$-]{1,253} on [\w.:\[\]]{1,60}`,
    String.raw`\berror sending request for url\b(?![^\n]{0,400}?\b(?:certificate|x509|tls|ssl|handshake))|\blookup [\w.<>{}$-]{1,253}(?: on [\w.:\[\]-]{1,60})?: (?:no such host\b|read udp [^\s]{1,60}: i\/o timeout\b)|\bnet\/http: request canceled while waiting for connection\b`,
    String.raw`\bSeahorse::Client::NetworkingError\b[^\n]{0,60}?\b(?:execution expired|Failed to open TCP connection|Connection refused|getaddrinfo)|\b(?:execution expired|Failed to open TCP connection to|getaddrinfo)\b(?=[^\n]{0,200}?\(Seahorse::Client::NetworkingError\))|\bNet::OpenTimeout\b`,
    String.raw`\bAWS_IO_(?:DNS_(?:INVALID_NAME|QUERY_FAILED|NO_ADDRESS_FOR_HOST)|SOCKET_(?:TIMEOUT|CONNECTION_REFUSED|NO_ROUTE_TO_HOST|NETWORK_DOWN))\b|\bStatusCode: 0, RequestID: [^,\n]{0,80}, canceled, context deadline exceeded\b|\bNameResolutionFailure\b|\bconnect (?:ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH)\b|\bcurlCode: (?:6|7|28), (?:Timeout was reached|Couldn't (?:resolve host name|connect to server))\b`,
  ].join('|'),
  'i',
);
const CONNECT_GATE = ['timedouterror', 'network_connection', 'send request failed', 'error sending request', 'request context canceled', 'connect', 'timeout', 'timed out', 'name resolution', 'unreachable', 'max retries', 'name or service', 'unable to execute', 'resolve', 'getaddrinfo', 'dns', 'unknown host', 'no route to host', 'no such host', 'networkingerror', 'net::opentimeout', 'statuscode: 0', 'nameresolutionfailure', 'aws_io_', 'cannot assign requested address'];
const READ_TIMEOUT = /^ReadTimeout|^Read timeout\b/i;
const CLOSED_BEFORE_ANSWER = /^ConnectionClosed|\bConnection was closed before\b/i;
const AWS_HOST = /(?:^|\.)amazonaws\.com(?:\.cn)?$|(?:^|\.)aws\.dev$/;
// ECR's registry and API hosts: a connection to them that failed is why an image pull failed.
const REGISTRY_HOST = /\.dkr\.ecr\.[a-z0-9-]{1,40}\.amazonaws\.com(?:\.cn)?$|^api\.ecr\.[a-z0-9-]{1,40}\.amazonaws\.com(?:\.cn)?$/;
/** One above the image stage's own words (CannotPullContainerError, 75): they name the stage, the connection says why. */
const REGISTRY_CONNECT = 76;
// An image pull in the words of the runtimes and agents that pull: ECS's and SageMaker's CannotPullContainerError,
// containerd's "failed to resolve ref", "pull image manifest", Docker's "pulling image".
// ECS's first step of a pull is the registry's authorization ("unable to retrieve ecr registry auth: … RequestError: send
// request failed", round 137).
export const PULL_WORDS = /\bregistry auth\b|\bCannotPullContainer(?:Error)?\b|\bpull(?:ing)? (?:the )?image\b|\bimage manifest\b|\bfailed to resolve ref(?:erence)?\b/i;
// The loopback interface as a connection's target, bracketed or not, with or without a scheme.
const LOOPBACK_TARGET = /^[ \t]{0,3}(?:\w{1,10}:\/\/)?\[?(?:localhost|(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|0\.0\.0\.0)\]?(?![\w.-])/i;
const LOOPBACK = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)$/;
// SageMaker Runtime's endpoint (InvokeEndpoint), in either of its host forms, and Bedrock's runtime, which a model answers
// the same way (a read timeout on its invocation is the model's time, round 136).
const MODEL_RUNTIME_HOST = /^runtime(?:-fips)?\.sagemaker\.|^bedrock-(?:agent-)?runtime(?:-fips)?\./i;

const CONNECTION_LINES = { before: 0, after: 2 };
// A unix-domain socket as the peer named on the failure's own line: nginx's proxy in front of the model
// server ("upstream timed out (110: Connection timed out) while reading response header from upstream, …
// upstream: "http://unix:/tmp/gunicorn.sock/ping"", aws/sagemaker-python-sdk#605) waiting on the container's
// own server. A socket on the container's own file system is never the network, like the loopback interface.
const UNIX_SOCKET_PEER = /\bunix:\/{1,3}[\w.]/;
// The kubelet's report of a probe of the container that failed (its health, readiness or start-up check).
const PROBE_FAILED = /\b(?:Readiness|Liveness|Startup) probe failed\b/;

// The exceptions that report a process that exited, not why: the training toolkit's, subprocess's, torchrun's,
// SystemExit, and SageMaker's own classes quoting it. A connection failure the process printed before them
// may well be why (git or the AWS CLI in a VPC without a route, then the toolkit's traceback).
const EXIT_REPORT = new RegExp(`^(?:${[...PROCESS_EXIT_CLASSES, 'AlgorithmError'].join('|')})$`);
// The exit report is the connection's unless a failure of its own is printed between them: an exception's line
// (not a connection's), an out-of-memory error, a segfault, "Killed". The toolkit's and pip's own lines there
// ("ERROR Reporting training FAILURE", "framework error:", "error: subprocess-exited-with-error") are not.
const OWN_FAILURE = new RegExp(
  String.raw`^${EXCEPTION_MODULE_PATH}(${EXCEPTION_CLASS_NAME}(?:Error|Exception))\b|\b(?:Killed|Segmentation fault|core dumped|out of memory|OutOfMemoryError|OOMKilled)\b`,
  'gim',
);
const MAX_BETWEEN = 16_000;

/**
 * Whether a Python traceback after `index` ends the process with an exception that is not a
 * connection's: a line a library logged on the way ("wandb: ERROR Failed to connect to api.wandb.ai …",
 * an experiment tracker retrying in the background) is then an earlier event, and the traceback's own
 * exception (a KeyError in the script) what ended the job. A traceback ending in a connection's exception,
 * or whose exception line itself says the connection failed, is that connection's.
 */
function endsInOtherException(whole: string, index: number): boolean {
  // Within the failure's own section: the log the SDK printed before its exception, kept after a break, is another
  // record (a traceback there that ends in a warning's class is not this connection's, round 166's log-noise check).
  // Only when the failure's section holds a traceback after the connection's words: one without (a reason quoting a log's line)
  // is read with the log's traceback after it, as before (the fifty-ninth review).
  const boundary = whole.indexOf(SECTION_BREAK, index);
  const text = boundary >= 0 && whole.slice(index, boundary).includes(TRACEBACK_HEADER) ? whole.slice(0, boundary) : whole;
  const header = text.indexOf(TRACEBACK_HEADER, index);
  if (header < 0) return false;
  // A chain ("The above exception was the direct cause of the following exception", "During handling of
  // the above exception") is one failure: the connection's, re-raised as another class.
  const between = text.slice(index, header);
  if (between.includes('the above exception') || between.includes('The above exception')) return false;
  const end = tracebackEnd(text, header);
  if (!end) return false;
  if (EXIT_REPORT.test(end.exceptionClass)) return failurePrintedIn(between);
  return !CONNECT_EXCEPTION.test(end.exceptionClass) && !/timeout|connect|network|socket|dns|resolve|unreachable/i.test(end.exceptionLine);
}

/** Whether the lines after a connection's (its own line's rest left out) print a failure of their own. */
function failurePrintedIn(between: string): boolean {
  const lines = between.slice(between.indexOf('\n') + 1, MAX_BETWEEN);
  for (const m of lines.matchAll(OWN_FAILURE)) {
    const name = m[1];
    if (!name || !(CONNECT_EXCEPTION.test(name) || EXIT_REPORT.test(name))) return true;
  }
  return false;
}

/**
 * The first connection failure in words that is the job's, with where it is: not one to the loopback
 * interface ("failed to connect to [localhost]:29500") or to a unix-domain socket named on its line
 * (nginx's upstream, the model server), which are the job's own servers; not one on a warning's line
 * ("[W socket.cpp:601] [c10d] The client socket has failed to connect to [algo-1]:29500", PyTorch's
 * rendezvous retrying while the other host's store starts), which is a retry; not a kubelet's probe of
 * the container ("Readiness probe failed: … request canceled while waiting for connection"), which is
 * the container's own server answering late; not one a traceback after it ends in another exception
 * (endsInOtherException). A real failure may follow any of them. NCCL logs the
 * failure itself at WARN ("NCCL WARN Connect to 10.0.1.5<43210> failed : Connection timed out"), its
 * retries at INFO: its WARN line is read.
 */
// A connection failure on a line that says the client will try again is not the last word (the CloudWatch agent's "imds
// retry client will retry 1 times … should retry true for imds error : RequestError: send request failed", round 147);
// Go's "caused by:" line goes with the line it continues.
// Not a client that gave up ("gave up retrying after 5 attempts", "failed after retrying", the fifty-sixth review).
// Fluentd's buffer says when it tries again ("retry_times=0 next_retry_time=…", the fifty-ninth review).
const WILL_RETRY = /\b(?:will retry|should retry true|next_retry_time)\b|(?<!\b(?:up|after|not|stopped|without)[ \t])\bretrying\b/i;
// The AWS SDK for C++ announces its retry on a line of its own a few lines below the failure ("Request failed, now waiting 0 ms
// before attempting again.", TiFlash's log, round 167): the call went on.
const CPP_SDK_RETRY = /\bRequest failed, now waiting \d{1,7} ms before attempting again\b/;

function willRetry(text: string, at: number, ownLine: string): boolean {
  return WILL_RETRY.test(ownLine) || WILL_RETRY.test(lineContinuedAt(text, at));
}

function connectWords(text: string, lower: string): { words: string; at: number } | undefined {
  const m = matchWhere(lower, CONNECT_GATE, CONNECT_WORDS, text, (found) => {
    const after = found.index + found[0].length;
    const ownLine = lineAt(text, found.index, found[0].length);
    const ownServer = LOOPBACK_TARGET.test(text.slice(after, after + 40)) || (ownLine.includes('unix:') && UNIX_SOCKET_PEER.test(ownLine));
    const retry = (isWarningLineAt(text, found.index) && !ownLine.includes('NCCL WARN')) || willRetry(text, found.index, ownLine) || CPP_SDK_RETRY.test(text.slice(after, after + 1200));
    return !ownServer && !retry && !PROBE_FAILED.test(ownLine) && !endsInOtherException(text, after);
  });
  return m ? { words: m[0], at: m.index } : undefined;
}

// urllib3's MaxRetryError is the class of every retry that ran out, connected or not: when its reason is a
// ResponseError ("Max retries exceeded with url: / (Caused by ResponseError('too many 429 error responses'))") the server
// answered each try with that status, which the status reading says (the ninetieth review), not the connection.
const ANSWERED_EVERY_TRY = /^[^\n]{0,600}?\(Caused by ResponseError\(/;
function answeredEveryTry(text: string, exception: string): boolean {
  const at = text.indexOf(exception);
  return exception.startsWith('MaxRetry') && at >= 0 && ANSWERED_EVERY_TRY.test(text.slice(at, at + 800));
}

// pip's warning that it retries a request to its index ("WARNING: Retrying (Retry(total=4, …)) after connection broken by
// 'ReadTimeoutError(…)': /simple/lightgbm/"), then its word that the install went through ("Successfully installed lightgbm-3.3.5"):
// the retry reached the index, so the connection is not why the job failed (the hundred-and-third review). Without that word
// the retries are the failure's (the index never answered, "Could not find a version that satisfies the requirement").
const PIP_RETRY = 'WARNING: Retrying (Retry(';
// Within the warning's own section: the log the SDK printed before its exception, kept after a break, is another record.
// The word must come after the section's last retry: a later install that ran out of its retries is the failure still (an
// earlier run's "Successfully installed" does not answer it, the hundred-and-fifth review).
function pipRetrySucceeded(text: string, at: number): boolean {
  if (at < 0 || !lineAt(text, at).startsWith(PIP_RETRY)) return false;
  const section = beforeBoundary(text.slice(at));
  return section.includes('\nSuccessfully installed ', Math.max(0, section.lastIndexOf(PIP_RETRY)));
}

// transformers' word that it went on past the hub it could not reach ("Couldn't connect to the Hub: '…'.⏎Will try to load from
// local cache."): what failed before it, the hub's request and its retries, was passed over; only what comes after is read (a
// cache that lacked the files is the hub's failure still; an exception of the code's is not: the ninety-eighth review).
const HUB_FELL_BACK = /^Will try to load from local cache\.?[ \t]*$/m;

/** A connection failure: to a model hub, to an AWS endpoint (the VPC's routing), or to another host. */
export function connectVerdict(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const fellBack = lower.includes('will try to load from local cache') ? HUB_FELL_BACK.exec(text) : null;
  if (fellBack) {
    const rest = text.slice(fellBack.index + fellBack[0].length);
    const restLower = rest.toLowerCase();
    return connectVerdict(readFailureParts(rest, restLower), rest, restLower);
  }
  // Every connection exception named, in the order the text lists them: one that says nothing of the network (a
  // retried call SageMaker Runtime closed) leaves the next to be read (the twenty-ninth review).
  const named = parts.exceptions.filter((e) => CONNECT_EXCEPTION.test(e) && !answeredEveryTry(text, e) && !pipRetrySucceeded(text, text.indexOf(e)));
  const words = named.length > 0 ? undefined : connectWords(text, lower);
  const candidates = named.length > 0 ? named.map((name) => ({ words: name, at: text.indexOf(name) })) : words ? [words] : [];
  const found = candidates[0];
  const hub = hubDownloadFailed(parts, text, lower, found?.words, found?.at ?? -1);
  if (hub !== undefined) return { rule: 'model-hub-download', cause: 'model-download', strength: 73, excerpt: hub };
  for (const candidate of candidates) {
    const verdict = connectionByHost(text, candidate);
    if (verdict) return verdict;
  }
  return undefined;
}

/** One connection failure read by the hosts on its own lines; undefined when those say nothing of the network. */
function connectionByHost(text: string, found: { words: string; at: number }): GrammarVerdict | undefined {
  const connect = found.words;
  // The hosts of this connection: those named on its lines. A host elsewhere in a pasted log (pip's
  // index, a model hub's download that worked) is another request's.
  const lines = found.at < 0 ? text : linesAround(text, found.at, connect.length, CONNECTION_LINES);
  const hosts = hostsIn(lines);
  // A read timeout is a connection made and an answer not given in time: without a host it names, it
  // says nothing of the network ("ReadTimeoutError:Read timeout on endpoint..." of an invocation the
  // model took too long to answer). A connect failure still reads as the network's, host or none.
  if (hosts.length === 0 && READ_TIMEOUT.test(connect)) return undefined;
  // Nor when the host is SageMaker Runtime's: an invocation is answered by the model, so a read timed
  // out there is the model taking longer than the client waits (botocore's 60 s), the connection made
  // (aws/sagemaker-python-sdk#3196). A connect timeout to it is still the network's.
  // So is a connection SageMaker Runtime closed before it answered (botocore's ConnectionClosedError, a broken pipe
  // while the body was still being sent, round 56): the connection was made, and what it carried (a payload over
  // the invocation's limit) or the model's time is why it closed, which the words do not say.
  if ((READ_TIMEOUT.test(connect) || CLOSED_BEFORE_ANSWER.test(connect)) && hosts.length > 0 && hosts.every((h) => MODEL_RUNTIME_HOST.test(h))) return undefined;
  const aws = hosts.some((h) => AWS_HOST.test(h)) || CPP_SDK_NETWORK.test(connect);
  // A server of the job's own on the loopback interface is the code's business, not the network's.
  if (!aws && hosts.some((h) => LOOPBACK.test(h))) return undefined;
  // A connection failure on the pull's own lines, to whatever host (Docker Hub, the layer bucket behind ECR,
  // "net/http: request canceled while waiting for connection"), is why the pull failed.
  if (!hosts.some((h) => REGISTRY_HOST.test(h)) && PULL_WORDS.test(lines)) {
    return { rule: 'connect-during-pull', cause: 'vpc', stage: 'network', strength: REGISTRY_CONNECT, excerpt: connect };
  }
  if (hosts.some((h) => REGISTRY_HOST.test(h))) return { rule: 'connect-registry', cause: 'vpc', stage: 'network', strength: REGISTRY_CONNECT, excerpt: connect };
  return { rule: aws ? 'connect-aws-endpoint' : 'connect-other-host', cause: 'vpc', stage: 'network', strength: aws ? 75 : 45, excerpt: connect };
}

/**
 * An image pull whose connection failed: the network's, since the registry (or the layer store behind it)
 * never answered and nothing about the image is known. It outranks the stage's own words by one.
 */
export function pullConnectVerdict(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const connect = connectVerdict(parts, text, lower);
  return connect?.rule === 'connect-registry' || connect?.rule === 'connect-during-pull' ? connect : undefined;
}
