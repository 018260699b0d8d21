/**
 * The local AWS endpoint: one node:http server that answers the SDK's real wire protocols, so the
 * app's AWS code path (serialization, pagination, errors, retries) runs as it would against AWS.
 * Dispatch is on the service in the SigV4 credential scope; each service module does the rest.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guessService, readCredentialScope } from './auth';
import { failJob, type FailJobRequest, type FailJobResult } from './control/fail-job';
import { CONTROL_FAIL_JOB, failJobControl } from './control/fail-job-route';
import { AwsError, isAwsError } from './errors';
import type { Faults } from './faults/config';
import { isOutsideAllowOnly } from './faults/allow-only';
import { isDeniedToDashboard } from './faults/denials';
import { adminAccountOf, identifyCaller } from './identity';
import { ErrorInjector } from './faults/error-injector';
import { RateLimiter } from './faults/rate-limiter';
import { parseScenario } from './scenario/load';
import { resolveScenario, type ResolvedScenario } from './scenario/resolved';
import type { ScenarioInput } from './scenario/schema';
import { SERVICES } from './services';
import { createSessions, isTemporaryKey } from './sessions';
import { Queues } from './sqs/queues';
import type { AccountDirectory, CallContext, HttpReply, IncomingRequest, ServiceDef } from './types';

export interface EmulatorOptions {
  scenario: ScenarioInput;
  faults?: Faults;
  /** The clock scenario offsets are resolved against; defaults to the real now. */
  now?: Date;
  /** Default page size of every paginated API: small, so callers always paginate. */
  pageSize?: number;
  /** Refuse every write operation as unknown, as the endpoint did before it had any: an immutable account. */
  readOnly?: boolean;
  /**
   * The SQS queue that receives the account's SageMaker state-change events (created at start):
   * default `jobtriage-events` in us-east-1, fed from every region as one EventBridge rule per region
   * forwarding to one queue would be.
   */
  eventsQueue?: { region?: string; name?: string };
  /**
   * Other accounts the endpoint serves, reached as AWS reaches them: STS AssumeRole into one of their
   * roles (its trust policy decides), then calls with the temporary credentials it returned.
   */
  accounts?: ScenarioInput[];
}

/** Where the events queue is when the options name none. */
export const DEFAULT_EVENTS_QUEUE = { region: 'us-east-1', name: 'jobtriage-events' } as const;

export interface Emulator {
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  /** The account as it is now: the scenario, plus whatever writes were applied since the last reset. */
  readonly scenario: ResolvedScenario;
  /** The other accounts (options.accounts), as they are now. */
  readonly others: readonly ResolvedScenario[];
  /**
   * Forgets every write: the account is the scenario as written again (a restart does the same), except
   * that managed-policy version ids keep counting up, as AWS never reuses one.
   */
  reset(): void;
  /** Fails a new job now and puts its state-change events on the events queue (also `POST /_emulator/fail-job`). */
  failJob(request?: FailJobRequest): FailJobResult;
  /** The endpoint's SQS queues. */
  readonly queues: Queues;
  /** The events queue's URL as this endpoint serves it (after listen). */
  readonly eventsQueueUrl: string;
}

export function createEmulator(options: EmulatorOptions): Emulator {
  const now = options.now ?? new Date();
  // A deep copy per load: writes change the loaded account in place, never the caller's scenario object.
  const loadOne = (input: ScenarioInput, what: string) => resolveScenario(parseScenario(structuredClone(input), what), now);
  const load = () => loadOne(options.scenario, 'passed to createEmulator');
  const loadOthers = () => (options.accounts ?? []).map((input, i) => loadOne(input, `accounts[${i}] passed to createEmulator`));
  const queues = new Queues();
  const eventsQueue = { ...DEFAULT_EVENTS_QUEUE, ...options.eventsQueue };
  const state: EmulatorState = { scenario: load(), others: loadOthers(), queues, failTurn: 0, host: '127.0.0.1' };
  const ids = [state.scenario, ...state.others].map((s) => s.accountId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`The local AWS endpoint was given account ${repeated} twice: each scenario must be a different account.`);
  queues.create(eventsQueue.region, state.scenario.accountId, eventsQueue.name);
  // The emulator's clock runs on from the scenario's "now" at the real pace, so a job failed now sorts after the scenario's.
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const fail = (request: FailJobRequest = {}): FailJobResult => {
    const result = failJob({ scenario: state.scenario, queues, eventsQueue, now: clock(), host: state.host, turn: state.failTurn }, request);
    if (result.ok && !request.like) state.failTurn += 1;
    return result;
  };
  const dispatch = createDispatcher(state, options, now, fail);
  const server = createServer((req, res) => {
    void readBody(req)
      .then((body) => dispatch(toIncoming(req, body)))
      .then((reply) => send(res, reply))
      .catch((error: unknown) => send(res, plainReply(500, { message: String(error) })))
      // Even the fallback answer can fail (headers already sent): drop the connection, never the server.
      .catch(() => res.destroy());
  });
  return {
    get scenario() {
      return state.scenario;
    },
    queues,
    failJob: fail,
    get eventsQueueUrl() {
      return `http://${state.host}/${state.scenario.accountId}/${eventsQueue.name}`;
    },
    get others() {
      return state.others;
    },
    reset() {
      const issued = new Map(state.scenario.managedPolicies.map((p) => [p.arn, p.lastIssuedVersion]));
      state.scenario = load();
      state.others = loadOthers();
      // AWS never reuses a policy version id; clients cache versions by id (the dashboard does).
      for (const policy of state.scenario.managedPolicies) policy.lastIssuedVersion = Math.max(policy.lastIssuedVersion, issued.get(policy.arn) ?? 0);
    },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          state.host = `${host}:${address.port}`;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    close() {
      // Long polls answer now instead of holding their connections open for up to 20 s.
      queues.close();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

interface EmulatorState {
  scenario: ResolvedScenario;
  others: ResolvedScenario[];
  queues: Queues;
  /** Which scenario job the next default fail-job repeats. */
  failTurn: number;
  /** host:port the endpoint listens on: queue URLs name it. */
  host: string;
}

function createDispatcher(state: EmulatorState, options: EmulatorOptions, now: Date, fail: (request: FailJobRequest) => FailJobResult) {
  const faults = options.faults ?? {};
  const sessions = createSessions();
  const accounts: AccountDirectory = {
    find: (accountId) => [state.scenario, ...state.others].find((s) => s.accountId === accountId),
    sessions,
  };
  const pageSize = options.pageSize ?? 10;
  const limiter = new RateLimiter(faults.rateLimits ?? {}, faults.clock ?? (() => performance.now()));
  const injector = new ErrorInjector(faults.errorRate ?? 0, faults.errorEvery, faults.seed ?? 1);

  return async function dispatch(req: RawRequest): Promise<HttpReply> {
    if (req.method === 'GET' && req.path === '/health') {
      const home = state.scenario;
      return plainReply(200, { status: 'ok', scenario: home.name, accountId: home.accountId, accounts: [home, ...state.others].map((s) => s.accountId) });
    }
    if (req.path === CONTROL_FAIL_JOB) return failJobControl(req.method, req.body ?? '', fail);
    const requestId = randomUUID();
    const scope = readCredentialScope(req.headers.authorization);
    const serviceName = scope.kind === 'ok' ? scope.service : guessService(req.headers, req.body ?? '');
    // Own keys only: a scope naming "constructor" must not find Object.prototype's.
    const service: ServiceDef | undefined = Object.hasOwn(SERVICES, serviceName) ? SERVICES[serviceName] : undefined;
    if (!service) return plainReply(400, { message: `The local AWS endpoint does not emulate "${serviceName}".` });
    const ids = { requestId };
    if (scope.kind !== 'ok') {
      const error = scope.kind === 'missing' ? service.errors.missingAuth() : service.errors.incompleteSignature();
      return service.protocol.writeError(error, ids);
    }
    // Temporary credentials act as their role session in its account; any other key, as before.
    const session = isTemporaryKey(scope.accessKeyId) ? sessions.find(scope.accessKeyId) : undefined;
    if (isTemporaryKey(scope.accessKeyId)) {
      if (!session) return service.protocol.writeError(invalidToken(), ids);
      if (session.expiration.getTime() <= Date.now()) return service.protocol.writeError(new AwsError('ExpiredToken', 'The security token included in the request is expired', 403), ids);
    }
    // An administrator's key acts in its own account; a key for an account not served here is unknown to AWS.
    const adminOf = session ? undefined : adminAccountOf(scope.accessKeyId);
    const keyAccount = adminOf && adminOf !== 'home' ? accounts.find(adminOf) : undefined;
    if (adminOf && adminOf !== 'home' && !keyAccount) return service.protocol.writeError(invalidToken(), ids);
    const scenario = session ? (accounts.find(session.accountId) ?? state.scenario) : (keyAccount ?? state.scenario);
    const caller = session ? { admin: false, principalArn: session.principalArn } : identifyCaller(scope.accessKeyId, scenario, scope.region);
    const ctx: CallContext = {
      region: scope.region,
      accountId: scenario.accountId,
      requestId,
      now,
      scenario,
      principalArn: caller.principalArn,
      pageSize,
      queues: state.queues,
      host: req.headers.host ?? state.host,
      accounts,
    };
    try {
      if (req.body === undefined) throw tooLarge();
      const { operation, input } = service.protocol.readRequest({ ...req, body: req.body, path: decodePath(req.path) });
      const found = Object.hasOwn(service.operations, operation) ? service.operations[operation] : undefined;
      // A read-only endpoint answers a write as the read-only endpoint always did: an unknown operation.
      const op = found?.write && options.readOnly ? undefined : found;
      if (!op) throw service.errors.unknownOperation(operation);
      if (faults.latencyMs) await (faults.delay ?? sleep)(faults.latencyMs);
      if (!limiter.take(`${serviceName}:${operation}`)) throw service.errors.throttling();
      if (injector.shouldFail()) throw service.errors.internal();
      // The dashboard's identity may only read (and not even all of that); the admin may do anything.
      if (!caller.admin && (op.action || op.write)) {
        const action = op.action ?? `${service.signingName}:${operation}`;
        const resource = op.resource?.(ctx, input) ?? '*';
        if (op.write || isDeniedToDashboard(scenario, faults.deny ?? [], action, resource) || isOutsideAllowOnly(faults.allowOnly, action)) {
          throw service.errors.accessDenied(caller.principalArn, action, resource);
        }
      }
      // Awaited: a long poll (SQS ReceiveMessage) answers when a message arrives or its wait ends.
      return service.protocol.writeResult(operation, await op.handle(ctx, input), ids);
    } catch (error) {
      if (isAwsError(error)) return service.protocol.writeError(error, ids);
      console.error('[emulator] handler crashed:', error);
      return service.protocol.writeError(service.errors.internal(), ids);
    }
  };
}

function invalidToken(): AwsError {
  return new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

/** A request as read off the socket: path still encoded, body undefined when over MAX_BODY_BYTES. */
type RawRequest = Omit<IncomingRequest, 'body'> & { body: string | undefined };

function toIncoming(req: IncomingMessage, body: string | undefined): RawRequest {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(',') : value;
  // The path stays encoded until a service's protocol reads it, so a bad escape is its error to answer.
  return { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers, body };
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
  }
}

/** Bodies the emulator will read: far above any request the dashboard makes, far below memory trouble. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

function tooLarge(): AwsError {
  // The emulator's own limit, not an AWS wording: AWS's limits and their messages differ per API.
  return new AwsError('RequestEntityTooLarge', `The local AWS endpoint reads request bodies up to ${MAX_BODY_BYTES} bytes.`, 413);
}

/** The body as text, or undefined once it passes MAX_BODY_BYTES (the rest is drained, not kept). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: HttpReply): void {
  res.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
  res.end(reply.body);
}

function plainReply(status: number, body: unknown): HttpReply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { AwsError, CONTROL_FAIL_JOB };
