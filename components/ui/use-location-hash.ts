'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The URL's `#...` without the sign, following in-page links and history; empty on the server. */
export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => decodeURIComponent(window.location.hash.slice(1)),
    () => '',
  );
}

/** The page's full address, following hash changes; `fallback` on the server. */
export function useLocationHref(fallback: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => fallback,
  );
}
