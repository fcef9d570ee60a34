// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

type Seen = { method: string; url: string; authorization: string | undefined };

const READONLY = 'feedfacefeedfacefeedfacefeedfacefeedface';
const APP = 'http://127.0.0.1:3000';
const api = (path: string) => `${APP}/api/nautobot/api/${path}`;

let server: Server;
let seen: Seen[] = [];
let status = 200;
let forward: (request: Request) => Promise<Response>;

function reply(res: ServerResponse, code: number, body: unknown) {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
      if (status === 403) reply(res, 403, { detail: 'Invalid token' });
      else reply(res, 200, { count: 0, results: [] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.env.NAUTOBOT_URL = `http://127.0.0.1:${port}`;
  process.env.SESSION_SECRET = 'test-session-secret-0123456789abcdefghij';
  process.env.NAUTOBOT_READONLY_TOKEN = READONLY;
  ({ forwardToNautobot: forward } = await import('./forward'));
});

afterAll(async () => {
  delete process.env.NAUTOBOT_READONLY_TOKEN;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  status = 200;
});

const sameOrigin = { origin: APP, host: '127.0.0.1:3000', 'content-type': 'application/json' };

describe('forwardToNautobot without a session, with NAUTOBOT_READONLY_TOKEN', () => {
  it('reads the load-balancer endpoints with the read-only token', async () => {
    const response = await forward(new Request(api('load-balancers/load-balancer-pool-members/?limit=1')));
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      {
        method: 'GET',
        url: '/api/load-balancers/load-balancer-pool-members/?limit=1',
        authorization: `Token ${READONLY}`,
      },
    ]);
  });

  it('forwards a GraphQL query', async () => {
    const response = await forward(
      new Request(api('graphql/'), {
        method: 'POST',
        headers: sameOrigin,
        body: JSON.stringify({ query: '{ virtual_servers { id } }' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['PATCH', 'load-balancers/load-balancer-pool-members/', '[{"id":"x","status":"y"}]'],
    ['POST', 'load-balancers/virtual-servers/', '{"name":"vs"}'],
    ['DELETE', 'load-balancers/virtual-servers/', '[{"id":"x"}]'],
    ['POST', 'graphql/', '{"query":"mutation { x }"}'],
  ])('refuses %s %s with a read-only message and never reaches Nautobot', async (method, path, body) => {
    const response = await forward(new Request(api(path), { method, headers: sameOrigin, body }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'read_only' });
    expect(seen).toEqual([]);
  });

  it('does not open other endpoints: they still need a signed-in user', async () => {
    const response = await forward(new Request(api('dcim/devices/')));
    expect(response.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('reports a refused read-only token as a server problem, not as the visitor’s session ending', async () => {
    status = 403;
    const response = await forward(new Request(api('load-balancers/virtual-servers/')));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { detail: string };
    expect(body.detail).toMatch(/read-only token/);
  });
});
