import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The bench's own Nautobot and app, beside (never on) the ports the test suites use. */
export const BENCH = {
  nautobotPort: Number(process.env.BENCH_NAUTOBOT_PORT ?? 8081),
  nautobotDb: process.env.BENCH_NAUTOBOT_DB ?? 'lbui_bench',
  appPort: Number(process.env.BENCH_APP_PORT ?? 3300),
  token: '0123456789abcdef0123456789abcdef01234567',
  username: 'admin',
  password: 'admin',
};
export const nautobotUrl = `http://127.0.0.1:${BENCH.nautobotPort}`;
export const appUrl = `http://127.0.0.1:${BENCH.appPort}`;

const harnessEnv = () => ({
  ...process.env,
  NAUTOBOT_PORT: String(BENCH.nautobotPort),
  NAUTOBOT_DB_NAME: BENCH.nautobotDb,
  // up.sh gives the router keep-alive and a 600 s timeout; a bulk write of 1,000 may take longer on a small machine.
  NAUTOBOT_HTTP_TIMEOUT: '1800',
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** A fresh, migrated Nautobot (scripts/nautobot/up.sh resets its database). */
export function startNautobot() {
  run('bash', ['scripts/nautobot/up.sh'], harnessEnv());
}

export function stopNautobot() {
  spawnSync('bash', ['scripts/nautobot/down.sh'], { env: harnessEnv(), stdio: 'inherit' });
}

const NEXT = ['node_modules/next/dist/bin/next'];

/** `next build`, unless a build is there already (delete .next to rebuild). */
export function buildAppIfMissing() {
  if (existsSync('.next/BUILD_ID')) return false;
  run(process.execPath, [...NEXT, 'build']);
  return true;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** `next start` on the bench port against the bench Nautobot; resolves once the sign-in page answers. */
export async function startApp(): Promise<ChildProcess> {
  if (await answers(`${appUrl}/login/`)) throw new Error(`something already answers on ${appUrl}`);
  const child = spawn(process.execPath, [...NEXT, 'start', '-p', String(BENCH.appPort), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NAUTOBOT_URL: nautobotUrl,
      SESSION_SECRET: 'bench-only-session-secret-0123456789abcdefghij',
      NAUTOBOT_TIMEOUT_MS: '1800000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (await answers(`${appUrl}/login/`)) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopApp(child);
  throw new Error(`the app did not answer on ${appUrl} within 120 s`);
}

export function stopApp(child: ChildProcess) {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
