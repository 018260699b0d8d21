import type { EvidenceBundle } from '../evidence';
import type { PlannedRequest } from '../requests/planned-request';
import { CRYPTOGRAPHIC } from '../requests/request-context';

/**
 * The states in which KMS refuses the job's requests whatever the policies say (KMS Developer Guide, "Key states of AWS
 * KMS keys", the key state table): a disabled key (DisabledException), one pending deletion or waiting for its imported
 * key material (KMSInvalidStateException) refuses its cryptographic operations and CreateGrant; a key in a disconnected
 * custom key store (Unavailable) refuses cryptographic operations and still takes grants. The transient multi-Region
 * states are left to the policies.
 */
const REFUSES: Record<string, { words: string; exception: string; grants: boolean }> = {
  Disabled: { words: 'disabled', exception: 'DisabledException', grants: true },
  PendingDeletion: { words: 'scheduled for deletion', exception: 'KMSInvalidStateException', grants: true },
  PendingImport: { words: 'waiting for its key material to be imported', exception: 'KMSInvalidStateException', grants: true },
  Unavailable: { words: 'unavailable (its custom key store is disconnected)', exception: 'KMSInvalidStateException', grants: false },
};

/** The key's state when KMS refuses this request in it, as DescribeKey read it; undefined when it does not (or unread). */
export function refusingKeyState(bundle: EvidenceBundle, req: PlannedRequest): string | undefined {
  if (req.target.kind !== 'kms') return undefined;
  const metadata = bundle.keys[req.target.keyRef]?.metadata;
  const state = metadata?.ok ? metadata.value.keyState : undefined;
  const refuses = state ? REFUSES[state] : undefined;
  if (!state || !refuses) return undefined;
  const action = req.request.action;
  return CRYPTOGRAPHIC.test(action) || (refuses.grants && /^kms:CreateGrant$/i.test(action)) ? state : undefined;
}

/** "the key is disabled (KeyState Disabled): KMS refuses kms:Decrypt with it whatever the policies say (DisabledException)". */
export function keyStateReason(state: string, action: string): string {
  const refuses = REFUSES[state];
  return `the key is ${refuses?.words ?? state} (KeyState ${state}): KMS refuses ${action} with it whatever the policies say (${refuses?.exception ?? 'KMSInvalidStateException'})`;
}
