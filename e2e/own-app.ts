import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A second production app of a spec's own (a configuration the shared app does not have: sign-on,
 * several accounts), reading the local endpoint playwright.config.ts starts, with a store of its
 * own. Resolves once it answers /api/health; `stop()` ends it.
 */
export interface OwnApp {
  base: string;
  stop(): void;
}

export async function startOwnApp(what: string, appPort: number, env: Record<string, string>): Promise<OwnApp> {
  const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4610);
  const base = `http://127.0.0.1:${appPort}`;
  const app: ChildProcess = spawn(join('node_modules', '.bin', 'next'), ['start', '-p', String(appPort)], {
    env: {
      ...process.env,
      AWS_ENDPOINT_URL: `http://127.0.0.1:${emulatorPort}`,
      AWS_ACCESS_KEY_ID: 'e2e-placeholder',
      AWS_SECRET_ACCESS_KEY: 'e2e-placeholder',
      AWS_REGION: 'us-east-1',
      JOBTRIAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'jobtriage-e2e-own-app-')),
      DATABASE_URL: '',
      ...env,
    },
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    if (i > 300) {
      app.kill();
      throw new Error(`the ${what} app did not start on ${base}`);
    }
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, stop: () => void app.kill() };
}
