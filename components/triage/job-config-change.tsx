import type { Fix } from '@/lib/analysis/diagnosis';

/** `{ VpcConfig: { Subnets: [...] } }` as `VpcConfig.Subnets: subnet-a, subnet-b` lines. */
export function fieldLines(fields: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(fields).flatMap(([k, v]): [string, string][] => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) return [[path, v.map(String).join(', ')]];
    if (typeof v === 'object' && v !== null) return fieldLines(v as Record<string, unknown>, path);
    return [[path, String(v)]];
  });
}

/**
 * A finished job cannot be changed: the page says to start it again, with exactly which
 * CreateTrainingJob fields (the CLI, Terraform and estimator forms are in the tabs below).
 */
export function JobConfigChange({ jobConfig, verified }: { jobConfig: NonNullable<Fix['jobConfig']>; verified: boolean }) {
  return (
    <div data-testid="job-config" className="rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-950">
      <p className="font-medium">Start the job again with:</p>
      <dl className="mt-1 space-y-0.5">
        {fieldLines(jobConfig.fields).map(([path, value]) => (
          <div key={path} className="flex flex-wrap gap-x-2">
            <dt className="font-mono text-xs leading-5 text-indigo-800">{path}</dt>
            <dd className="break-all font-mono text-xs leading-5">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-xs text-indigo-900">
        The failed job itself cannot be changed: a new one starts with these fields.{' '}
        {verified ? 'Re-simulated with them, every request the fix targets is allowed.' : 'Re-simulated with them; the notes say what could not be read to prove it.'}
      </p>
    </div>
  );
}
