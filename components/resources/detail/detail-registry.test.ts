import { describe, expect, it } from 'vitest';
import { endpoints } from '@/lib/api/endpoints';
import { resourceKeys, resources } from '@/lib/api/resources';
import { detailConfig } from './detail-registry';
import { referrersOf } from './delete-blockers';

describe('detail registry', () => {
  it.each(resourceKeys)('%s: places each field of the model at most once', (key) => {
    const config = detailConfig(key);
    const shape = Object.keys(endpoints[key].schema.shape);
    const placed = [
      ...config.panels.flatMap((p) => p.fields.map((f) => (typeof f === 'string' ? f : f.name))),
      ...config.sections.flatMap((s) => (s.kind === 'embedded' ? [s.field] : [])),
    ];
    for (const name of placed) expect(shape).toContain(name);
    expect(new Set(placed).size).toBe(placed.length);
  });

  // TypeScript cannot check these: the tenant filters widen every model's filter names to `string`.
  it.each(resourceKeys)('%s: filters related lists by parameters the related model declares', (key) => {
    for (const section of detailConfig(key).sections) {
      const params = resources[section.resource].filters.map((f) => f.param);
      expect(params, `${key} → ${section.id}`).toContain(section.filter);
    }
  });

  it('knows which of our models can block deleting another', () => {
    expect(referrersOf('load-balancer-pools')).toEqual([
      { resource: 'virtual-servers', param: 'load_balancer_pool' },
      { resource: 'load-balancer-pool-members', param: 'load_balancer_pool' },
    ]);
    expect(referrersOf('health-check-monitors').map((r) => r.resource)).toEqual([
      'virtual-servers',
      'load-balancer-pools',
      'load-balancer-pool-members',
    ]);
  });
});
