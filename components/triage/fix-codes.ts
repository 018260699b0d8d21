import type { Fix } from '@/lib/analysis/diagnosis';
import type { FixCode } from './fix-code-tabs';

/** `subnets=['subnet-…'],` one argument a line, as pasted into an estimator's constructor call. */
export function estimatorSource(args: Record<string, string>): string {
  return Object.entries(args)
    .map(([k, v]) => `${k}=${v},`)
    .join('\n');
}

/** The forms a fix can be applied in, CLI first (what the page has always shown). */
export function fixCodes(fix: Fix): FixCode[] {
  const codes: FixCode[] = [];
  if (fix.cli) codes.push({ key: 'cli', label: 'AWS CLI', text: fix.cli, copyLabel: 'Copy command', testId: 'fix-cli' });
  if (fix.terraform) codes.push({ key: 'terraform', label: 'Terraform', text: fix.terraform, copyLabel: 'Copy Terraform', testId: 'fix-terraform' });
  const args = fix.jobConfig?.estimatorArgs;
  if (args && Object.keys(args).length) {
    codes.push({ key: 'estimator', label: 'Estimator arguments', text: estimatorSource(args), copyLabel: 'Copy arguments', testId: 'fix-estimator' });
  }
  return codes;
}
