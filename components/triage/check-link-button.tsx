'use client';

import { CopyButton } from '@/components/ui/copy-button';
import { useLocationHref } from '@/components/ui/use-location-hash';

/** Copies the page's address with this check's anchor: the teammate who opens it lands on the check, opened and highlighted. */
export function CheckLinkButton({ anchor, title }: { anchor: string; title: string }) {
  // On the server there is no address yet; the button only reads it when clicked, in the browser.
  const href = useLocationHref('');
  const base = href.split('#')[0] ?? '';
  return <CopyButton text={`${base}#${anchor}`} label="Copy link" srLabel={`to the check “${title}”`} />;
}
