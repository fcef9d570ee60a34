import { describe, expect, it } from 'vitest';
import type { EndpointKey } from '@/lib/api/endpoints';
import { api } from './target';

// What the form pickers search. `display` is typed on every row, so the assertions read it.

const search = async <K extends EndpointKey>(key: K, q: string, extra: { depth?: number } = {}) =>
  (await api.list(key, { q, limit: 1000, ...extra })).results;
const displays = async (key: EndpointKey, q: string) => (await search(key, q)).map((r) => r.display);

describe('IP address search', () => {
  it('matches whole octets: 10.10 finds 10.10.x.x, 10.1 does not, 10.10.0.1 is one host', async () => {
    const vips = await search('ip-addresses', '10.10');
    expect(vips).toHaveLength(20);
    expect(vips.every((ip) => String(ip.display).startsWith('10.10.0.'))).toBe(true);
    expect(await search('ip-addresses', '10.1')).toHaveLength(0);
    expect(await search('ip-addresses', '10.10.0.1')).toHaveLength(0);
    expect(await displays('ip-addresses', '10.10.0.10')).toEqual(['10.10.0.10/32', '10.10.0.10/32']);
    expect(await displays('ip-addresses', '10.10.0.10/32')).toEqual(['10.10.0.10/32', '10.10.0.10/32']);
  });

  it('also searches DNS names', async () => {
    const found = await search('ip-addresses', 'api');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((ip) => String(ip.dns_name).includes('api'))).toBe(true);
  });

  it('gives the namespace name only at depth 2, as parent.namespace.name; display never has it', async () => {
    const flat = await search('ip-addresses', '10.10.0.10');
    expect(
      flat.every(
        (ip) =>
          Object.keys(ip.parent ?? {})
            .sort()
            .join() === 'id,object_type,url',
      ),
    ).toBe(true);
    const one = await search('ip-addresses', '10.10.0.10', { depth: 1 });
    const parent1 = one[0]?.parent as { namespace?: Record<string, unknown>; display?: string } | undefined;
    expect(Object.keys(parent1?.namespace ?? {}).sort()).toEqual(['id', 'object_type', 'url']);
    expect(parent1?.display).toMatch(/^10\.10\.0\.0\/16: (Global|DMZ)$/);
    const two = await search('ip-addresses', '10.10.0.10', { depth: 2 });
    const namespaces = two.map((ip) => {
      const parent = ip.parent as { namespace?: { name?: string } } | undefined;
      return parent?.namespace?.name;
    });
    expect(namespaces.sort()).toEqual(['DMZ', 'Global']);
    expect(two.map((ip) => ip.display)).toEqual(['10.10.0.10/32', '10.10.0.10/32']);
  });
});

describe('prefix search', () => {
  it('finds prefixes containing an address or inside a range, and searches descriptions', async () => {
    expect(await displays('prefixes', '10.10.0.5')).toEqual(['10.10.0.0/16: DMZ', '10.10.0.0/16: Global']);
    expect(await displays('prefixes', '172')).toEqual(['172.16.1.0/24: DMZ', '172.16.0.0/24: Global']);
    expect(await displays('prefixes', 'SNAT')).toEqual(['172.16.1.0/24: DMZ', '172.16.0.0/24: Global']);
  });

  it('orders by namespace name, then network, and reads type as {value, label}', async () => {
    const all = (await api.list('prefixes', { limit: 100 })).results;
    expect(all.map((p) => p.display)).toEqual([
      '10.10.0.0/16: DMZ',
      '10.30.0.0/16: DMZ',
      '172.16.1.0/24: DMZ',
      '10.10.0.0/16: Global',
      '10.20.0.0/16: Global',
      '172.16.0.0/24: Global',
    ]);
    expect(all[0]?.type).toEqual({ value: 'network', label: 'Network' });
  });
});

describe('other pickers', () => {
  it.each([
    ['tenants', 'pay', ['Payments']],
    ['devices', 'east', ['lb-east-01', 'lb-east-02']],
    ['device-redundancy-groups', 'EAST', ['lb-east-ha']],
    ['virtual-chassis', 'west', ['lb-west-vc']],
    ['cloud-services', 'ALB', ['alb-prod-eu']],
    ['load-balancer-pools', 'web', ['web-pool', 'web-pool', 'web-pool-2', 'web-pool-3']],
    ['health-check-monitors', 'http', ['http-80', 'http-healthz', 'https-443', 'https-ssl-check']],
    ['health-check-monitors', '80', ['http-80']],
    ['certificate-profiles', 'mtls', ['partner-mtls']],
  ] as const)('%s q=%s', async (key, q, expected) => {
    expect(await displays(key, q)).toEqual(expected);
  });

  it('reads a redundancy group’s failover strategy as {value, label}', async () => {
    const [group] = await search('device-redundancy-groups', 'lb-east-ha');
    expect(group?.failover_strategy).toEqual({ value: 'active-passive', label: 'Active/Passive' });
  });

  it('lists exactly the five member statuses', async () => {
    const page = await api.list('statuses', {
      filters: { content_types: 'load_balancers.loadbalancerpoolmember' },
      limit: 100,
    });
    expect(page.results.map((s) => s.name)).toEqual([
      'Active',
      'Decommissioning',
      'Failed',
      'Maintenance',
      'Planned',
    ]);
  });
});
