/**
 * The seams of the emulator: a request as the server saw it, a reply a protocol writes, and the
 * definition a service module exports. Adding a service is one module that exports a ServiceDef.
 */
import type { AwsError } from './errors';
import type { ResolvedScenario } from './scenario/resolved';
import type { Queues } from './sqs/queues';
import type { Sessions } from './sessions';

export interface IncomingRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a handler knows about the call: who, where, when. */
export interface CallContext {
  region: string;
  accountId: string;
  requestId: string;
  now: Date;
  scenario: ResolvedScenario;
  /** The caller's principal: the dashboard's read-only session, or the demo admin's (see identity.ts). */
  principalArn: string;
  pageSize: number;
  /** The endpoint's SQS queues (they outlive a reset of the account, as a queue outlives a policy change). */
  queues: Queues;
  /** The request's Host header: SQS queue URLs point back at the endpoint that was asked. */
  host: string;
  /** Every account the endpoint serves and the sessions it issued (STS AssumeRole reads them). */
  accounts?: AccountDirectory;
}

/** The accounts one endpoint serves: the home account (the scenario) and the others reached by AssumeRole. */
export interface AccountDirectory {
  find(accountId: string): ResolvedScenario | undefined;
  sessions: Sessions;
}

export type Params = Record<string, unknown>;

export interface Operation {
  /** The IAM action the dashboard needs; omit for calls that need no permission (sts:GetCallerIdentity). */
  action?: string;
  /** The resource ARN the action is authorised on, for denials and their message. */
  resource?: (ctx: CallContext, input: Params) => string;
  handle: (ctx: CallContext, input: Params) => unknown;
  /** Changes the account: refused to the dashboard's identity, allowed to the demo admin, unknown under --read-only. */
  write?: boolean;
}

export interface Protocol {
  /** Which operation is called and with what input; an AwsError when the request is malformed. */
  readRequest: (req: IncomingRequest) => { operation: string; input: Params };
  writeResult: (operation: string, output: unknown, ctx: { requestId: string }) => HttpReply;
  writeError: (error: AwsError, ctx: { requestId: string }) => HttpReply;
}

/** The errors a service answers with when a fault is injected, in its own words. */
export interface FaultErrors {
  throttling: () => AwsError;
  internal: () => AwsError;
  accessDenied: (principalArn: string, action: string, resource: string) => AwsError;
  missingAuth: () => AwsError;
  incompleteSignature: () => AwsError;
  unknownOperation: (operation: string) => AwsError;
}

export interface ServiceDef {
  /** The service name in the SigV4 credential scope. */
  signingName: string;
  protocol: Protocol;
  errors: FaultErrors;
  operations: Record<string, Operation>;
}
