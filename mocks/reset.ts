import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { FAKE_PORT } from './seed/constants';

/** Restores the demo data: forgets the saved file and, if the fake is running, reseeds it in place. */
const file = resolve(process.env.FAKE_NAUTOBOT_DATA ?? '.data/fake-nautobot.json');
rmSync(file, { force: true });
const port = Number(process.env.FAKE_NAUTOBOT_PORT ?? FAKE_PORT);
try {
  const { send } = await import('../lib/api/transport');
  await send(`http://127.0.0.1:${port}/__fake/reset`, { method: 'POST' }, 5000);
  console.log(`Reseeded the running fake Nautobot on port ${port}.`);
} catch {
  console.log('Removed saved demo data; the fake starts from the seed next time.');
}
