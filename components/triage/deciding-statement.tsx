'use client';

import type { DecidedBy } from '@/lib/analysis/diagnosis';
import { formatPolicy } from '@/components/policy/policy-lines';
import { policyAnchor, sourceOfDecision } from './evidence/policy-sources';
import { KeyArnText } from './key-arn-text';
import { useTriageFacts } from './triage-context';
import { decidingPolicy, describeStatement } from './wording';

// Underlined: inside a sentence a link must not be told apart by colour alone.
const link = 'rounded text-blue-700 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600';

/**
 * The statement that decided a request. `place` says where on the page it stands (`diagnosis`,
 * `check:<id>`): the first place that shows a statement quotes it; the others name it and link
 * there, so one deny reads once however many requests it refused.
 */
export function DecidingStatement({ decidedBy, place }: { decidedBy: DecidedBy; place?: string }) {
  const { quotes, sources } = useTriageFacts();
  const spot = place ? quotes.spots.get(place) : undefined;
  const quoted = decidedBy.statement !== undefined && (spot?.quoted ?? true);
  const document = quoted && spot ? sourceOfDecision(sources, decidedBy) : undefined;
  return (
    <figure id={quoted ? spot?.anchor : undefined} className="mt-4 scroll-mt-4" data-testid="deciding-statement" data-quoted={quoted || undefined}>
      <figcaption className="text-sm text-slate-700">
        Decided by {hasStatement(decidedBy) ? `${describeStatement(decidedBy)} of ` : ''}{decidingPolicy(decidedBy).lead}{' '}
        <strong className="break-all font-semibold">
          <KeyArnText text={decidingPolicy(decidedBy).name} />
        </strong>
        {decidedBy.denialType === 'explicit' ? ' (an explicit deny)' : isRoleIdentity(decidedBy) ? ': none of them allows the request' : ': no statement in it allows the request'}
        {spot && !quoted ? (
          <>
            {' — '}
            <a href={`#${spot.anchor}`} className={link} data-testid="statement-link">
              quoted above <span aria-hidden>↑</span>
            </a>
          </>
        ) : null}
      </figcaption>
      {quoted ? (
        <pre tabIndex={0} className="mt-2 max-h-72 overflow-auto rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 font-mono text-xs leading-5 text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
          {formatPolicy(decidedBy.statement)}
        </pre>
      ) : null}
      {document ? (
        <p className="mt-1 text-xs">
          <a href={`#${policyAnchor(document)}`} className={link} data-testid="statement-in-document">
            See it in the whole {document.title.charAt(0).toLowerCase() + document.title.slice(1)} <span aria-hidden>↓</span>
          </a>
        </p>
      ) : null}
    </figure>
  );
}

function hasStatement(d: DecidedBy): boolean {
  return d.statementId !== undefined || d.statementIndex !== undefined;
}

// An implicit identity denial names the role, not one policy: every policy of the role was read.
function isRoleIdentity(d: DecidedBy): boolean {
  return d.policyType === 'identity' && d.policyName.startsWith('role ');
}
