/** Failure groups: which proven failures are one problem, and one fix for all of them. Pure. */
export { buildGroups, TREND_DAYS, type FailureGroupFacts } from './build-groups';
export { failureSignature, signatureText } from './failure-signature';
export { buildGroupFix, unionOfFixes, type GroupFix, type GroupFixItem, type ProvenJob } from './group-fix';
export { GROUP_ID_PATTERN, groupIdOf } from './group-id';
export { groupIdentityOf, resourceOfScope, type GroupIdentity, type GroupMember } from './group-identity';
export { GROUP_STATUSES, isRegression, SETTABLE_STATUSES, type GroupStatus } from './group-status';
