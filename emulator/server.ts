/**
 * The local AWS endpoint: one node:http server that answers the SDK's real wire protocols, so the
 * app's AWS code path (serialization, pagination, errors, retries) runs as it would against AWS.
 * Dispatch is on the service in the SigV4 credential scope; each service module does the rest.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guessService, readCredentialScope } from './auth';
import { AwsError, isAwsError } from './errors';
import type { Faults } from './faults/config';
import { isDeniedToDashboard } from './faults/denials';
import { ErrorInjector } from './faults/error-injector';
import { RateLimiter } from './faults/rate-limiter';
import { parseScenario } from './scenario/load';
import { resolveScenario, type ResolvedScenario } from './scenario/resolved';
import type { ScenarioInput } from './scenario/schema';
import { SERVICES } from './services';
import type { CallContext, HttpReply, IncomingRequest, ServiceDef } from './types';

export interface EmulatorOptions {
  scenario: ScenarioInput;
  faults?: Faults;
  /** The clock scenario offsets are resolved against; defaults to the real now. */
  now?: Date;
  /** Default page size of every paginated API: small, so callers always paginate. */
  pageSize?: number;
}

export interface Emulator {
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  readonly scenario: ResolvedScenario;
}

export function createEmulator(options: EmulatorOptions): Emulator {
  const now = options.now ?? new Date();
  const scenario = resolveScenario(parseScenario(options.scenario, 'passed to createEmulator'), now);
  const dispatch = createDispatcher(scenario, options.faults ?? {}, now, options.pageSize ?? 10);
  const server = createServer((req, res) => {
    void readBody(req)
      .then((body) => dispatch(toIncoming(req, body)))
      .then((reply) => send(res, reply))
      .catch((error: unknown) => send(res, plainReply(500, { message: String(error) })));
  });
  return {
    scenario,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function createDispatcher(scenario: ResolvedScenario, faults: Faults, now: Date, pageSize: number) {
  const limiter = new RateLimiter(faults.rateLimits ?? {}, faults.clock ?? (() => performance.now()));
  const injector = new ErrorInjector(faults.errorRate ?? 0, faults.errorEvery, faults.seed ?? 1);
  const principalArn =
    scenario.dashboard.principalArn ?? `arn:aws:sts::${scenario.accountId}:assumed-role/JobtriageReadOnly/dashboard`;

  return async function dispatch(req: IncomingRequest): Promise<HttpReply> {
    if (req.method === 'GET' && req.path === '/health') {
      return plainReply(200, { status: 'ok', scenario: scenario.name, accountId: scenario.accountId });
    }
    const requestId = randomUUID();
    const scope = readCredentialScope(req.headers.authorization);
    const serviceName = scope.kind === 'ok' ? scope.service : guessService(req.headers, req.body);
    const service: ServiceDef | undefined = SERVICES[serviceName];
    if (!service) return plainReply(400, { message: `The local AWS endpoint does not emulate "${serviceName}".` });
    const ids = { requestId };
    if (scope.kind !== 'ok') {
      const error = scope.kind === 'missing' ? service.errors.missingAuth() : service.errors.incompleteSignature();
      return service.protocol.writeError(error, ids);
    }
    const ctx: CallContext = { region: scope.region, accountId: scenario.accountId, requestId, now, scenario, principalArn, pageSize };
    try {
      const { operation, input } = service.protocol.readRequest(req);
      const op = service.operations[operation];
      if (!op) throw service.errors.unknownOperation(operation);
      if (faults.latencyMs) await (faults.delay ?? sleep)(faults.latencyMs);
      if (!limiter.take(`${serviceName}:${operation}`)) throw service.errors.throttling();
      if (injector.shouldFail()) throw service.errors.internal();
      if (op.action) {
        const resource = op.resource?.(ctx, input) ?? '*';
        if (isDeniedToDashboard(scenario, faults.deny ?? [], op.action, resource)) {
          throw service.errors.accessDenied(principalArn, op.action, resource);
        }
      }
      return service.protocol.writeResult(operation, op.handle(ctx, input), ids);
    } catch (error) {
      if (isAwsError(error)) return service.protocol.writeError(error, ids);
      console.error('[emulator] handler crashed:', error);
      return service.protocol.writeError(service.errors.internal(), ids);
    }
  };
}

function toIncoming(req: IncomingMessage, body: string): IncomingRequest {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(',') : value;
  return { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, headers, body };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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

export { AwsError };
