/**
 * The text layer: what a job's own words (FailureReason, status messages, log lines) say about why
 * it failed, before any policy is evaluated.
 */
export { parseAccessDenied, matchAccessDenied, type AccessDeniedMatch } from './parse-access-denied';
export { readObservations } from './read-observations';
export { causeOfAction, causeOfDenial, causeOfStage, stageOfAction } from './cause-of-denial';
export { policyTypeOfPhrase } from './policy-type';
export { roleNameOfPrincipal } from './principal';
export { resourceScope, textGroupKey } from './text-group-key';
