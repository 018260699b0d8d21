/**
 * Runs a fix's command line exactly as copied, in a POSIX shell, with the real AWS CLI routed to the
 * local endpoint by its surroundings alone (AWS_ENDPOINT_URL, the demo admin's key, the region, and
 * a shell function `aws` that adds `--endpoint-url`): the command text itself is never edited. The
 * function is there because AWS CLI releases before 2.13 / 1.29 ignore AWS_ENDPOINT_URL (Debian
 * bookworm's awscli is 2.9). Asynchronous on purpose: the endpoint runs in this same process, and a
 * blocking child would stall the server it is talking to.
 */
import { execFile } from 'node:child_process';
import { DEMO_ADMIN_ACCESS_KEY_ID } from '@/emulator/identity';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The environment a person applying a demo fix would have: no profile, no config file, the account admin's key. */
export function cliEnvironment(endpoint: string, region: string, accessKeyId = DEMO_ADMIN_ACCESS_KEY_ID): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('AWS_')) delete env[key];
  return {
    ...env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'demo-admin-any-secret',
    AWS_DEFAULT_REGION: region,
    // Nothing from this machine's own AWS setup may change what the command does.
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
  };
}

const ROUTE_TO_ENDPOINT = 'aws() { command aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"; }';

export function runCli(commandLine: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const script = env.AWS_ENDPOINT_URL ? `${ROUTE_TO_ENDPOINT}\n${commandLine}` : commandLine;
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { env, timeout: 60_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}

/** `aws --version`, or undefined when there is no `aws` on PATH. */
export async function awsCliVersion(): Promise<string | undefined> {
  const run = await runCli('aws --version', process.env);
  return run.exitCode === 0 ? `${run.stdout}${run.stderr}`.trim() : undefined;
}
