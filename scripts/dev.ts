// `npm run dev`: the app on the embedded fake Nautobot (with its demo data), or on NAUTOBOT_URL when set.
import { spawn, type ChildProcess } from 'node:child_process';
import { DEMO_PASSWORD, DEMO_USERNAME, FAKE_PORT } from '../mocks/seed/constants';

const children: ChildProcess[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  // One of the pair gone means the app is broken: stop the other and pass the exit code on.
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  return child;
}

const next = ['node_modules/next/dist/bin/next', 'dev'];
if (process.env.NAUTOBOT_URL) {
  run(process.execPath, next);
} else {
  const port = process.env.FAKE_NAUTOBOT_PORT ?? String(FAKE_PORT);
  run(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], { FAKE_NAUTOBOT_PORT: port });
  run(process.execPath, next, { NAUTOBOT_URL: `http://127.0.0.1:${port}` });
  console.log(
    `\n  LB Console on the embedded fake Nautobot: open the Local URL Next prints below; sign in as ${DEMO_USERNAME} / ${DEMO_PASSWORD}\n`,
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
