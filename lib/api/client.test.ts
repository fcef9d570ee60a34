import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { DEMO_TOKEN } from '@/mocks/seed/constants';
import { seedIds } from '@/mocks/seed/dataset';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { TEST_NAUTOBOT } from '@/components/test-utils/render';
import { stableSort } from '@/lib/api/client';
import {
  apiConfigSchema,
  appLabel,
  LB_PATH_CORE,
  LB_PATH_LEGACY_APP,
  normaliseLbPath,
} from '@/lib/api/config';
import { NautobotError } from '@/lib/api/errors';
import { createTransport } from '@/lib/api/transport';

const { fake, server, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const legacy = fakeClient({ lbPath: 'plugins/load-balancer-models/' });
const last = () => {
  const request = sent.at(-1);
  if (!request) throw new Error('nothing was sent');
  return request;
};
const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NautobotError);
  return error as NautobotError;
};

describe('list', () => {
  it('sends paging, a stable sort, depth and repeated filters', async () => {
    const page = await client.list('virtual-servers', {
      limit: 10,
      offset: 0,
      sort: '-port',
      depth: 1,
      filters: { name: ['web-a', 'web-b'] },
    });
    const { method, url, auth } = last();
    expect(method).toBe('GET');
    expect(url.origin + url.pathname).toBe(`${TEST_NAUTOBOT}/api/load-balancers/virtual-servers/`);
    expect(auth).toBe(`Token ${DEMO_TOKEN}`);
    expect(url.searchParams.get('limit')).toBe('10');
    expect(url.searchParams.has('offset')).toBe(false);
    expect(url.searchParams.get('sort')).toBe('-port,id');
    expect(url.searchParams.get('depth')).toBe('1');
    expect(url.searchParams.getAll('name')).toEqual(['web-a', 'web-b']);
    expect(url.searchParams.has('exclude_m2m')).toBe(false);
    expect(url.searchParams.has('q')).toBe(false);
    expect(Array.isArray(page.results)).toBe(true);
  });

  it('sends offset when past the first page and exclude_m2m only when asked', async () => {
    await client.list('virtual-servers', { limit: 5, offset: 20, q: 'web', excludeM2m: false });
    expect(last().url.searchParams.get('offset')).toBe('20');
    expect(last().url.searchParams.get('exclude_m2m')).toBe('false');
    expect(last().url.searchParams.get('q')).toBe('web');
    await client.list('virtual-servers');
    expect([...last().url.searchParams.keys()]).toEqual([]);
  });

  it('returns the parsed page', async () => {
    const page = await client.list('virtual-servers', { limit: 2 });
    expect(page.count).toBeGreaterThan(2);
    expect(page.results).toHaveLength(2);
    expect(page.next).toContain('offset=2');
  });
});

describe('writes', () => {
  it('bulkUpdate PATCHes the list URL with lowercased ids', async () => {
    const [a, b] = (await client.list('virtual-servers', { limit: 2 })).results;
    if (!a || !b) throw new Error('the seed has no virtual servers');
    const rows = await client.bulkUpdate('virtual-servers', [
      { id: a.id.toUpperCase(), enabled: false },
      { id: b.id.toUpperCase(), enabled: false },
    ]);
    const { method, url, body } = last();
    expect(method).toBe('PATCH');
    expect(url.pathname).toBe('/api/load-balancers/virtual-servers/');
    expect(JSON.parse(await body)).toEqual([
      { id: a.id, enabled: false },
      { id: b.id, enabled: false },
    ]);
    expect(rows.map((r) => r.id)).toEqual([a.id, b.id]);
  });

  it('bulkDelete DELETEs the list URL with [{id}]', async () => {
    const before = await client.count('virtual-servers');
    const [a] = (await client.list('virtual-servers', { limit: 1 })).results;
    if (!a) throw new Error('the seed has no virtual servers');
    await client.bulkDelete('virtual-servers', [a.id.toUpperCase()]);
    const { method, url, body } = last();
    expect(method).toBe('DELETE');
    expect(url.pathname).toBe('/api/load-balancers/virtual-servers/');
    expect(JSON.parse(await body)).toEqual([{ id: a.id }]);
    expect(await client.count('virtual-servers')).toBe(before - 1);
  });
});

describe('bulk writes as Nautobot answers them', () => {
  const MISSING = '00000000-0000-4000-8000-000000000000';
  const monitorNames = () => fake.db.rows('health-check-monitors').map((m) => m.name);

  it('bulkUpdate answers in the model’s order, not the input’s, and skips ids it does not have', async () => {
    // Seed VS 1 ("vs-api-http") sorts before VS 0 ("vs-web-https") by name.
    const rows = await client.bulkUpdate('virtual-servers', [
      { id: seedIds.vs(0), enabled: false },
      { id: MISSING, enabled: false },
      { id: seedIds.vs(1), enabled: false },
    ]);
    expect(rows.map((r) => r.id)).toEqual([seedIds.vs(1), seedIds.vs(0)]);
    expect(fake.db.get('virtual-servers', seedIds.vs(0))?.enabled).toBe(false);
  });

  it('bulkUpdate refuses the whole request over one bad item, with that item’s errors alone', async () => {
    const before = fake.db.get('virtual-servers', seedIds.vs(0))?.port;
    const error = await failure(
      client.bulkUpdate('virtual-servers', [
        { id: seedIds.vs(0), port: 8000 },
        { id: seedIds.vs(1), port: 70000 },
      ]),
    );
    expect(error.status).toBe(400);
    expect(error.itemErrors).toBeUndefined();
    expect(error.fieldErrors).toEqual({ port: ['Ensure this value is less than or equal to 65535.'] });
    expect(fake.db.get('virtual-servers', seedIds.vs(0))?.port).toBe(before);
  });

  it('bulkUpdate saves one object before checking the next, so a later one sees an earlier one’s name', async () => {
    const error = await failure(
      client.bulkUpdate('health-check-monitors', [
        { id: seedIds.monitor(1), name: 'same-name' },
        { id: seedIds.monitor(2), name: 'same-name' },
      ]),
    );
    expect(error.fieldErrors.name).toEqual(['Health Check Monitor with this name already exists.']);
    expect(monitorNames()).not.toContain('same-name');
  });

  it('refuses a bulk PATCH id in capitals with "No data provided", as Nautobot looks the data up by the id sent', async () => {
    const transport = createTransport({
      baseUrl: TEST_NAUTOBOT,
      headers: { Authorization: `Token ${DEMO_TOKEN}` },
    });
    const error = await failure(
      transport.request('PATCH', 'load-balancers/virtual-servers/', {
        body: [{ id: seedIds.vs(0).toUpperCase(), enabled: false }],
      }),
    );
    expect(error.nonFieldErrors).toEqual(['No data provided']);
  });

  it('bulkDelete of a protected object is a 409 that deletes nothing, and skips ids it does not have', async () => {
    const spare = await client.create('health-check-monitors', { name: 'spare' });
    const error = await failure(client.bulkDelete('health-check-monitors', [spare.id, seedIds.monitor(0)]));
    expect(error.status).toBe(409);
    expect(error.detail).toMatch(/^Unable to delete object\. \d+ dependent objects were found: /);
    expect(fake.db.get('health-check-monitors', spare.id)).toBeDefined();
    await client.bulkDelete('health-check-monitors', [spare.id, MISSING]);
    expect(fake.db.get('health-check-monitors', spare.id)).toBeUndefined();
  });
});

describe('count, changes and object types', () => {
  it('count reads one row for its count', async () => {
    const total = (await client.list('virtual-servers', { limit: 1000 })).results.length;
    expect(await client.count('virtual-servers')).toBe(total);
    expect(last().url.searchParams.get('limit')).toBe('1');
    expect(last().url.searchParams.get('depth')).toBe('0');
  });

  it('changes filters the change log by object type and id', async () => {
    const [vs] = (await client.list('virtual-servers', { limit: 1 })).results;
    if (!vs) throw new Error('the seed has no virtual servers');
    const page = await client.changes('virtual-servers', vs.id);
    const { url } = last();
    expect(url.pathname).toBe('/api/extras/object-changes/');
    expect(url.searchParams.get('changed_object_type')).toBe('load_balancers.virtualserver');
    expect(url.searchParams.get('changed_object_id')).toBe(vs.id);
    expect(page.count).toBeGreaterThan(0);
    expect(
      page.results.every(
        (c) => c.changed_object_id === vs.id && c.changed_object_type === 'load_balancers.virtualserver',
      ),
    ).toBe(true);
  });

  it('puts the legacy app under /api/plugins/ and uses its app label', async () => {
    const error = await failure(legacy.list('virtual-servers'));
    expect(error.kind).toBe('not-found');
    expect(last().url.pathname).toBe('/api/plugins/load-balancer-models/virtual-servers/');
    expect(legacy.path('tenants')).toBe('tenancy/tenants/');
    expect(legacy.objectType('virtual-servers')).toBe('nautobot_load_balancer_models.virtualserver');
    await legacy.changes('load-balancer-pools', '3f2b9c1e-8a4d-4b6f-9e2a-0c1d2e3f4a5b');
    expect(last().url.searchParams.get('changed_object_type')).toBe(
      'nautobot_load_balancer_models.loadbalancerpool',
    );
  });

  it('refuses an object type for an endpoint that is not a model of ours', () => {
    expect(() => client.objectType('tenants')).toThrow(/no object type/);
  });
});

describe('failures', () => {
  const slowNautobot = () =>
    server.use(
      http.get(`${TEST_NAUTOBOT}/api/load-balancers/virtual-servers/`, async () => {
        await delay(500);
        return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
      }),
    );

  it('turns a malformed 200 into bad-response', async () => {
    server.use(
      http.get(`${TEST_NAUTOBOT}/api/load-balancers/virtual-servers/`, () =>
        HttpResponse.json({ count: 'x' }),
      ),
    );
    const error = await failure(client.list('virtual-servers'));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('virtual-servers');
  });

  it('turns a 200 that is not JSON into bad-response', async () => {
    server.use(
      http.get(`${TEST_NAUTOBOT}/api/load-balancers/virtual-servers/`, () =>
        HttpResponse.text('<html>login</html>'),
      ),
    );
    expect((await failure(client.list('virtual-servers'))).kind).toBe('bad-response');
  });

  it('reports a slow Nautobot as a timeout', async () => {
    slowNautobot();
    const slow = fakeClient({ timeoutMs: 50 });
    const error = await failure(slow.list('virtual-servers'));
    expect(error.kind).toBe('timeout');
  });

  it('lets a caller abort surface as an abort, not as a Nautobot error', async () => {
    slowNautobot();
    const controller = new AbortController();
    const pending = client.list('virtual-servers', {}, { signal: controller.signal });
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(NautobotError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('reports a rejected token as auth, with the API version', async () => {
    const stranger = fakeClient({ token: 'nope', lbPath: LB_PATH_CORE });
    const error = await failure(stranger.list('virtual-servers'));
    expect(error.kind).toBe('auth');
    expect(error.apiVersion).toBe('3.2');
  });
});

describe('stableSort', () => {
  it.each([
    ['name', 'name,id'],
    ['-port', '-port,id'],
    ['name,-id', 'name,-id'],
    ['id', 'id'],
    [' name , port ', 'name,port,id'],
    [undefined, undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(stableSort(input)).toBe(expected);
  });
});

describe('config', () => {
  it.each(['/api/load-balancers/', 'api/load-balancers', 'load-balancers/', ' load-balancers// '])(
    'normalises %j',
    (raw) => {
      expect(normaliseLbPath(raw)).toBe(LB_PATH_CORE);
    },
  );

  it('normalises the legacy app path to one the config schema accepts', () => {
    const lbPath = normaliseLbPath('/api/plugins/load-balancer-models');
    expect(lbPath).toBe(LB_PATH_LEGACY_APP);
    expect(apiConfigSchema.safeParse({ lbPath, nautobotUiUrl: 'https://nb.example.com' }).success).toBe(true);
  });

  it('names the app label by where the models live', () => {
    expect(appLabel({ lbPath: LB_PATH_CORE })).toBe('load_balancers');
    expect(appLabel({ lbPath: LB_PATH_LEGACY_APP })).toBe('nautobot_load_balancer_models');
  });
});
