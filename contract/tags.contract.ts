import { afterAll, describe, expect, it } from 'vitest';
import { seedId } from '@/mocks/seed/ids';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, rejected } from './helpers';
import { api, raw, run } from './target';

// Every form has a Tags picker: it lists tags allowed on the model, and saves them with the object.

const made = cleanupList();
afterAll(() => made.run());
const PCI = seedId('tag', 0);
const FREEZE = seedId('tag', 1);

describe('tags', () => {
  it('lists the tags allowed on a model by content type, searchable by name', async () => {
    const page = await api.list('tags', {
      q: 'pci',
      filters: { content_types: 'load_balancers.loadbalancerpool' },
    });
    expect(page.results.map((t) => t.name)).toEqual(['pci-scope']);
    const none = await api.count('tags', { filters: { content_types: 'dcim.cable' } });
    expect(none).toBe(0);
  });

  it('saves tags by id, reads them as references (nested at depth 1), filters by name and clears them', async () => {
    const pool = made.add(
      'load-balancer-pools',
      await api.create('load-balancer-pools', {
        name: `${run}-tagged`,
        load_balancing_algorithm: 'round_robin',
        tags: [PCI, FREEZE],
      }),
    );
    expect(pool.tags?.map((t) => t.id).sort()).toEqual([PCI, FREEZE].sort());
    const read = await api.get('load-balancer-pools', pool.id, { depth: 1 });
    expect(read.tags?.map((t) => t.name).sort()).toEqual(['change-freeze', 'pci-scope']);
    const filtered = await api.list('load-balancer-pools', {
      filters: { tags: 'pci-scope', name: `${run}-tagged` },
    });
    expect(filtered.count).toBe(1);
    const cleared = await api.update('load-balancer-pools', pool.id, { tags: [] });
    expect(cleared.tags).toEqual([]);
    expect(
      await api.count('load-balancer-pools', { filters: { tags: 'pci-scope', name: `${run}-tagged` } }),
    ).toBe(0);
  });

  it('refuses an unknown tag on the tags field', async () => {
    const e = await rejected(
      raw.request('PATCH', `load-balancers/load-balancer-pools/${seedIds.pool(3)}/`, {
        body: { tags: ['00000000-0000-4000-8000-000000000000'] },
      }),
    );
    expect(Object.keys(e.fieldErrors)).toEqual(['tags']);
  });
});
