'use client';

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/**
 * When this browser last opened the grouped list of a region (localStorage), read once per page
 * view and then moved to now: groups first seen after it are "new since your last visit". The
 * markers only render with the fetched groups, after hydration, so reading storage here is safe.
 */
export function useLastVisit(region: string): string | undefined {
  const key = `jobtriage.groups.lastVisit.${region}`;
  const [previous] = useState(() => readStorage(key));
  useEffect(() => {
    writeStorage(key, new Date().toISOString());
  }, [key]);
  return previous;
}

const NAME_KEY = 'jobtriage.name';
const NAME_EVENT = 'jobtriage:name';

/** The name this browser uses for "assigned to me" when there is no sign-in (empty on the server). */
export function useLocalName(): [string, (name: string) => void] {
  const subscribe = useCallback((onChange: () => void) => {
    window.addEventListener('storage', onChange);
    window.addEventListener(NAME_EVENT, onChange);
    return () => {
      window.removeEventListener('storage', onChange);
      window.removeEventListener(NAME_EVENT, onChange);
    };
  }, []);
  const name = useSyncExternalStore(subscribe, () => readStorage(NAME_KEY) ?? '', () => '');
  const save = useCallback((value: string) => {
    writeStorage(NAME_KEY, value);
    window.dispatchEvent(new Event(NAME_EVENT));
  }, []);
  return [name, save];
}

function readStorage(key: string): string | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage.getItem(key) ?? undefined);
  } catch {
    return undefined; // storage disabled: no markers, no remembered name
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* storage disabled */
  }
}
