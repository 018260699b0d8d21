import type { EvidenceBundle, Missing } from '@/lib/analysis/evidence';

/** Every absent piece of a bundle with where it sits, so a test can say exactly what is missing. */
export function missingPieces(bundle: EvidenceBundle): { path: string; missing: Missing }[] {
  const found: { path: string; missing: Missing }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (record.ok === false && typeof record.missing === 'object') {
      found.push({ path, missing: record.missing as Missing });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(bundle, '');
  return found;
}
