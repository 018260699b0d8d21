import type { Cause } from '@/lib/analysis/diagnosis';

/**
 * The one place a cause id becomes something a person sees: a label and a colour. Typed as a
 * Record over every Cause so a new id cannot ship without its badge. Colour is never the only
 * signal: the label always travels with it. Class strings are written out in full so Tailwind's
 * scanner sees them.
 */
export interface CauseMeta {
  label: string;
  /** Badge background, text and ring. */
  badge: string;
  /** A solid swatch for the count chips. */
  swatch: string;
  permission: boolean;
}

export const CAUSE_META: Record<Cause, CauseMeta> = {
  's3-read': { label: 'S3 read denied', badge: 'bg-sky-100 text-sky-900 ring-sky-300', swatch: 'bg-sky-500', permission: true },
  's3-write': { label: 'S3 write denied', badge: 'bg-blue-100 text-blue-900 ring-blue-300', swatch: 'bg-blue-600', permission: true },
  kms: { label: 'KMS key', badge: 'bg-amber-100 text-amber-900 ring-amber-300', swatch: 'bg-amber-500', permission: true },
  boundary: { label: 'Permissions boundary', badge: 'bg-violet-100 text-violet-900 ring-violet-300', swatch: 'bg-violet-500', permission: true },
  'bucket-policy': { label: 'Bucket policy', badge: 'bg-rose-100 text-rose-900 ring-rose-300', swatch: 'bg-rose-500', permission: true },
  vpc: { label: 'VPC / network', badge: 'bg-teal-100 text-teal-900 ring-teal-300', swatch: 'bg-teal-500', permission: true },
  ecr: { label: 'ECR image pull', badge: 'bg-indigo-100 text-indigo-900 ring-indigo-300', swatch: 'bg-indigo-500', permission: true },
  'cloudwatch-logs': { label: 'CloudWatch Logs', badge: 'bg-lime-100 text-lime-900 ring-lime-400', swatch: 'bg-lime-500', permission: true },
  'trust-policy': { label: 'Role trust policy', badge: 'bg-fuchsia-100 text-fuchsia-900 ring-fuchsia-300', swatch: 'bg-fuchsia-500', permission: true },
  scp: { label: 'Service control policy', badge: 'bg-purple-100 text-purple-900 ring-purple-300', swatch: 'bg-purple-600', permission: true },
  'expired-credentials': { label: 'Expired credentials', badge: 'bg-yellow-100 text-yellow-900 ring-yellow-400', swatch: 'bg-yellow-400', permission: true },
  'other-permission': { label: 'Other permission', badge: 'bg-orange-100 text-orange-900 ring-orange-300', swatch: 'bg-orange-500', permission: true },
  'user-code': { label: 'User code error', badge: 'bg-red-100 text-red-900 ring-red-300', swatch: 'bg-red-600', permission: false },
  'out-of-memory': { label: 'Out of memory', badge: 'bg-pink-100 text-pink-900 ring-pink-300', swatch: 'bg-pink-500', permission: false },
  capacity: { label: 'Insufficient capacity', badge: 'bg-cyan-100 text-cyan-900 ring-cyan-300', swatch: 'bg-cyan-500', permission: false },
  quota: { label: 'Service quota', badge: 'bg-emerald-100 text-emerald-900 ring-emerald-300', swatch: 'bg-emerald-500', permission: false },
  data: { label: 'Data problem', badge: 'bg-green-100 text-green-900 ring-green-300', swatch: 'bg-green-600', permission: false },
  internal: { label: 'AWS internal error', badge: 'bg-stone-200 text-stone-900 ring-stone-400', swatch: 'bg-stone-500', permission: false },
  'disk-space': { label: 'Disk full', badge: 'bg-olive-100 text-olive-900 ring-olive-300', swatch: 'bg-olive-500', permission: false },
  throttling: { label: 'API throttled', badge: 'bg-mauve-100 text-mauve-900 ring-mauve-300', swatch: 'bg-mauve-500', permission: false },
  validation: { label: 'Invalid configuration', badge: 'bg-zinc-200 text-zinc-900 ring-zinc-400', swatch: 'bg-zinc-600', permission: false },
  'model-download': { label: 'Model download', badge: 'bg-mist-100 text-mist-900 ring-mist-300', swatch: 'bg-mist-500', permission: false },
  unknown: { label: 'Unknown', badge: 'bg-slate-100 text-slate-800 ring-slate-300', swatch: 'bg-slate-400', permission: false },
};

export function causeMeta(cause: string): CauseMeta {
  return (CAUSE_META as Record<string, CauseMeta | undefined>)[cause] ?? CAUSE_META.unknown;
}
