'use client';

import { useState } from 'react';
import { RelativeTime } from '@/components/ui/relative-time';
import type { GroupDetailResponse, GroupEventDto } from '@/lib/dto/groups';

const MAX_NOTE = 10_000;

/** Notes (plain text, never HTML) with a form to add one, and the history of every change. */
export function GroupActivity({ detail, now, busy, onNote }: { detail: GroupDetailResponse; now: number; busy: boolean; onNote: (note: string) => Promise<unknown> }) {
  const [note, setNote] = useState('');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="notes-heading" className="space-y-2" data-testid="group-notes">
        <h2 id="notes-heading" className="text-base font-semibold">Notes</h2>
        {detail.notes.length === 0 ? <p className="text-sm text-slate-600">No notes yet.</p> : null}
        <ul className="space-y-2">
          {detail.notes.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm" data-testid="group-note">
              <p className="whitespace-pre-wrap break-words">{n.body}</p>
              <p className="mt-1 text-xs text-slate-500">
                {n.author} · <RelativeTime iso={n.at} now={now} />
              </p>
            </li>
          ))}
        </ul>
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!note.trim()) return;
            await onNote(note.trim());
            setNote('');
          }}
        >
          <label className="block text-xs font-medium text-slate-600">
            Add a note
            <textarea value={note} maxLength={MAX_NOTE} rows={3} onChange={(e) => setNote(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900" data-testid="note-input" />
          </label>
          <button type="submit" disabled={busy || !note.trim()} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50">
            Add note
          </button>
        </form>
      </section>
      <section aria-labelledby="history-heading" className="space-y-2" data-testid="group-history">
        <h2 id="history-heading" className="text-base font-semibold">History</h2>
        <ol className="space-y-1 text-sm">
          {[...detail.history].reverse().map((e) => (
            <li key={e.id} className="text-slate-700">
              <span className="text-slate-500">
                <RelativeTime iso={e.at} now={now} />
              </span>{' '}
              {describeEvent(e)}
            </li>
          ))}
        </ol>
        {detail.history.length === 0 ? <p className="text-sm text-slate-600">Nothing has changed yet.</p> : null}
      </section>
    </div>
  );
}

function describeEvent(e: GroupEventDto): string {
  switch (e.kind) {
    case 'created':
      return e.detail ? `Opened when ${e.detail} failed` : `Opened by ${e.actor}`;
    case 'status':
      return `${e.actor} changed the status from ${e.from} to ${e.to}`;
    case 'assignee':
      return e.to ? `${e.actor} assigned it to ${e.to}` : `${e.actor} unassigned ${e.from ?? ''}`.trim();
    case 'note':
      return `${e.actor} added a note`;
    case 'regressed':
      return `Regressed: ${e.detail ?? 'a job'} failed after it was resolved`;
  }
}
