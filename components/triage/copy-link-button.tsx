'use client';

import { CopyButton } from '@/components/ui/copy-button';
import { useLocationHref } from '@/components/ui/use-location-hash';

/** Copies the page's own address (with a `#check-...` anchor when one is open): the link alone reproduces the page. */
export function CopyLinkButton({ path }: { path: string }) {
  const href = useLocationHref(path);
  return <CopyButton text={href} label="Copy link" size="md" />;
}
