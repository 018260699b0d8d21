import { createEmulator, type EmulatorOptions } from '@/emulator/server';
import { setClientOverrides } from '@/lib/aws/clients';
import { resetEnvCache } from '@/lib/server/env';

/**
 * Starts the local AWS endpoint in-process and points every SDK client at it, the way
 * AWS_ENDPOINT_URL does in the demo: the app code path is the one that runs against AWS.
 */
export async function startEmulator(options: EmulatorOptions & { maxAttempts?: number }) {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'local-test-secret';
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  const emulator = createEmulator(options);
  const endpoint = await emulator.listen();
  setClientOverrides({ endpoint, ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}) });
  return {
    emulator,
    endpoint,
    async stop() {
      setClientOverrides({});
      await emulator.close();
    },
  };
}
