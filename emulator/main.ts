/**
 * `npm run emulator`: the local AWS endpoint on EMULATOR_PORT (4599) serving a scenario file.
 * The app reaches it through AWS_ENDPOINT_URL, so its real SDK code path runs unchanged.
 */
import { parseCliOptions } from './cli-options';
import { readScenarioFile } from './scenario/load';
import { addSyntheticJobs } from './scenario/generate';
import { adminAccessKeyFor, DEMO_ADMIN_ACCESS_KEY_ID } from './identity';
import { createEmulator } from './server';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  let scenario = readScenarioFile(options.scenarioPath);
  if (options.syntheticJobs > 0) scenario = addSyntheticJobs(scenario, options.syntheticJobs, 42);
  const accounts = options.accountPaths.map((path) => readScenarioFile(path));
  const emulator = createEmulator({ scenario, accounts, faults: options.faults, now: options.now, readOnly: options.readOnly });
  let url: string;
  try {
    url = await emulator.listen(options.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${options.port} is already in use: stop what is using it or set EMULATOR_PORT to another port.`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`Local AWS endpoint (emulator) listening on ${url}`);
  const jobs = emulator.scenario.trainingJobs.length;
  console.log(`Scenario "${scenario.name}" (account ${scenario.accountId}, ${jobs} training jobs) from ${options.scenarioPath}`);
  for (const [i, other] of emulator.others.entries()) {
    console.log(`Also account ${other.accountId} ("${other.name}", ${other.trainingJobs.length} training jobs) from ${options.accountPaths[i]}, reached by sts:AssumeRole`);
  }
  console.log(
    options.readOnly
      ? 'Read-only: write calls are refused as unknown operations.'
      : `Writes (fixes) are accepted from access key ${DEMO_ADMIN_ACCESS_KEY_ID} (any secret) and kept in memory until a restart.`,
  );
  if (!options.readOnly) {
    for (const other of emulator.others) console.log(`  In account ${other.accountId}, its administrator's key is ${adminAccessKeyFor(other.accountId, scenario.accountId)}.`);
  }
  console.log(`SageMaker state-change events go to the SQS queue ${emulator.eventsQueueUrl}; POST ${url}/_emulator/fail-job fails a job now.`);
  const failing = options.failEverySeconds > 0 ? setInterval(() => failOne(emulator), options.failEverySeconds * 1000) : undefined;
  if (failing) console.log(`A new job fails every ${options.failEverySeconds} s.`);
  const stop = (signal: string) => {
    if (failing) clearInterval(failing);
    console.log(`\n${signal}: stopping the local AWS endpoint`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function failOne(emulator: ReturnType<typeof createEmulator>): void {
  const result = emulator.failJob();
  console.log(result.ok ? `Failed ${result.job} in ${result.region} (like ${result.like}); its events are on the queue.` : `Could not fail a job: ${result.message}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
