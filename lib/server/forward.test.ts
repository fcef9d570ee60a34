// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sealData } from 'iron-session';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

const SECRET = 'test-session-secret-0123456789abcdefghij'; // 40 characters
const TOKEN = '0123456789abcdef0123456789abcdef01234567';
const APP = 'http://127.0.0.1:3000';
const LIST = `${APP}/api/nautobot/api/load-balancers/virtual-servers/?limit=5`;

let server: Server;
let handler: Handler;
let seen: Seen[] = [];
let cookie: string;
let forward: (request: Request) => Promise<Response>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function call(url = LIST, init: RequestInit = {}, withCookie = true): Promise<Response> {
  const headers = new Headers(init.headers);
  if (withCookie) headers.set('cookie', `lbui_session=${cookie}`);
  return forward(new Request(url, { ...init, headers }));
}

async function detailOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { detail?: unknown };
  return body.detail;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.env.NAUTOBOT_URL = `http://127.0.0.1:${port}`;
  process.env.SESSION_SECRET = SECRET;
  process.env.NAUTOBOT_TIMEOUT_MS = '1500';
  ({ forwardToNautobot: forward } = await import('./forward'));
  cookie = await sealData(
    { token: TOKEN, username: 'admin', signedInAt: Date.now() },
    { password: SECRET, ttl: 3600 },
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  handler = (_req, res) => sendJson(res, 200, { count: 0, results: [] });
});

describe('forwardToNautobot: upstream bodies', () => {
  it('delivers a large body sent in delayed chunks whole, even if the browser request aborts afterwards', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      id: `vs-${i}`,
      name: `virtual-server-${i}`,
      description: 'x'.repeat(100),
    }));
    const CHUNK = 64 * 1024;
    const payload = Buffer.from(JSON.stringify({ count: items.length, results: items }));
    expect(payload.length).toBeGreaterThan(2_500_000);
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      void (async () => {
        for (let i = 0; i * CHUNK < payload.length; i++) {
          res.write(payload.subarray(i * CHUNK, (i + 1) * CHUNK));
          await sleep(5 + (i % 4) * 5); // 5–20 ms between chunks
        }
        res.end();
      })();
    };
    const browser = new AbortController();
    const response = await forward(
      new Request(LIST, { headers: { cookie: `lbui_session=${cookie}` }, signal: browser.signal }),
    );
    // Next.js may abort the incoming request's signal once the handler has returned.
    browser.abort();
    expect(response.status).toBe(200);
    const parsed = JSON.parse(await response.text()) as { results: { id: string }[] };
    expect(parsed.results).toHaveLength(20_000);
    expect(parsed.results.at(-1)?.id).toBe('vs-19999');
  });

  it('answers 504 when the body stalls past the timeout', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"count": 1, "results": [');
    };
    const response = await call();
    expect(response.status).toBe(504);
    expect(await detailOf(response)).toEqual(expect.stringMatching(/did not/));
  });

  it('answers 502 when the upstream drops the connection mid-body', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"count": 1, "results": [', () => res.socket?.destroy());
    };
    const response = await call();
    expect(response.status).toBe(502);
    expect(await detailOf(response)).toEqual(expect.any(String));
  });
});

describe('forwardToNautobot: what reaches Nautobot', () => {
  it('sends the session token and nothing of the browser credentials, keeping the query', async () => {
    await call(LIST, {
      headers: { authorization: 'Basic xxx', 'x-forwarded-for': '10.0.0.9', accept: 'application/json' },
    });
    expect(seen).toHaveLength(1);
    const [hit] = seen;
    expect(hit?.url).toBe('/api/load-balancers/virtual-servers/?limit=5');
    expect(hit?.headers.authorization).toBe(`Token ${TOKEN}`);
    expect(hit?.headers.cookie).toBeUndefined();
    expect(hit?.headers['x-forwarded-for']).toBeUndefined();
  });

  it('forwards the method and JSON body of a same-origin PATCH', async () => {
    const patch = { description: 'edited' };
    const response = await call(`${APP}/api/nautobot/api/load-balancers/virtual-servers/abc/`, {
      method: 'PATCH',
      headers: { origin: APP, host: '127.0.0.1:3000', 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    expect(response.status).toBe(200);
    expect(seen[0]?.method).toBe('PATCH');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual(patch);
  });
});

describe('forwardToNautobot: answers it rewrites', () => {
  it('turns an invalid-token 403 into 401 session_expired and clears the cookie', async () => {
    handler = (_req, res) => sendJson(res, 403, { detail: 'Invalid token' });
    const response = await call();
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code?: unknown }).code).toBe('session_expired');
    expect(response.headers.get('set-cookie')).toMatch(/^lbui_session=;.*Max-Age=0/i);
  });

  // Regression: a successful DELETE (204, empty body) became a 500, because Response() refuses any body on 204.
  it('passes a 204 through without a body', async () => {
    handler = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    const response = await call(`${APP}/api/nautobot/api/load-balancers/virtual-servers/x/`, {
      method: 'DELETE',
      headers: { origin: APP, host: '127.0.0.1:3000' },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('passes a permission 403 through untouched', async () => {
    const detail = 'You do not have permission to perform this action.';
    handler = (_req, res) => sendJson(res, 403, { detail });
    const response = await call();
    expect(response.status).toBe(403);
    expect(await detailOf(response)).toBe(detail);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('turns a redirect into 502 without a location', async () => {
    handler = (_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/login/?next=/api/' });
      res.end();
    };
    const response = await call();
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).not.toContain('login');
  });

  it('keeps content-type and api-version, drops set-cookie and adds no-store', async () => {
    handler = (_req, res) =>
      sendJson(res, 200, { ok: true }, { 'api-version': '2.4', 'set-cookie': 'sessionid=upstream; Path=/' });
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('api-version')).toBe('2.4');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('forwardToNautobot: requests it refuses', () => {
  it('answers 401 without a session cookie', async () => {
    const response = await call(LIST, {}, false);
    expect(response.status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it('withholds the token endpoint', async () => {
    const response = await call(`${APP}/api/nautobot/api/users/tokens/`);
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it('refuses a cross-origin POST', async () => {
    const response = await call(LIST, {
      method: 'POST',
      headers: { origin: 'http://evil.example', host: '127.0.0.1:3000', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it('refuses TRACE with 405', async () => {
    // undici's Request rejects TRACE outright, so a stand-in object carries the method.
    const trace = { method: 'TRACE', url: LIST, headers: new Headers() } as unknown as Request;
    const response = await forward(trace);
    expect(response.status).toBe(405);
    expect(seen).toHaveLength(0);
  });
});
