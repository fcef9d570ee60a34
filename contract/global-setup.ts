import { spawn, type ChildProcess } from 'node:child_process';

/** For the fake target: a fresh fake Nautobot over HTTP, exactly as `npm run dev` serves it. */
export default async function setup() {
  if (process.env.CONTRACT_TARGET === 'real') return undefined;
  // Node itself with tsx's loader, not `npx tsx` (whose grandchild outlives a SIGTERM and holds vitest open).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts', '--fresh'], {
    // Port 0: the system picks a free one, so a stale fake from an interrupted run cannot collide.
    env: { ...process.env, FAKE_NAUTOBOT_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('fake Nautobot did not start in 30 s')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /Fake Nautobot on http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (match?.[1]) {
        process.env.CONTRACT_FAKE_PORT = match[1];
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
