'use client';

import { useState } from 'react';
import type { GroupStatus } from '@/lib/analysis/groups/group-status';
import type { GroupDetailResponse } from '@/lib/dto/groups';
import { useLocalName } from './use-last-visit';

const ACTIONS: { status: Exclude<GroupStatus, 'regressed'>; label: string }[] = [
  { status: 'open', label: 'Reopen' },
  { status: 'resolved', label: 'Mark resolved' },
  { status: 'ignored', label: 'Ignore' },
];

const BUTTON = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';

interface Props {
  detail: GroupDetailResponse;
  busy: boolean;
  onChange: (patch: { status?: Exclude<GroupStatus, 'regressed'>; assignee?: string | null }) => void;
}

/** Status and assignee: signed in, "assign to me" is one click; without sign-in a name is typed once and remembered. */
export function GroupControls({ detail, busy, onChange }: Props) {
  const { group } = detail;
  const [localName, saveName] = useLocalName();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const name = draft ?? localName;
  const signedIn = detail.authMode !== 'none';
  return (
    <div className="flex flex-wrap items-end gap-4" data-testid="group-controls">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Status">
        {ACTIONS.filter((a) => a.status !== group.status && !(a.status === 'open' && group.status === 'regressed')).map((a) => (
          <button key={a.status} type="button" disabled={busy} onClick={() => onChange({ status: a.status })} className={BUTTON} data-testid={`set-status-${a.status}`}>
            {a.label}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        {signedIn ? (
          <button type="button" disabled={busy} onClick={() => onChange({ assignee: 'me' })} className={BUTTON}>
            Assign to me
          </button>
        ) : (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              saveName(name.trim());
              onChange({ assignee: name.trim() });
            }}
          >
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              Your name (no sign-in)
              <input value={name} maxLength={200} onChange={(e) => setDraft(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900" data-testid="assignee-input" />
            </label>
            <button type="submit" disabled={busy || !name.trim()} className={BUTTON}>
              Assign to me
            </button>
          </form>
        )}
        {group.assignee ? (
          <button type="button" disabled={busy} onClick={() => onChange({ assignee: null })} className={BUTTON}>
            Unassign
          </button>
        ) : null}
      </div>
    </div>
  );
}
