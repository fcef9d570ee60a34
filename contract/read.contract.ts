import { describe, expect, it } from 'vitest';
import { NautobotError } from '@/lib/api/errors';
import { seedIds } from '@/mocks/seed/dataset';
import { api, raw } from './target';

describe('reading the seeded estate', () => {
  it.each([
    ['virtual-servers', 25],
    ['load-balancer-pools', 30],
    ['load-balancer-pool-members', 300],
    ['health-check-monitors', 8],
    ['certificate-profiles', 10],
  ] as const)('%s holds the seed (%i)', async (key, count) => {
    const page = await api.list(key, { limit: 5, depth: 1 });
    expect(page.count).toBe(count);
    expect(page.results).toHaveLength(5);
  });

  it('parses every related endpoint the UI uses', async () => {
    for (const key of [
      'ip-addresses',
      'prefixes',
      'namespaces',
      'tenants',
      'devices',
      'device-redundancy-groups',
      'virtual-chassis',
      'cloud-services',
      'statuses',
      'virtual-server-certificate-profile-assignments',
      'load-balancer-pool-member-certificate-profile-assignments',
    ] as const) {
      const page = await api.list(key, { limit: 3, depth: 1 });
      expect(page.count, key).toBeGreaterThan(0);
    }
  });

  it('lists the five pool-member statuses for the member content type', async () => {
    const page = await api.list('statuses', {
      filters: { content_types: 'load_balancers.loadbalancerpoolmember' },
      limit: 100,
    });
    expect(page.results.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Active', 'Maintenance', 'Planned', 'Failed', 'Decommissioning']),
    );
  });

  it('paginates with limit and offset without repeating rows that tie on the sort key', async () => {
    const first = await api.list('load-balancer-pool-members', { limit: 100, sort: 'port' });
    const second = await api.list('load-balancer-pool-members', { limit: 100, offset: 100, sort: 'port' });
    expect(first.count).toBe(300);
    expect(first.next).toContain('offset=100');
    expect(first.previous).toBeNull();
    expect(second.previous).not.toBeNull();
    const ids = new Set([...first.results, ...second.results].map((m) => m.id));
    expect(ids.size).toBe(200);
  });

  it('caps a page at 1000 rows', async () => {
    const page = await api.list('load-balancer-pool-members', { limit: 5000 });
    expect(page.results).toHaveLength(300);
    expect(page.next).toBeNull();
  });

  it('sorts on the server, both ways, nulls last ascending and first descending, and ignores unknown sort keys', async () => {
    const asc = await api.list('virtual-servers', { limit: 100, sort: 'name' });
    const desc = await api.list('virtual-servers', { limit: 100, sort: '-name' });
    const names = asc.results.map((v) => v.name);
    expect(names).toEqual([...names].sort());
    expect(desc.results.map((v) => v.name)).toEqual([...names].reverse());
    const ports = (await api.list('load-balancer-pool-members', { limit: 1000, sort: '-port' })).results.map(
      (m) => m.port,
    );
    expect(ports).toEqual([...ports].sort((a, b) => b - a));
    const vsPorts = (await api.list('virtual-servers', { limit: 100, sort: 'port' })).results.map(
      (v) => v.port,
    );
    expect(vsPorts.slice(-4)).toEqual([null, null, null, null]);
    expect(vsPorts[0]).toBe(53);
    const vsPortsDesc = (await api.list('virtual-servers', { limit: 100, sort: '-port' })).results.map(
      (v) => v.port,
    );
    expect(vsPortsDesc.slice(0, 4)).toEqual([null, null, null, null]);
    const ignored = await api.list('virtual-servers', { limit: 1, sort: 'no_such_field' });
    expect(ignored.count).toBe(25);
  });

  it('sorts by a reference in the referenced model’s own order, not by its display text', async () => {
    // Tenant.Meta.ordering is (tenant_group, name): "Business units" tenants first, then "Shared services".
    const byTenant = await api.list('virtual-servers', { limit: 100, sort: 'tenant', depth: 1 });
    const tenants = [...new Set(byTenant.results.map((v) => v.tenant?.display))];
    expect(tenants).toEqual(['Online Store', 'Partner APIs', 'Retail Banking', 'Internal IT', 'Payments']);
    // IPAddress.Meta.ordering is (ip_version, host, mask_length): numeric, so 10.20.1.9 comes before 10.20.1.10.
    const ip = await raw.request('POST', 'ipam/ip-addresses/', {
      body: { address: '10.20.1.9/32', namespace: 'Global', status: 'Active', type: 'host' },
    });
    const ipId = (ip.data as { id: string }).id;
    try {
      await api.create('load-balancer-pool-members', {
        ip_address: ipId,
        load_balancer_pool: seedIds.pool(1),
        port: 8089,
        status: 'Active',
      });
      const byIp = await api.list('load-balancer-pool-members', {
        limit: 1000,
        sort: 'ip_address',
        depth: 1,
      });
      const hosts = byIp.results.map((m) => String(m.ip_address.address).split('/')[0] ?? '');
      const numeric = (h: string) => h.split('.').reduce((n, part) => n * 256 + Number(part), 0);
      expect(hosts.map(numeric)).toEqual([...hosts.map(numeric)].sort((a, b) => a - b));
      expect(hosts.indexOf('10.20.1.9')).toBeLessThan(hosts.indexOf('10.20.1.10'));
    } finally {
      await raw.request('DELETE', `ipam/ip-addresses/${ipId}/`); // cascades to the member
    }
  });

  it('renders references as {id, object_type, url} at depth 0 and nested at depth 1', async () => {
    const flat = await api.get('virtual-servers', seedIds.vs(0));
    expect(Object.keys(flat.vip).sort()).toEqual(['id', 'object_type', 'url']);
    expect(flat.vip.object_type).toBe('ipam.ipaddress');
    const nested = await api.get('virtual-servers', seedIds.vs(0), { depth: 1 });
    expect(nested.vip.address).toBe('10.10.0.10/32');
    expect(nested.vip.display).toBe('10.10.0.10/32');
  });

  it('leaves certificate profiles out unless exclude_m2m=false', async () => {
    const without = await api.get('virtual-servers', seedIds.vs(0));
    expect(without.certificate_profiles).toBeUndefined();
    const withM2m = await api.get('virtual-servers', seedIds.vs(0), { excludeM2m: false });
    expect(withM2m.certificate_profiles?.length).toBeGreaterThan(0);
  });

  it('sends tags by default, and leaves them out too with exclude_m2m=true (a lighter list page)', async () => {
    const byDefault = await api.get('virtual-servers', seedIds.vs(0));
    expect(byDefault.tags).toBeDefined();
    const light = await api.get('virtual-servers', seedIds.vs(0), { excludeM2m: true });
    expect(light.tags).toBeUndefined();
    expect(light.certificate_profiles).toBeUndefined();
    expect(light.name).toBe(byDefault.name);
  });

  it('answers 404 with a detail for an unknown id', async () => {
    const e = await api
      .get('load-balancer-pools', '00000000-0000-4000-8000-000000000000')
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NautobotError);
    expect((e as NautobotError).status).toBe(404);
    expect((e as NautobotError).kind).toBe('not-found');
  });
});
