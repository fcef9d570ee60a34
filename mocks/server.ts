import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { dirname, resolve } from 'node:path';
import { getResponse } from 'msw';
import { createFakeNautobot } from './fake/index';
import type { Snapshot } from './fake/db';
import { DEMO_PASSWORD, DEMO_TOKEN, DEMO_USERNAME, FAKE_PORT } from './seed/constants';

/**
 * The embedded fake Nautobot over HTTP: the same MSW handlers the component tests use, behind node:http.
 * Its data survives a restart in a git-ignored file; `--fresh` (tests) starts from the seed and keeps nothing.
 */
const fresh = process.argv.includes('--fresh');
const port = Number(process.env.FAKE_NAUTOBOT_PORT ?? FAKE_PORT);
export const DATA_FILE = resolve(process.env.FAKE_NAUTOBOT_DATA ?? '.data/fake-nautobot.json');

function load(): Snapshot | undefined {
  if (fresh || !existsSync(DATA_FILE)) return undefined;
  try {
    return JSON.parse(readFileSync(DATA_FILE, 'utf8')) as Snapshot;
  } catch {
    console.warn(`Ignoring unreadable ${DATA_FILE}; starting from the seed.`);
    return undefined;
  }
}

const fake = createFakeNautobot({ snapshot: load() });
let timer: NodeJS.Timeout | undefined;
function save() {
  if (fresh) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    mkdirSync(dirname(DATA_FILE), { recursive: true });
    writeFileSync(`${DATA_FILE}.tmp`, JSON.stringify(fake.db.snapshot()));
    renameSync(`${DATA_FILE}.tmp`, DATA_FILE);
  }, 200);
}
fake.db.onChange = save;
save();

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const body =
    chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(`http://${req.headers.host ?? `127.0.0.1:${port}`}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body,
  });
}

const server = createServer((req, res) => {
  void (async () => {
    try {
      // Test control: restore the seed without restarting (loopback only; not part of Nautobot's API).
      if (req.url === '/__fake/reset' && req.method === 'POST') {
        fake.reset();
        save();
        res.writeHead(204).end();
        return;
      }
      const response = await getResponse(fake.handlers, await toRequest(req));
      if (!response) {
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>');
        return;
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      console.error(e);
      res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Server Error (500)</h1>');
    }
  })();
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log(
    `Fake Nautobot on http://127.0.0.1:${actual}  (sign in as ${DEMO_USERNAME} / ${DEMO_PASSWORD}; token ${DEMO_TOKEN})`,
  );
  console.log(
    fresh
      ? 'Fresh seed; nothing is saved.'
      : `Data kept in ${DATA_FILE} (npm run demo:reset restores the seed).`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (timer && !fresh) {
      clearTimeout(timer);
      writeFileSync(DATA_FILE, JSON.stringify(fake.db.snapshot()));
    }
    server.close();
    process.exit(0);
  });
}
