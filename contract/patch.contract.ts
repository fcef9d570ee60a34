import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, micros, rejected, runPort } from './helpers';
import { api, raw, run } from './target';

// Edit forms send only what changed (PATCH), and detect a concurrent edit by comparing `last_updated`.

const made = cleanupList();
let id = '';

beforeAll(async () => {
  const vs = await api.create('virtual-servers', {
    name: `${run}-patch`,
    vip: seedIds.vip(2),
    protocol: 'tcp',
    port: runPort + 1,
    tenant: seedIds.tenant(0),
    load_balancer_pool: seedIds.pool(2),
  });
  id = made.add('virtual-servers', vs).id;
});
afterAll(() => made.run());

/** Nautobot's timestamps: UTC, microseconds (Python drops them when they are all zero). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$/;

describe('partial updates', () => {
  it('changes only the fields sent, and clears a nullable reference and the port with null', async () => {
    const cleared = await api.update('virtual-servers', id, { tenant: null, port: null });
    expect(cleared.tenant).toBeNull();
    expect(cleared.port).toBeNull();
    expect(cleared.load_balancer_pool?.id).toBe(seedIds.pool(2));
    expect(cleared.protocol).toBe('tcp');
    const set = await api.update('virtual-servers', id, { tenant: 'Payments', port: runPort + 1 });
    expect(set.tenant?.id).toBe(seedIds.tenant(1));
    expect(set.port).toBe(runPort + 1);
  });

  it('refuses null where the field is not nullable', async () => {
    const e = await rejected(
      raw.request('PATCH', `load-balancers/virtual-servers/${id}/`, {
        body: { vip: null, name: null, protocol: null, enabled: null },
      }),
    );
    expect(e.fieldErrors).toEqual({
      vip: ['This field may not be null.'],
      name: ['This field may not be null.'],
      protocol: ['This field may not be null.'],
      enabled: ['This field may not be null.'],
    });
  });

  it('moves last_updated forward on every save, even an empty one, in microsecond UTC format', async () => {
    const before = await api.get('virtual-servers', id);
    expect(before.last_updated).toMatch(TIMESTAMP);
    expect(before.created).toMatch(TIMESTAMP);
    const first = await api.update('virtual-servers', id, { enabled: false });
    const second = await api.update('virtual-servers', id, {});
    const after = await api.get('virtual-servers', id);
    expect(first.last_updated).toMatch(TIMESTAMP);
    expect(micros(first.last_updated ?? '')).toBeGreaterThan(micros(before.last_updated ?? ''));
    expect(micros(second.last_updated ?? '')).toBeGreaterThan(micros(first.last_updated ?? ''));
    expect(after.last_updated).toBe(second.last_updated);
    expect(after.created).toBe(before.created);
  });

  it('answers a write with depth-0 references and the empty opt-in fields', async () => {
    const { data } = await raw.request('PATCH', `load-balancers/virtual-servers/${id}/`, {
      body: { enabled: true },
    });
    const body = data as Record<string, unknown>;
    expect(body.computed_fields).toEqual({});
    expect(body.relationships).toEqual({});
    expect(Object.keys(body.vip as object).sort()).toEqual(['id', 'object_type', 'url']);
    const read = (await raw.request('GET', `load-balancers/virtual-servers/${id}/`)).data as object;
    expect(Object.keys(read)).not.toContain('computed_fields');
    expect(Object.keys(read)).not.toContain('relationships');
  });
});
