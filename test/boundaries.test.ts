import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering of ../shared/house.json, held by ESLint: each probe is an import that must be
 * refused in the file it is placed in, and the last ones must pass (so the rule is not simply
 * refusing everything).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ['components/jobs/probe.tsx', "import { services } from '@/lib/server/services';"],
    ['components/triage/probe.tsx', "import { createGateways } from '@/lib/aws/gateways';"],
    ['components/ui/probe.tsx', "import { listJobs } from '../../lib/server/list-jobs';"],
    ['lib/queries/probe.ts', "import { env } from '@/lib/server/env';"],
    ['lib/aws/probe.ts', "import { env } from '@/lib/server/env';"],
    ['lib/analysis/probe.ts', "import { createGateways } from '@/lib/aws/gateways';"],
    ['emulator/probe.ts', "import { listJobs } from '@/lib/server/list-jobs';"],
    ['components/jobs/probe.tsx', "import { S3Client } from '@aws-sdk/client-s3';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport const x = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['components/jobs/probe.tsx', "import type { JobSummary } from '@/lib/dto/jobs';"],
    ['lib/server/probe.ts', "import { createGateways } from '@/lib/aws/gateways';"],
    ['lib/aws/probe.ts', "import type { Piece } from '@/lib/analysis/evidence';"],
  ])('%s may: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport const x = 1;\n`)).toEqual([]);
  });
});
