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
    () => readHash(window.location.hash),
    () => '',
  );
}

/**
 * `#check-a%20b` → `check-a b`. A hand-edited or truncated link can carry a malformed escape
 * (`#check-%E0`); decodeURIComponent throws on it, which would take the whole page down, so such
 * a hash is used as typed.
 */
export function readHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The page's full address, following hash changes; `fallback` on the server. */
export function useLocationHref(fallback: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => fallback,
  );
}
