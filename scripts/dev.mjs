// `npm run dev`: the app on the embedded fake Nautobot, or on NAUTOBOT_URL when that is set.
import { spawn } from 'node:child_process';

const children = [];
const run = (cmd, args, env = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const c of children) if (c !== child) c.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  return child;
};

if (!process.env.NAUTOBOT_URL) {
  run('npx', ['tsx', 'mocks/server.ts']);
  run('npx', ['next', 'dev'], { NAUTOBOT_URL: 'http://127.0.0.1:8090' });
} else {
  run('npx', ['next', 'dev']);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));
