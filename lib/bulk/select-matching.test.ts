import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import { matchingIds, selectMatching } from './select-matching';

const { fake, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const MEMBERS = 'load-balancer-pool-members';

const actor = () => {
  const user = fake.db.users[0];
  if (!user) throw new Error('the fake has no users');
  return { user, requestId: crypto.randomUUID() };
};
const allMemberIds = () =>
  fake.db
    .rows(MEMBERS)
    .map((r) => r.id)
    .sort();

describe('selectMatching', () => {
  it('pages through every match at depth 0 without M2M fields, sorted by id, and reports progress', async () => {
    const progress: { fetched: number; total: number }[] = [];
    const selection = await selectMatching(
      client,
      MEMBERS,
      {},
      { pageSize: 100, onProgress: (p) => progress.push(p) },
    );
    expect([...selection.ids].sort()).toEqual(allMemberIds());
    expect(new Set(selection.ids).size).toBe(300);
    expect(selection.total).toBe(300);
    // Each page starts on the last row of the one before: 100 + 99 + 99 + 2.
    expect(progress).toEqual([
      { fetched: 100, total: 300 },
      { fetched: 199, total: 300 },
      { fetched: 298, total: 300 },
      { fetched: 300, total: 300 },
    ]);
    expect(sent.map((s) => s.url.searchParams.get('offset'))).toEqual([null, '99', '198', '297']);
    for (const { url } of sent) {
      expect(url.searchParams.get('depth')).toBe('0');
      expect(url.searchParams.get('exclude_m2m')).toBe('true');
      expect(url.searchParams.get('sort')).toBe('id');
      expect(url.searchParams.get('limit')).toBe('100');
    }
  });

  it('sends the list’s search and filters, and resolves only what matches', async () => {
    const selection = await selectMatching(client, MEMBERS, {
      q: 'checkout',
      filters: { load_balancer_pool: seedIds.pool(3), status: 'Failed' },
    });
    // Pool 3 ("checkout-pool") has nine failed members, 0 to 8.
    const expected = Array.from({ length: 9 }, (_, m) => seedIds.member(3, m));
    expect([...selection.ids].sort()).toEqual(expected.sort());
    expect(sent[0]?.url.searchParams.get('status')).toBe('Failed');
    expect(sent[0]?.url.searchParams.get('q')).toBe('checkout');
    expect(sent[0]?.url.searchParams.get('limit')).toBe('1000');
  });

  it('never asks for more than Nautobot’s 1000 a page', async () => {
    await selectMatching(client, MEMBERS, {}, { pageSize: 5000 });
    expect(sent.map((s) => s.url.searchParams.get('limit'))).toEqual(['1000']);
  });

  it('keeps a preview of the first rows only when asked', async () => {
    const plain = await selectMatching(client, 'virtual-servers', {});
    expect(plain.preview).toEqual([]);
    const named = await selectMatching(
      client,
      'virtual-servers',
      {},
      { pageSize: 10, preview: { count: 12, pick: (row) => row.name } },
    );
    expect(named.preview).toHaveLength(12);
    const byId = fake.db.rows('virtual-servers').sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(named.preview).toEqual(byId.slice(0, 12).map((r) => r.name));
  });

  it('skips nothing when objects already seen are deleted between pages', async () => {
    const ids: string[] = [];
    let deleted: string[] = [];
    for await (const page of matchingIds(client, MEMBERS, {}, { pageSize: 100 })) {
      ids.push(...page.ids);
      if (deleted.length === 0) {
        // Rows before the next offset vanish: the next page, read from offset 99, would start past unseen rows.
        deleted = page.ids.slice(0, 5);
        const result = fake.db.deleteMany(MEMBERS, deleted, actor());
        expect('deleted' in result).toBe(true);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    const remaining = allMemberIds();
    expect(remaining).toHaveLength(295);
    expect(remaining.every((id) => ids.includes(id))).toBe(true);
  });

  it('counts objects created between pages at most once', async () => {
    const ids: string[] = [];
    let created = false;
    for await (const page of matchingIds(client, MEMBERS, {}, { pageSize: 100 })) {
      ids.push(...page.ids);
      if (!created) {
        created = true;
        // Ids sorting before everything seen push seen rows forward into the next page.
        const template = fake.db.get(MEMBERS, seedIds.member(0, 0));
        const made = fake.db.createMany(
          MEMBERS,
          [1, 2, 3].map((n) => ({
            id: `00000000-0000-4000-8000-00000000000${n}`,
            ip_address: template?.ip_address,
            load_balancer_pool: template?.load_balancer_pool,
            port: 60000 + n,
            status: template?.status,
          })),
          actor(),
        );
        expect('rows' in made).toBe(true);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(300);
    const seed = allMemberIds().filter((id) => !id.startsWith('00000000-'));
    expect(seed.every((id) => ids.includes(id))).toBe(true);
  });

  it('stops when aborted, with an AbortError and no further request', async () => {
    const controller = new AbortController();
    const pending = selectMatching(
      client,
      MEMBERS,
      {},
      {
        pageSize: 50,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
    );
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('AbortError');
    expect(sent).toHaveLength(1);
  });
});
