import { describe, expect, it } from 'vitest';
import { seedId } from '@/mocks/seed/ids';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { chunks, chunkValues, idSet, listWhereIn, readPage } from './batched-list';
import { createNautobotClient } from './client';
import type { Query, Transport } from './transport';

const { requests } = setupFakeNautobot();

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const statusRow = (n: number) => ({
  id: uuid(n),
  object_type: 'extras.status',
  display: `S${n}`,
  url: '',
  name: `S${n}`,
  color: '000000',
});

/** Answers like Nautobot from `rows`, capped at `cap` a page, and records each request's query. */
function stubTransport(rows: ReturnType<typeof statusRow>[], cap: number) {
  const sent: Query[] = [];
  const transport: Transport = {
    request: (_method, _path, { query = {} } = {}) => {
      sent.push(query);
      const ids = new Set([query.id ?? []].flat().map(String));
      const matching = rows.filter((r) => ids.has(r.id));
      const offset = Number(query.offset ?? 0);
      const limit = Math.min(Number(query.limit), cap);
      const results = matching.slice(offset, offset + limit);
      const next = offset + limit < matching.length ? 'more' : null;
      return Promise.resolve({
        status: 200,
        headers: new Headers(),
        data: { count: matching.length, next, previous: null, results },
      });
    },
  };
  return { client: createNautobotClient(transport, { lbPath: 'load-balancers/' }), sent };
}

describe('idSet and chunks', () => {
  it('makes one key of the same ids in any order or case', () => {
    expect(idSet([uuid(2), uuid(1).toUpperCase(), uuid(2)])).toEqual([uuid(1), uuid(2)]);
  });

  it('cuts a list into pieces of at most the size', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });

  it('groups values by what they add to the URL, long names in smaller groups', () => {
    const names = Array.from({ length: 30 }, (_, i) => `pool-${'x'.repeat(100)}-${i}`);
    const groups = chunkValues(names, 'name');
    expect(groups.flat()).toEqual(names);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups)
      expect(g.reduce((n, v) => n + 'name'.length + 2 + v.length, 0)).toBeLessThanOrEqual(1800);
    expect(chunkValues(['a', 'b'], 'q')).toEqual([['a', 'b']]);
  });
});

describe('listWhereIn', () => {
  it('asks for as many ids a request as the URL budget holds, a thousand rows at a time, sorted by id', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => statusRow(i));
    const { client, sent } = stubTransport(rows, 1000);
    const found = await listWhereIn(
      client,
      'statuses',
      'id',
      rows.map((r) => r.id),
    );
    expect(found).toHaveLength(90);
    // "id=" plus a UUID is 40 characters of the 1,800 a request may use.
    expect(sent.map((q) => [q.id ?? []].flat().length)).toEqual([45, 45]);
    expect(sent.every((q) => q.limit === 1000 && q.sort === 'id')).toBe(true);
  });

  it('pages on within a chunk until it has every row', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => statusRow(i));
    // A server that caps pages lower than asked (MAX_PAGE_SIZE set below 1000).
    const { client, sent } = stubTransport(rows, 10);
    const found = await listWhereIn(
      client,
      'statuses',
      'id',
      rows.map((r) => r.id),
    );
    expect(found.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(sent.map((q) => q.offset)).toEqual([undefined, 10, 20]);
  });

  it('reads the members of a set of pools from the fake Nautobot in one request', async () => {
    const pools = [seedId('pool', 0), seedId('pool', 1), seedId('pool', 2)];
    const members = await listWhereIn(
      fakeClient(),
      'load-balancer-pool-members',
      'load_balancer_pool',
      pools,
      { depth: 1 },
    );
    expect(members).toHaveLength(30);
    expect(new Set(members.map((m) => m.load_balancer_pool.id))).toEqual(new Set(pools));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.searchParams.getAll('load_balancer_pool')).toEqual([...pools].sort());
    expect(requests[0]?.url.searchParams.get('depth')).toBe('1');
  });
});

describe('readPage', () => {
  it('reads a big page as four slices at once, hands each on as it arrives, and joins them in order', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => statusRow(i));
    const sent: Query[] = [];
    const transport: Transport = {
      request: (_method, _path, { query = {} } = {}) => {
        sent.push(query);
        const offset = Number(query.offset ?? 0);
        const results = rows.slice(offset, offset + Number(query.limit));
        return Promise.resolve({
          status: 200,
          headers: new Headers(),
          data: {
            count: rows.length,
            next: offset + results.length < rows.length ? 'more' : null,
            previous: null,
            results,
          },
        });
      },
    };
    const client = createNautobotClient(transport, { lbPath: 'load-balancers/' });
    // Each slice is handed on as it arrives (to be filled in while the others are still read).
    const handed: number[] = [];
    const page = await readPage(
      client,
      'statuses',
      { limit: 1000, offset: 100, sort: 'name' },
      {},
      (slice) => {
        handed.push(slice.length);
        return Promise.resolve(slice.map((r) => ({ ...r, display: r.display.toLowerCase() })));
      },
    );
    expect(handed).toEqual([250, 250, 250, 250]);
    expect(page.results[0]?.display).toBe('s100');
    expect(sent.map((q) => [q.offset, q.limit])).toEqual([
      [100, 250],
      [350, 250],
      [600, 250],
      [850, 250],
    ]);
    expect(page.results.map((r) => r.id)).toEqual(rows.slice(100, 1100).map((r) => r.id));
    expect(page.count).toBe(1200);
    expect(page.next).toBe('more');
    // A small page is one request.
    sent.length = 0;
    await readPage(client, 'statuses', { limit: 50 });
    expect(sent).toHaveLength(1);
  });
});
