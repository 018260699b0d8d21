import {
  getDenialReasons,
  getGrantReasons,
  runSimulation,
  type RequestDenial,
  type RequestGrant,
  type Simulation,
} from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import { normaliseNotPrincipal, type Caller } from './not-principal';
import type { MissingPiece, PolicyInputs } from './policy-inputs';

export type SimulationVerdict =
  | {
      kind: 'result';
      result: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';
      denials: RequestDenial[];
      grants: RequestGrant[];
      sameAccount: boolean;
      /** Policies the simulator rejected as invalid: they were left out, and are missing evidence now. */
      invalid: MissingPiece[];
    }
  | { kind: 'error'; message: string };

/** Used when the resource is in "another account" but which one is unknown (S3 answers 405 without naming it). */
const UNKNOWN_OTHER_ACCOUNT = '000000000000';

function callerOf(req: PlannedRequest, inputs: PolicyInputs): Caller {
  const principalArn = req.request.context?.['aws:PrincipalArn'];
  const roleArn = typeof principalArn === 'string' && /:role\//.test(principalArn) ? principalArn : undefined;
  return { principal: req.request.principal, roleArn, hasBoundary: inputs.boundary !== undefined };
}

function buildSimulation(req: PlannedRequest, inputs: PolicyInputs): Simulation {
  // NotPrincipal denies are rewritten for this caller: the simulator reads them more loosely than AWS.
  const caller = callerOf(req, inputs);
  return {
    request: {
      principal: req.request.principal,
      action: req.request.action,
      resource: { resource: req.simulatedResource, accountId: req.resourceAccountId ?? UNKNOWN_OTHER_ACCOUNT },
      contextVariables: { ...(req.request.context ?? {}) },
    },
    identityPolicies: inputs.identity.map((p) => ({ name: p.name, policy: p.document.ok ? p.document.value : {} })),
    permissionBoundaryPolicies: inputs.boundary?.document.ok
      ? [{ name: inputs.boundary.name, policy: inputs.boundary.document.value }]
      : undefined,
    resourcePolicy: inputs.resource ? normaliseNotPrincipal(inputs.resource.document, caller) : undefined,
    vpcEndpointPolicies: inputs.endpoint ? [{ name: inputs.endpoint.id, policy: normaliseNotPrincipal(inputs.endpoint.document, caller) }] : undefined,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
}

function errorsToMissing(errors: Record<string, unknown> | undefined, slot: MissingPiece['slot'], label: string): MissingPiece[] {
  return Object.keys(errors ?? {}).map((name) => ({ slot, what: `${label} ${name}`, because: 'its document is not a valid policy' }));
}

/**
 * The simulator's validator throws (instead of reporting) on a `null` Statement or a statement that
 * is not an object, so such documents are screened out first, as the invalid pieces they are.
 */
function isSimulatable(document: PolicyDocument | undefined): boolean {
  if (document === undefined) return true;
  const s: unknown = document.Statement;
  const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return Array.isArray(s) ? s.every(isObject) : s !== null;
}

function screenInputs(inputs: PolicyInputs): { current: PolicyInputs; invalid: MissingPiece[] } {
  const invalid: MissingPiece[] = [];
  const because = 'its document is not a valid policy';
  const identity = inputs.identity.filter((p) => {
    const ok = isSimulatable(p.document.ok ? p.document.value : undefined);
    if (!ok) invalid.push({ slot: 'identity', what: `identity policy ${p.name}`, because });
    return ok;
  });
  const keep = <T extends { document: PolicyDocument }>(x: T | undefined, slot: MissingPiece['slot'], what: (x: T) => string): T | undefined => {
    if (!x || isSimulatable(x.document)) return x;
    invalid.push({ slot, what: what(x), because });
    return undefined;
  };
  const boundaryOk = !inputs.boundary || isSimulatable(inputs.boundary.document.ok ? inputs.boundary.document.value : undefined);
  if (!boundaryOk && inputs.boundary) invalid.push({ slot: 'boundary', what: `permissions boundary ${inputs.boundary.name}`, because });
  const current: PolicyInputs = {
    ...inputs,
    identity,
    boundary: boundaryOk ? inputs.boundary : undefined,
    resource: keep(inputs.resource, 'resource', (r) => r.name),
    endpoint: keep(inputs.endpoint, 'vpce', (e) => `VPC endpoint policy ${e.id}`),
  };
  return { current, invalid };
}

type Analysis = Parameters<typeof getDenialReasons>[0];
interface DenyStatementAnalysis {
  policyId?: string;
  statement: { sid(): string | undefined; index(): number };
}

/**
 * The simulator's getDenialReasons (0.1.173) lists a resource policy's deny statements only when
 * that policy's own result is `ExplicitlyDenied`; a deny whose Principal is the account
 * (`"AWS": "arn:aws:iam::111122223333:root"`) gives `DeniedForAccount` and an overall explicit deny
 * with no statement named, which would leave the verdict to a policy that allowed. Those statements
 * are named here, as the library names the others.
 */
function accountLevelDenials(analysis: Analysis): RequestDenial[] {
  // Only a resource policy: the simulator reads an endpoint policy's principals as an identity policy's and rejects any
  // Principal there but "*", so an endpoint never gives this result.
  const a = analysis.resourceAnalysis as { result?: string; denyStatements?: DenyStatementAnalysis[] } | undefined;
  if (a?.result !== 'DeniedForAccount') return [];
  return (a.denyStatements ?? []).map((stmt) => {
    const sid = stmt.statement.sid();
    return { policyType: 'resource', denialType: 'Explicit', policyIdentifier: stmt.policyId ?? '', ...(sid ? { statementId: sid } : {}), statementIndex: stmt.statement.index() } as RequestDenial;
  });
}

function denialsOf(analysis: Analysis): RequestDenial[] {
  const denials = getDenialReasons(analysis);
  if (analysis.result !== 'ExplicitlyDenied' || denials.some((d) => d.denialType === 'Explicit')) return denials;
  return [...accountLevelDenials(analysis), ...denials];
}

/** Run one request through the simulator; invalid policies are dropped once and reported, never fatal. */
export async function simulateRequest(req: PlannedRequest, inputs: PolicyInputs): Promise<SimulationVerdict> {
  let { current, invalid } = screenInputs(inputs);
  for (let attempt = 0; attempt < 2; attempt++) {
    let run: Awaited<ReturnType<typeof runSimulation>>;
    try {
      run = await runSimulation(buildSimulation(req, current), {});
    } catch (error) {
      // A document shape the screen above did not foresee: this check is unknown, the rest still run.
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (run.resultType === 'error') {
      const e = run.errors;
      const found = [
        ...errorsToMissing(e.identityPolicyErrors, 'identity', 'identity policy'),
        ...errorsToMissing(e.permissionBoundaryErrors, 'boundary', 'permissions boundary'),
        ...errorsToMissing(e.vpcEndpointErrors, 'vpce', 'VPC endpoint policy'),
        ...(e.resourcePolicyErrors?.length ? [{ slot: 'resource' as const, what: current.resource?.name ?? 'the resource policy', because: 'its document is not a valid policy' }] : []),
      ];
      if (attempt === 1 || found.length === 0) return { kind: 'error', message: e.message };
      invalid = [...invalid, ...found];
      current = {
        ...current,
        identity: current.identity.filter((p) => !(p.name in (e.identityPolicyErrors ?? {}))),
        boundary: e.permissionBoundaryErrors ? undefined : current.boundary,
        endpoint: e.vpcEndpointErrors ? undefined : current.endpoint,
        resource: e.resourcePolicyErrors?.length ? undefined : current.resource,
      };
      continue;
    }
    const single = run.resultType === 'single' ? run.result : run.results[0];
    if (!single) return { kind: 'result', result: run.overallResult, denials: [], grants: [], sameAccount: true, invalid };
    const analysis = single.analysis;
    return {
      kind: 'result',
      result: analysis.result,
      denials: analysis.result === 'Allowed' ? [] : denialsOf(analysis),
      grants: analysis.result === 'Allowed' ? getGrantReasons(analysis) : [],
      sameAccount: analysis.sameAccount,
      invalid,
    };
  }
  return { kind: 'error', message: 'simulation did not settle' };
}
