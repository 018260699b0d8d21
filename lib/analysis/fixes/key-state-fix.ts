import { regionOfArn } from '../arns';
import type { EvidenceBundle } from '../evidence';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import type { FixPlan } from './fix-plan';
import { command } from './shell';

/**
 * A key KMS will not use for the job, made usable again: a disabled key enabled (`enable-key`); one pending deletion
 * first taken off the schedule, which leaves it disabled, then enabled (KMS Developer Guide, "Deleting AWS KMS keys":
 * cancelling a deletion leaves the key Disabled). A key waiting for imported key material or in a disconnected custom key
 * store has no one-command way back; its check says what state it is in.
 */
export function keyStateFix(bundle: EvidenceBundle, checks: EvaluatedCheck[]): FixPlan | undefined {
  const first = checks[0];
  const t = first?.planned.target;
  if (!t || t.kind !== 'kms') return undefined;
  const metadata = bundle.keys[t.keyRef]?.metadata;
  const state = metadata?.ok ? metadata.value.keyState : undefined;
  const accountId = metadata?.ok ? metadata.value.accountId : undefined;
  const key = ['--region', regionOfArn(t.keyArn) ?? bundle.region, '--key-id', t.keyArn];
  const enable = command(['aws', 'kms', 'enable-key', ...key]);
  const base = { key: `key-state:${t.keyRef}`, target: 'other' as const, accountId, crossAccount: accountId !== undefined && accountId !== bundle.accountId, checkIds: checks.map((c) => c.check.id), changes: [{ kind: 'key-state' as const, keyRef: t.keyRef }], firstStep: true };
  if (state === 'Disabled') {
    return { ...base, title: `Enable key ${t.keyArn}`, cli: enable, notes: ['Someone disabled the key on purpose, perhaps: ask its administrators before enabling it.'] };
  }
  if (state === 'PendingDeletion') {
    return {
      ...base,
      title: `Cancel the scheduled deletion of key ${t.keyArn} and enable it`,
      cli: `${command(['aws', 'kms', 'cancel-key-deletion', ...key])} && ${enable}`,
      notes: ['Cancelling the deletion leaves the key disabled, so the command enables it too. Once the waiting period ends the key and everything encrypted under it is gone for good.'],
    };
  }
  return undefined;
}
