'use client';

import { useState } from 'react';
import type { LogsEvidence, LogStreamExcerpt } from '@/lib/analysis/evidence';
import { AnsiText } from '@/components/ui/ansi-text';
import { logStreamUrl } from '../console-links';
import { logWindow } from '../log-window';

const CONTEXT_STEPS = [3, 15, Number.POSITIVE_INFINITY];

/** Each stream's lines that matched an error term, with context the reader can widen. */
export function LogExcerpt({ logs, region }: { logs: LogsEvidence; region: string }) {
  if (logs.streams.length === 0) return <p className="text-sm text-slate-600">No log streams found in {logs.logGroup} for this job.</p>;
  return (
    <div className="space-y-4">
      {logs.streams.map((s) => (
        <StreamExcerpt key={s.name} stream={s} region={region} />
      ))}
    </div>
  );
}

function StreamExcerpt({ stream, region }: { stream: LogStreamExcerpt; region: string }) {
  const [step, setStep] = useState(0);
  const context = CONTEXT_STEPS[step] ?? Number.POSITIVE_INFINITY;
  const rows = logWindow(
    stream.lines.map((l) => l.matched),
    Number.isFinite(context) ? context : stream.lines.length,
  );
  const hidden = rows.reduce((n, r) => n + (r.kind === 'gap' ? r.to - r.from + 1 : 0), 0);
  const matched = stream.lines.filter((l) => l.matched).length;
  const streamUrl = logStreamUrl(region, stream.name);
  return (
    <div data-testid="log-stream" data-stream={stream.name}>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
        {streamUrl ? (
          <a href={streamUrl} target="_blank" rel="noreferrer noopener" className="break-all font-mono text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
            {stream.name} ↗
          </a>
        ) : (
          <span className="break-all font-mono">{stream.name}</span>
        )}
        <span>
          {matched} matched of {stream.lines.length} lines read{stream.truncated ? ' (the stream holds more)' : ''}
        </span>
      </div>
      <div tabIndex={0} role="region" aria-label={`Log excerpt from ${stream.name}`} className="palette-fixed max-h-[32rem] overflow-auto rounded-md bg-slate-950 py-2 font-mono text-xs leading-5 text-slate-200 focus-visible:outline-2 focus-visible:outline-blue-400">
        {rows.map((row) =>
          row.kind === 'gap' ? (
            // slate-400, not 500: on slate-950 the darker grey falls under the 4.5:1 contrast axe asks for.
            <div key={`gap-${row.from}`} className="select-none px-3 py-0.5 text-slate-400">
              ⋯ {row.to - row.from + 1} more {row.to === row.from ? 'line' : 'lines'}
            </div>
          ) : (
            <LogLineRow key={row.index} line={stream.lines[row.index]} />
          ),
        )}
      </div>
      {hidden > 0 ? (
        <button type="button" onClick={() => setStep(step + 1)} className="mt-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
          {step + 1 < CONTEXT_STEPS.length - 1 ? 'Show more context' : `Show all ${stream.lines.length} lines`}
        </button>
      ) : null}
    </div>
  );
}

function LogLineRow({ line }: { line: LogStreamExcerpt['lines'][number] | undefined }) {
  if (!line) return null;
  return (
    <div data-testid="log-line" data-matched={line.matched || undefined} className={`flex gap-3 whitespace-pre-wrap break-all px-3 ${line.matched ? 'border-l-4 border-red-400 bg-red-950/60 pl-2' : 'border-l-4 border-transparent pl-2'}`}>
      <span className="shrink-0 select-none text-slate-400">{line.timestamp.slice(11, 19)}</span>
      {line.matched ? <span className="sr-only">matched: </span> : null}
      <span className="min-w-0">
        <AnsiText text={line.message} />
      </span>
    </div>
  );
}
