'use client';

import { useId, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';

export interface FixCode {
  key: 'cli' | 'terraform' | 'estimator';
  label: string;
  text: string;
  copyLabel: string;
  testId: string;
}

/**
 * The same change in the forms teams apply it: the AWS CLI command, Terraform, or the SageMaker
 * Python SDK estimator arguments. One panel at a time, each with its own copy button, so what is
 * copied is exactly what is shown.
 */
export function FixCodeTabs({ codes }: { codes: FixCode[] }) {
  const id = useId();
  const [active, setActive] = useState<FixCode['key']>(codes[0]?.key ?? 'cli');
  const current = codes.find((c) => c.key === active) ?? codes[0];
  if (!current) return null;
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label="Apply this fix with" className="inline-flex rounded-md border border-slate-300 bg-slate-50 p-0.5">
          {codes.map((c) => (
            <button
              key={c.key}
              type="button"
              role="tab"
              id={`${id}-tab-${c.key}`}
              aria-selected={c.key === current.key}
              aria-controls={`${id}-panel-${c.key}`}
              data-testid={`fix-tab-${c.key}`}
              onClick={() => setActive(c.key)}
              className={`rounded px-2 py-0.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 ${
                c.key === current.key ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-300' : 'text-slate-600 hover:text-slate-900'
              }`}
            >
              {c.label}
            </button>
          ))}
        </div>
        <CopyButton text={current.text} label={current.copyLabel} />
      </div>
      <pre
        role="tabpanel"
        id={`${id}-panel-${current.key}`}
        aria-labelledby={`${id}-tab-${current.key}`}
        tabIndex={0}
        data-testid={current.testId}
        className="palette-fixed max-h-72 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-5 text-slate-100 focus-visible:outline-2 focus-visible:outline-blue-400"
      >
        {current.text}
      </pre>
    </div>
  );
}
