import { describe, expect, it } from 'vitest';
import { listExpanded } from '@/lib/api/expand-refs';
import { resources, resourceKeys } from '@/lib/api/resources';
import { api } from './target';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Field for field where both have it. A list read adds what depth=1 leaves out (tags, a tenant's counts); it
 * lacks only an IP address's many-to-many lists (interfaces, NAT), which no table shows.
 */
function sameWhereBothHave(got: unknown, want: unknown, what: string) {
  if (!isObject(got) || !isObject(want)) {
    expect(got, what).toEqual(want);
    return;
  }
  for (const [name, value] of Object.entries(want)) {
    if (name in got) expect(got[name], `${what}.${name}`).toEqual(value);
    else expect(Array.isArray(value), `${what}.${name} missing`).toBe(true);
  }
}

/**
 * Tables read pages flat and fill references in by id (lib/api/expand-refs.ts) instead of asking for `depth=1`,
 * which is what makes a 1,000-row page cheap for Nautobot. This holds them to the same answer: each reference
 * filled in is the object `depth=1` nests, field for field where both have the field.
 */
describe('a page read flat and filled in by id', () => {
  it.each(resourceKeys)('%s: every reference is what depth=1 nests', async (key) => {
    const { references } = resources[key];
    const params = { limit: 60, sort: resources[key].defaultSort, excludeM2m: false } as const;
    const [expanded, deep] = await Promise.all([
      listExpanded(api, key, { fields: references }, params),
      api.list(key, { ...params, depth: 1 }),
    ]);
    expect(expanded.count).toBe(deep.count);
    expect(expanded.results.map((r) => r.id)).toEqual(deep.results.map((r) => r.id));
    let filled = 0;
    expanded.results.forEach((row, i) => {
      const want = deep.results[i] as Record<string, unknown>;
      for (const field of Object.keys(references)) {
        const got = (row as Record<string, unknown>)[field];
        const nested = want[field];
        const what = `${key} ${row.id} ${field}`;
        if (Array.isArray(got) && Array.isArray(nested)) {
          expect(got.length, what).toBe(nested.length);
          got.forEach((g: unknown, j) => sameWhereBothHave(g, nested[j], `${what}[${j}]`));
        } else sameWhereBothHave(got, nested, what);
        if (isObject(got) && ('name' in got || 'host' in got)) filled += 1;
      }
    });
    expect(filled).toBeGreaterThan(0);
  });

  it('fills in what a member’s status reads one level down: its IP address’s status and its pool’s monitor', async () => {
    const page = await listExpanded(
      api,
      'load-balancer-pool-members',
      {
        fields: { ip_address: 'ip-addresses', load_balancer_pool: 'load-balancer-pools' },
        nested: {
          'ip-addresses': { status: 'statuses' },
          'load-balancer-pools': { health_check_monitor: 'health-check-monitors' },
        },
      },
      { limit: 100, sort: 'id' },
    );
    const ipStatuses = page.results.map((m) => (m.ip_address as { status?: { name?: string } }).status?.name);
    expect(ipStatuses.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    const monitors = page.results.flatMap((m) => {
      const monitor = (m.load_balancer_pool as { health_check_monitor?: { name?: string } | null })
        .health_check_monitor;
      return monitor ? [monitor] : [];
    });
    expect(monitors.length).toBeGreaterThan(0);
    expect(monitors.every((m) => typeof m.name === 'string')).toBe(true);
  });
});
