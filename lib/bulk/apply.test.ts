import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { fakeClient, setupFakeNautobot, type SentRequest } from '@/components/test-utils/fake-nautobot';
import { TEST_NAUTOBOT } from '@/components/test-utils/render';
import { seedIds } from '@/mocks/seed/dataset';
import type { ResourceKey } from '../api/resources';
import { formDefs } from '../forms/registry';
import { applyPlan, NOT_FOUND_REASON, retryPlan } from './apply';
import type { BulkChange, BulkPlan } from './plan';
import { planForIds } from './plan-for-ids';

const { fake, server, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const API = `${TEST_NAUTOBOT}/api/load-balancers`;
const VS_ASSIGNMENTS = 'virtual-server-certificate-profile-assignments';
const pick = (id: string, label = id) => ({ id, label });

const writes = () => sent.filter((s) => s.method !== 'GET');
const summary = (list: SentRequest[]) =>
  list.map((s) => `${s.method} ${s.url.pathname.replace('/api/load-balancers/', '')}`);
const idsSent = async (s: SentRequest | undefined) =>
  (JSON.parse((await s?.body) ?? '[]') as { id: string }[]).map((x) => x.id);
const profilesOf = (vs: string) =>
  fake.db
    .rows(VS_ASSIGNMENTS)
    .filter((a) => a.virtual_server === vs)
    .map((a) => a.certificate_profile)
    .sort();
const actor = () => {
  const user = fake.db.users[0];
  if (!user) throw new Error('no user');
  return { user, requestId: crypto.randomUUID() };
};
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

async function planFor(resource: ResourceKey, ids: string[], change: BulkChange): Promise<BulkPlan> {
  const result = await planForIds(client, formDefs[resource], ids, change);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  sent.length = 0;
  return result.plan;
}
const vsIds = (n: number) => Array.from({ length: n }, (_, i) => seedIds.vs(i));

describe('applyPlan', () => {
  it('sends sequential chunks of the given size and reports progress after each', async () => {
    const plan = await planFor('virtual-servers', vsIds(7), { enabled: { op: 'set', value: false } });
    const progress: string[] = [];
    const result = await applyPlan(client, plan, {
      chunkSize: 3,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['3/7', '6/7', '7/7']);
    expect(summary(sent)).toEqual(Array<string>(3).fill('PATCH virtual-servers/'));
    expect(await Promise.all(sent.map(idsSent))).toEqual([
      vsIds(7).slice(0, 3),
      vsIds(7).slice(3, 6),
      vsIds(7).slice(6),
    ]);
    expect(result.counts).toMatchObject({ applied: 7, failed: 0 });
    const [first] = result.objects;
    expect(first).toMatchObject({
      id: seedIds.vs(0),
      outcome: 'applied',
      before: { enabled: true },
      after: { enabled: false },
    });
    expect(first?.lastUpdated).toBe(fake.db.get('virtual-servers', seedIds.vs(0))?.last_updated);
    expect(first?.lastUpdated).not.toBe(plan.objects[0]?.lastUpdated);
    expect(vsIds(7).every((id) => fake.db.get('virtual-servers', id)?.enabled === false)).toBe(true);
  });

  it('sends nothing for objects unchanged, gone or refused by the form’s rules', async () => {
    // VS 2 already listens on 8443; VS 3 is placed on a cloud service, so a device would be a second target.
    const missing = '00000000-0000-4000-8000-000000000000';
    const ports = await planFor('virtual-servers', [seedIds.vs(0), seedIds.vs(2), missing], {
      port: { op: 'set', value: '8443' },
    });
    const result = await applyPlan(client, ports);
    expect(result.objects.map((o) => o.outcome)).toEqual(['applied', 'unchanged', 'failed']);
    expect(result.objects[2]?.reason).toBe(NOT_FOUND_REASON);
    expect(await Promise.all(writes().map(idsSent))).toEqual([[seedIds.vs(0)]]);

    sent.length = 0;
    const device = fake.db.rows('devices')[0]?.id ?? '';
    const placed = await planFor('virtual-servers', [seedIds.vs(3)], {
      device: { op: 'set', value: pick(device) },
    });
    const refused = await applyPlan(client, placed);
    expect(refused.objects[0]?.outcome).toBe('failed');
    expect(Object.keys(refused.objects[0]?.fieldErrors ?? {}).sort()).toEqual(['cloud_service', 'device']);
    expect(writes()).toEqual([]);
  });

  it('gives a uniqueness clash in Nautobot’s words, without DRF’s non-field key as a label', async () => {
    const message = 'The fields ip_address, port, load_balancer_pool must make a unique set.';
    server.use(
      http.patch(`${API}/load-balancer-pool-members/`, () =>
        HttpResponse.json([{ non_field_errors: [message] }], { status: 400 }),
      ),
    );
    const plan = await planFor('load-balancer-pool-members', [seedIds.member(0, 0)], {
      port: { op: 'set', value: '8081' },
    });
    const result = await applyPlan(client, plan);
    expect(result.objects[0]).toMatchObject({ outcome: 'failed', reason: message });
  });

  it('bisects a chunk Nautobot refuses, so the good objects land and each bad one gets its reason', async () => {
    // Names are unique: only the first of the four monitors (in Nautobot's order) can take it.
    const ids = [0, 1, 2, 3].map(seedIds.monitor);
    const plan = await planFor('health-check-monitors', ids, { name: { op: 'set', value: 'shared-name' } });
    const result = await applyPlan(client, plan, { chunkSize: 4 });
    expect(await Promise.all(writes().map(idsSent))).toEqual([
      ids,
      ids.slice(0, 2),
      ids.slice(0, 1),
      ids.slice(1, 2),
      ids.slice(2),
      ids.slice(2, 3),
      ids.slice(3),
    ]);
    expect(result.objects.map((o) => o.outcome)).toEqual(['applied', 'failed', 'failed', 'failed']);
    expect(result.objects[1]).toMatchObject({
      reason: 'Name: Health Check Monitor with this name already exists.',
      fieldErrors: { name: ['Health Check Monitor with this name already exists.'] },
    });
    expect(fake.db.rows('health-check-monitors').filter((m) => m.name === 'shared-name')).toHaveLength(1);
  });

  it('names the field of a value only Nautobot refuses', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(0), seedIds.vs(1)], {
      port: { op: 'set', value: '8000' },
    });
    const bad = plan.objects[1];
    if (!bad) throw new Error('not planned');
    bad.patch = { port: 70000 };
    const result = await applyPlan(client, plan);
    expect(result.objects.map((o) => o.outcome)).toEqual(['applied', 'failed']);
    expect(result.objects[1]).toMatchObject({
      reason: 'Port: Ensure this value is less than or equal to 65535.',
      fieldErrors: { port: ['Ensure this value is less than or equal to 65535.'] },
    });
  });

  it('reports an object the PATCH silently skipped as not found or not permitted', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(0), seedIds.vs(1)], {
      enabled: { op: 'set', value: false },
    });
    fake.db.deleteMany('virtual-servers', [seedIds.vs(1)], actor());
    const result = await applyPlan(client, plan);
    expect(result.objects.map((o) => [o.outcome, o.reason])).toEqual([
      ['applied', undefined],
      ['failed', NOT_FOUND_REASON],
    ]);
    expect(writes()).toHaveLength(1);
  });

  it('retries network failures and 5xx with doubling backoff', async () => {
    const plan = await planFor('virtual-servers', vsIds(2), { enabled: { op: 'set', value: false } });
    server.use(
      http.patch(`${API}/virtual-servers/`, () => HttpResponse.json({ detail: 'busy' }, { status: 503 }), {
        once: true,
      }),
      http.patch(`${API}/virtual-servers/`, () => HttpResponse.error(), { once: true }),
    );
    const { waits, sleep } = recordingSleep();
    const result = await applyPlan(client, plan, { sleep, backoffMs: 100 });
    expect(waits).toEqual([100, 200]);
    expect(writes()).toHaveLength(3);
    expect(result.counts.applied).toBe(2);
  });

  it('gives up on a chunk after the retries, reports why, and goes on with the next', async () => {
    const plan = await planFor('virtual-servers', vsIds(4), { enabled: { op: 'set', value: false } });
    server.use(
      http.patch(`${API}/virtual-servers/`, async ({ request }) =>
        (await request.clone().text()).includes(seedIds.vs(0))
          ? new HttpResponse('<title>Bad Gateway</title>', {
              status: 500,
              headers: { 'Content-Type': 'text/html' },
            })
          : undefined,
      ),
    );
    const { waits, sleep } = recordingSleep();
    const result = await applyPlan(client, plan, { chunkSize: 2, retries: 2, backoffMs: 10, sleep });
    expect(waits).toEqual([10, 20]);
    expect(writes()).toHaveLength(4);
    expect(result.objects.map((o) => o.outcome)).toEqual(['failed', 'failed', 'applied', 'applied']);
    expect(result.objects[0]?.reason).toMatch(/^Nautobot failed with HTTP 500 \(Bad Gateway\)/);
    expect(fake.db.get('virtual-servers', seedIds.vs(0))?.enabled).toBe(true);
  });

  it('finishes the chunk under way when cancelled and attempts nothing after it', async () => {
    const plan = await planFor('virtual-servers', vsIds(6), { enabled: { op: 'set', value: false } });
    const controller = new AbortController();
    const result = await applyPlan(client, plan, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(writes()).toHaveLength(1);
    expect(result.cancelled).toBe(true);
    expect(result.counts).toMatchObject({ applied: 2, 'not-attempted': 4 });
    expect(fake.db.get('virtual-servers', seedIds.vs(2))?.enabled).toBe(true);
  });

  it('stops sending when the session is no longer valid', async () => {
    const plan = await planFor('virtual-servers', vsIds(6), { enabled: { op: 'set', value: false } });
    server.use(
      http.patch(`${API}/virtual-servers/`, () =>
        HttpResponse.json({ detail: 'Invalid token' }, { status: 403 }),
      ),
    );
    const result = await applyPlan(client, plan, { chunkSize: 2 });
    expect(writes()).toHaveLength(1);
    expect(result.objects.map((o) => o.outcome)).toEqual([
      'failed',
      'failed',
      ...Array<string>(4).fill('not-attempted'),
    ]);
    expect(result.objects[5]?.reason).toBe('Invalid token');
    expect(result.cancelled).toBe(false);
  });

  it('writes certificate profiles through the assignment endpoint after the fields', async () => {
    // VS 0 has certificate profile 0; VS 1 has none.
    const plan = await planFor('virtual-servers', [seedIds.vs(0), seedIds.vs(1)], {
      enabled: { op: 'set', value: false },
      certificate_profiles: {
        op: 'add-remove',
        add: [pick(seedIds.cert(5), 'c5')],
        remove: [pick(seedIds.cert(0), 'c0')],
      },
    });
    const result = await applyPlan(client, plan);
    expect(summary(sent)).toEqual([
      'PATCH virtual-servers/',
      `GET ${VS_ASSIGNMENTS}/`,
      `POST ${VS_ASSIGNMENTS}/`,
      `DELETE ${VS_ASSIGNMENTS}/`,
    ]);
    expect(sent[1]?.url.searchParams.getAll('virtual_server')).toEqual([seedIds.vs(0), seedIds.vs(1)]);
    expect(profilesOf(seedIds.vs(0))).toEqual([seedIds.cert(5)]);
    expect(profilesOf(seedIds.vs(1))).toEqual([seedIds.cert(5)]);
    expect(result.objects.map((o) => o.outcome)).toEqual(['applied', 'applied']);
    expect(result.objects[0]?.certificates).toEqual({
      added: [pick(seedIds.cert(5), 'c5')],
      // What is removed is named as Nautobot names it, whatever label the dialog had.
      removed: [pick(seedIds.cert(0), 'www-example-com')],
      notAdded: [],
      notRemoved: [],
    });
    // Assignments leave last_updated alone; the field PATCH set it.
    expect(result.objects[1]?.lastUpdated).toBe(fake.db.get('virtual-servers', seedIds.vs(1))?.last_updated);
  });

  it('reports an object whose assignments failed as partly applied, saying what did not change', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(1)], {
      enabled: { op: 'set', value: false },
      certificate_profiles: { op: 'add-remove', add: [pick(seedIds.cert(5), 'c5')], remove: [] },
    });
    server.use(
      http.post(`${API}/${VS_ASSIGNMENTS}/`, () => HttpResponse.json({ detail: 'x' }, { status: 500 })),
    );
    const { sleep } = recordingSleep();
    const result = await applyPlan(client, plan, { sleep });
    const [o] = result.objects;
    expect(o?.outcome).toBe('partial');
    expect(o?.after).toEqual({ enabled: false });
    expect(o?.certificates).toMatchObject({ added: [], notAdded: [pick(seedIds.cert(5), 'c5')] });
    expect(o?.reason).toBe('“c5” was not assigned: x');
    expect(fake.db.get('virtual-servers', seedIds.vs(1))?.enabled).toBe(false);
  });

  it('assigns the profiles Nautobot accepts when it refuses others in the same request', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(1)], {
      certificate_profiles: {
        op: 'add-remove',
        add: [pick(seedIds.cert(5), 'c5'), pick(seedIds.cert(6), 'c6')],
        remove: [],
      },
    });
    // Someone deletes profile 6 after the preview.
    fake.db.deleteMany('certificate-profiles', [seedIds.cert(6)], actor());
    const result = await applyPlan(client, plan);
    expect(summary(writes())).toEqual([`POST ${VS_ASSIGNMENTS}/`, `POST ${VS_ASSIGNMENTS}/`]);
    expect(profilesOf(seedIds.vs(1))).toEqual([seedIds.cert(5)]);
    const [o] = result.objects;
    expect(o?.outcome).toBe('partial');
    expect(o?.certificates).toMatchObject({
      added: [pick(seedIds.cert(5), 'c5')],
      notAdded: [pick(seedIds.cert(6), 'c6')],
    });
    expect(o?.reason).toMatch(/^“c6” was not assigned: Related object not found/);
  });

  it('does not assign a profile twice when a retried POST had landed', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(1)], {
      certificate_profiles: { op: 'add-remove', add: [pick(seedIds.cert(5))], remove: [] },
    });
    // The POST reaches Nautobot, but its answer is lost.
    server.use(
      http.post(
        `${API}/${VS_ASSIGNMENTS}/`,
        () => {
          fake.db.createMany(
            VS_ASSIGNMENTS,
            [{ virtual_server: seedIds.vs(1), certificate_profile: seedIds.cert(5) }],
            actor(),
          );
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { sleep } = recordingSleep();
    const result = await applyPlan(client, plan, { sleep });
    expect(summary(sent)).toEqual([
      `GET ${VS_ASSIGNMENTS}/`,
      `POST ${VS_ASSIGNMENTS}/`,
      `GET ${VS_ASSIGNMENTS}/`,
    ]);
    expect(result.objects[0]?.outcome).toBe('applied');
    expect(profilesOf(seedIds.vs(1))).toEqual([seedIds.cert(5)]);
  });
});

describe('retryPlan', () => {
  it('plans again what failed (and, unless failedOnly, what was not attempted)', async () => {
    const plan = await planFor('virtual-servers', vsIds(4), { enabled: { op: 'set', value: false } });
    server.use(
      http.patch(`${API}/virtual-servers/`, () => HttpResponse.json({ detail: 'down' }, { status: 503 }), {
        once: true,
      }),
    );
    const controller = new AbortController();
    const first = await applyPlan(client, plan, {
      chunkSize: 2,
      retries: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(first.objects.map((o) => o.outcome)).toEqual([
      'failed',
      'failed',
      'not-attempted',
      'not-attempted',
    ]);
    expect(retryPlan(first, { failedOnly: true }).objects.map((o) => o.id)).toEqual(vsIds(2));
    const again = await applyPlan(client, retryPlan(first));
    expect(again.objects.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied', 'applied']);
  });

  it('retries only the certificate profiles a partial object still lacks', async () => {
    const plan = await planFor('virtual-servers', [seedIds.vs(1)], {
      enabled: { op: 'set', value: false },
      certificate_profiles: { op: 'add-remove', add: [pick(seedIds.cert(5))], remove: [] },
    });
    server.use(
      http.post(`${API}/${VS_ASSIGNMENTS}/`, () => HttpResponse.json({}, { status: 500 }), { once: true }),
    );
    const first = await applyPlan(client, plan, { retries: 0 });
    expect(first.objects[0]?.outcome).toBe('partial');
    const retry = retryPlan(first);
    expect(retry.objects[0]).toMatchObject({
      patch: {},
      certificates: { add: [pick(seedIds.cert(5))], remove: [] },
    });
    sent.length = 0;
    const again = await applyPlan(client, retry);
    expect(summary(writes())).toEqual([`POST ${VS_ASSIGNMENTS}/`]);
    expect(again.objects[0]?.outcome).toBe('applied');
  });
});
