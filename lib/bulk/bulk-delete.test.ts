import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { fakeClient, setupFakeNautobot, type SentRequest } from '@/components/test-utils/fake-nautobot';
import { TEST_NAUTOBOT } from '@/components/test-utils/render';
import { seedIds } from '@/mocks/seed/dataset';
import { bulkDelete, mergeDeleteResults, NOT_DELETED_REASON } from './bulk-delete';

const { fake, server, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const MONITORS = 'health-check-monitors';
const URL = `${TEST_NAUTOBOT}/api/load-balancers/${MONITORS}/`;

const deletes = () => sent.filter((s) => s.method === 'DELETE');
const idsSent = async (s: SentRequest) => (JSON.parse(await s.body) as { id: string }[]).map((x) => x.id);
const exists = (id: string) => fake.db.get(MONITORS, id) !== undefined;

/** Monitors nothing uses, named so they sort (Nautobot's order) as made. */
async function spares(n: number): Promise<string[]> {
  const made = await client.bulkCreate(
    MONITORS,
    Array.from({ length: n }, (_, i) => ({ name: `spare-${i}` })),
  );
  sent.length = 0;
  return made.map((m) => m.id);
}

describe('bulkDelete', () => {
  it('deletes in chunks of bulk DELETEs, reading each back, and reports progress', async () => {
    const ids = await spares(5);
    const progress: string[] = [];
    const result = await bulkDelete(client, MONITORS, ids, {
      chunkSize: 2,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(await Promise.all(deletes().map(idsSent))).toEqual([
      ids.slice(0, 2),
      ids.slice(2, 4),
      ids.slice(4),
    ]);
    expect(sent.map((s) => s.method)).toEqual(['DELETE', 'GET', 'DELETE', 'GET', 'DELETE', 'GET']);
    expect(progress).toEqual(['2/5', '4/5', '5/5']);
    expect(result.counts).toEqual({ deleted: 5, protected: 0, failed: 0, 'not-attempted': 0 });
    expect(ids.some(exists)).toBe(false);
  });

  it('deletes every unprotected object and names what protects the others', async () => {
    const ids = await spares(3);
    // Monitor 0 is used by pools, members and virtual servers; monitor 2 too.
    const all = [ids[0], seedIds.monitor(0), ids[1], ids[2], seedIds.monitor(2)] as string[];
    const result = await bulkDelete(client, MONITORS, all);
    expect(result.objects.map((o) => o.outcome)).toEqual([
      'deleted',
      'protected',
      'deleted',
      'deleted',
      'protected',
    ]);
    expect(ids.some(exists)).toBe(false);
    expect(exists(seedIds.monitor(0))).toBe(true);
    const blockers = result.objects[1]?.blockers;
    const users = ['load-balancer-pools', 'virtual-servers', 'load-balancer-pool-members'].flatMap((t) =>
      fake.db
        .rows(t)
        .filter((r) => r.health_check_monitor === seedIds.monitor(0))
        .map((r) => r.id),
    );
    expect(blockers?.count).toBe(users.length);
    expect(blockers?.objects.map((b) => b.id).sort()).toEqual(users.sort());
    expect(result.objects[1]?.reason).toMatch(/^Unable to delete object\./);
    // One refused request for all five, then halves until each protected monitor stands alone:
    // [a m0 b c m2] → [a m0 b] → [a m0] → [a] [m0], [b]; [c m2] → [c] [m2].
    expect((await Promise.all(deletes().map(idsSent))).map((b) => b.length)).toEqual([
      5, 3, 2, 1, 1, 1, 2, 1, 1,
    ]);
  });

  it('calls an id Nautobot skipped without deleting a failure, and one already gone deleted', async () => {
    const ids = await spares(2);
    await client.remove(MONITORS, ids[1] ?? '');
    // A user without delete permission on one: Nautobot answers 204 and leaves it.
    server.use(http.delete(URL, () => new HttpResponse(null, { status: 204 }), { once: true }));
    const result = await bulkDelete(client, MONITORS, ids);
    expect(result.objects).toEqual([
      { id: ids[0], outcome: 'failed', reason: NOT_DELETED_REASON },
      { id: ids[1], outcome: 'deleted' },
    ]);
  });

  it('retries network failures and 5xx with backoff, then reports the chunk failed', async () => {
    const ids = await spares(4);
    server.use(
      http.delete(URL, async ({ request }) =>
        (await request.clone().text()).includes(ids[0] ?? '')
          ? HttpResponse.json({}, { status: 502 })
          : undefined,
      ),
    );
    const waits: number[] = [];
    const result = await bulkDelete(client, MONITORS, ids, {
      chunkSize: 2,
      retries: 3,
      backoffMs: 50,
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
    });
    expect(waits).toEqual([50, 100, 200]);
    expect(result.objects.map((o) => o.outcome)).toEqual(['failed', 'failed', 'deleted', 'deleted']);
    expect(result.objects[0]?.reason).toBe('Nautobot answered HTTP 502.');
    expect(exists(ids[0] ?? '')).toBe(true);
  });

  it('finishes the chunk under way when cancelled', async () => {
    const ids = await spares(4);
    const controller = new AbortController();
    const result = await bulkDelete(client, MONITORS, ids, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.cancelled).toBe(true);
    expect(result.objects.map((o) => o.outcome)).toEqual([
      'deleted',
      'deleted',
      'not-attempted',
      'not-attempted',
    ]);
    expect(deletes()).toHaveLength(1);
    expect(exists(ids[3] ?? '')).toBe(true);
  });

  it('merges a retry into the first run, object by object, in the first run’s order', async () => {
    const ids = await spares(3);
    const controller = new AbortController();
    const first = await bulkDelete(client, MONITORS, ids, {
      chunkSize: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(first.counts['not-attempted']).toBe(2);
    const retry = await bulkDelete(client, MONITORS, [ids[2] ?? '']);
    const merged = mergeDeleteResults(first, retry);
    expect(merged.objects.map((o) => [o.id, o.outcome])).toEqual([
      [ids[0], 'deleted'],
      [ids[1], 'not-attempted'],
      [ids[2], 'deleted'],
    ]);
    expect(merged.counts).toEqual({ deleted: 2, protected: 0, failed: 0, 'not-attempted': 1 });
    expect(merged.cancelled).toBe(false);
  });
});
