'use client';

import { useEffect, useState, type RefObject } from 'react';
import { listKeyAction, moveSelection } from './list-keys';

interface Options {
  /** The element holding the table: its body rows are what j / k move through. */
  tableRef: RefObject<HTMLElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Changes when the rows do (another page, filter or sort): the selection starts again. */
  rowsKey: string;
  enabled: boolean;
}

/**
 * j / k / Enter / `/` on the failed-jobs table. Moving the selection moves focus to the row's job
 * link, so a screen reader reads the job as it would on Tab, and Enter follows the link natively;
 * the status line only speaks when there is nothing further to move to.
 */
export function useListKeys({ tableRef, searchRef, rowsKey, enabled }: Options) {
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [seenRows, setSeenRows] = useState(rowsKey);
  if (seenRows !== rowsKey) {
    setSeenRows(rowsKey);
    setSelected(undefined);
    setAnnouncement('');
  }

  useEffect(() => {
    if (!enabled) return;
    const rows = () => [...(tableRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])];
    const rowOf = (node: EventTarget | null) => (node instanceof Node ? rows().findIndex((r) => r.contains(node)) : -1);

    function onKeyDown(e: KeyboardEvent) {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = listKeyAction({ key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, target: target ? { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable } : null });
      if (!action) return;
      if (action === 'search') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      const all = rows();
      if (action === 'open') {
        const link = selected === undefined ? undefined : all[selected]?.querySelector('a');
        if (!link) return;
        e.preventDefault();
        link.click();
        return;
      }
      const step = action === 'next' ? 1 : -1;
      const focused = rowOf(document.activeElement);
      const current = focused >= 0 ? focused : selected;
      const next = moveSelection(current, all.length, step);
      if (next < 0) return;
      e.preventDefault();
      setSelected(next);
      all[next]?.querySelector('a')?.focus();
      setAnnouncement(next === current ? (step === 1 ? 'Last job on this page.' : 'First job on this page.') : '');
    }
    // Tabbing into a row selects it too, so the highlight and Enter follow wherever focus is.
    function onFocusIn(e: FocusEvent) {
      const index = rowOf(e.target);
      if (index >= 0) setSelected(index);
    }
    const table = tableRef.current;
    document.addEventListener('keydown', onKeyDown);
    table?.addEventListener('focusin', onFocusIn);
    // Said on the table once the keys work (after hydration): what tests and tools can wait for.
    if (table) table.dataset.keys = 'ready';
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      table?.removeEventListener('focusin', onFocusIn);
      if (table) delete table.dataset.keys;
    };
  }, [enabled, selected, tableRef, searchRef, rowsKey]);

  /** Escape in the search box: back to the selected row, or out of the box. */
  const leaveSearch = () => {
    const row = selected === undefined ? undefined : tableRef.current?.querySelectorAll('tbody tr')[selected];
    const link = row?.querySelector('a');
    if (link) link.focus();
    else searchRef.current?.blur();
  };

  return { selected, announcement, leaveSearch };
}
