import {
  getDenialReasons,
  getGrantReasons,
  runSimulation,
  type RequestDenial,
  type RequestGrant,
  type Simulation,
} from '@cloud-copilot/iam-simulate';
import type { PlannedRequest } from '../requests/planned-request';
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

function buildSimulation(req: PlannedRequest, inputs: PolicyInputs): Simulation {
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
    resourcePolicy: inputs.resource?.document,
    vpcEndpointPolicies: inputs.endpoint ? [{ name: inputs.endpoint.id, policy: inputs.endpoint.document }] : undefined,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
}

function errorsToMissing(errors: Record<string, unknown> | undefined, slot: MissingPiece['slot'], label: string): MissingPiece[] {
  return Object.keys(errors ?? {}).map((name) => ({ slot, what: `${label} ${name}`, because: 'its document is not a valid policy' }));
}

/** Run one request through the simulator; invalid policies are dropped once and reported, never fatal. */
export async function simulateRequest(req: PlannedRequest, inputs: PolicyInputs): Promise<SimulationVerdict> {
  let current = inputs;
  let invalid: MissingPiece[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const run = await runSimulation(buildSimulation(req, current), {});
    if (run.resultType === 'error') {
      const e = run.errors;
      const found = [
        ...errorsToMissing(e.identityPolicyErrors, 'identity', 'identity policy'),
        ...errorsToMissing(e.permissionBoundaryErrors, 'boundary', 'permissions boundary'),
        ...errorsToMissing(e.vpcEndpointErrors, 'vpce', 'VPC endpoint policy'),
        ...(e.resourcePolicyErrors?.length ? [{ slot: 'resource' as const, what: current.resource?.name ?? 'the resource policy', because: 'its document is not a valid policy' }] : []),
      ];
      if (attempt === 1 || found.length === 0) return { kind: 'error', message: e.message };
      invalid = found;
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
      denials: analysis.result === 'Allowed' ? [] : getDenialReasons(analysis),
      grants: analysis.result === 'Allowed' ? getGrantReasons(analysis) : [],
      sameAccount: analysis.sameAccount,
      invalid,
    };
  }
  return { kind: 'error', message: 'simulation did not settle' };
}
