import { describe, expect, it } from 'vitest';
import { buildSeed, seedIds } from '@/mocks/seed/dataset';
import { dependents, rejected } from './helpers';
import { api } from './target';

// The delete dialog parses Nautobot's 409 into a list of blocking objects, so its exact shape matters.

const seed = buildSeed();
const objects = (table: string) => seed.find((s) => s.table === table)?.objects ?? [];
/** Ids of seeded objects of `table` whose `field` is `value`. */
const seededWith = (table: string, field: string, value: string) =>
  objects(table)
    .filter((o) => o[field] === value)
    .map((o) => String(o.id));

describe('protected deletes', () => {
  it('refuses to delete a pool in use, naming every member and virtual server as "<str> (<uuid>)"', async () => {
    const e = await rejected(api.remove('load-balancer-pools', seedIds.pool(0)));
    expect(e.status).toBe(409);
    expect(e.kind).toBe('conflict');
    const found = dependents(e.detail);
    const expected = [
      ...seededWith('virtual-servers', 'load_balancer_pool', seedIds.pool(0)),
      ...seededWith('load-balancer-pool-members', 'load_balancer_pool', seedIds.pool(0)),
    ];
    expect(found.count).toBe(11);
    // Django collects them in a set: the order is arbitrary on a real server.
    expect([...found.ids].sort()).toEqual([...expected].sort());
    expect(found.labels).toContain('vs-web-https');
    expect(found.labels.filter((l) => /^\d+\.\d+\.\d+\.\d+:80$/.test(l))).toHaveLength(10);
    expect(await api.get('load-balancer-pools', seedIds.pool(0))).toBeTruthy();
  });

  it('refuses to delete a monitor used by pools and virtual servers', async () => {
    const e = await rejected(api.remove('health-check-monitors', seedIds.monitor(0)));
    expect(e.status).toBe(409);
    const found = dependents(e.detail);
    const expected = ['virtual-servers', 'load-balancer-pools', 'load-balancer-pool-members'].flatMap((t) =>
      seededWith(t, 'health_check_monitor', seedIds.monitor(0)),
    );
    expect(found.count).toBe(expected.length);
    expect([...found.ids].sort()).toEqual([...expected].sort());
  });

  it('lists every dependent, however many (a status used by 37 members)', async () => {
    const [failed] = (await api.list('statuses', { filters: { name: 'Failed' } })).results;
    // Only ever try this on a status that is certainly in use.
    expect(await api.count('load-balancer-pool-members', { filters: { status: 'Failed' } })).toBe(37);
    const e = await rejected(api.remove('statuses', failed?.id ?? ''));
    expect(e.status).toBe(409);
    const found = dependents(e.detail);
    const expected = objects('load-balancer-pool-members')
      .filter((m) => m.status === 'Failed')
      .map((m) => String(m.id));
    expect(expected).toHaveLength(37);
    expect(found.count).toBe(37);
    expect([...found.ids].sort()).toEqual([...expected].sort());
  });

  it('stops a bulk delete at the first protected object, in the model’s order, deleting nothing', async () => {
    // Pool 3 ("checkout-pool") sorts before pool 0 ("web-pool"); only its dependents are named.
    const e = await rejected(api.bulkDelete('load-balancer-pools', [seedIds.pool(0), seedIds.pool(3)]));
    expect(e.status).toBe(409);
    const found = dependents(e.detail);
    expect(found.count).toBe(11);
    expect(found.ids).toContain(seedIds.vs(3));
    expect(found.ids).not.toContain(seedIds.vs(0));
    expect(
      await api.count('load-balancer-pools', { filters: { id: [seedIds.pool(0), seedIds.pool(3)] } }),
    ).toBe(2);
  });
});
