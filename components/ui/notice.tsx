import type { ReactNode } from 'react';

const TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-950',
} as const;

/** A banner with a heading: page-level news (errors, partial results) that must not be missed. */
export function Notice({ tone, title, children, action, testId }: { tone: keyof typeof TONES; title: string; children?: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <section role={tone === 'error' ? 'alert' : 'status'} data-testid={testId} className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border px-4 py-3 text-sm ${TONES[tone]}`}>
      <div className="min-w-0 flex-1">
        <h2 className="font-semibold">{title}</h2>
        {children ? <div className="mt-1 space-y-1">{children}</div> : null}
      </div>
      {action}
    </section>
  );
}
