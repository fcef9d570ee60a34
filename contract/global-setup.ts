import { spawn, type ChildProcess } from 'node:child_process';
import { FAKE_PORT } from '@/mocks/seed/constants';

/** For the fake target: a fresh fake Nautobot over HTTP, exactly as `npm run dev` serves it. */
export default async function setup() {
  if (process.env.CONTRACT_TARGET === 'real') return undefined;
  const port = String(FAKE_PORT + 9);
  process.env.CONTRACT_FAKE_PORT = port;
  // Node itself with tsx's loader, not `npx tsx` (whose grandchild outlives a SIGTERM and holds vitest open).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts', '--fresh'], {
    env: { ...process.env, FAKE_NAUTOBOT_PORT: port },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('fake Nautobot did not start in 30 s')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Fake Nautobot on')) {
        clearTimeout(timeout);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`fake Nautobot exited with ${String(code)}`)));
  });
  return () => {
    child.kill('SIGTERM');
  };
}
