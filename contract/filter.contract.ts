import { describe, expect, it } from 'vitest';
import { NautobotError } from '@/lib/api/errors';
import { seedIds } from '@/mocks/seed/dataset';
import { api } from './target';

const count = (
  key: Parameters<typeof api.count>[0],
  filters: Record<string, string | string[]>,
  q?: string,
) => api.count(key, { filters, q });

describe('filters the UI uses', () => {
  it('searches virtual servers with q (name, port, pool name)', async () => {
    expect(await count('virtual-servers', {}, 'checkout')).toBeGreaterThan(0);
    const page = await api.list('virtual-servers', { q: 'vs-web', limit: 100 });
    expect(page.results.every((v) => v.name.includes('vs-web') || v.load_balancer_pool !== null)).toBe(true);
  });

  it('member q finds labels and pool names but never an IP (search ip-addresses, then filter by ip_address)', async () => {
    expect(await count('load-balancer-pool-members', {}, 'api-0')).toBeGreaterThan(0);
    expect(await count('load-balancer-pool-members', {}, '10.30.')).toBe(0);
    expect(await count('load-balancer-pool-members', {}, '10.30.1.10')).toBe(0);
    const ips = await api.list('ip-addresses', { q: '10.30.1', limit: 100 });
    expect(ips.count).toBe(30);
    expect(ips.results.every((ip) => ip.address.startsWith('10.30.1.'))).toBe(true);
    const members = await api.list('load-balancer-pool-members', {
      filters: { ip_address: ips.results.map((ip) => ip.id) },
      limit: 1000,
      depth: 1,
    });
    expect(members.count).toBeGreaterThan(0);
    expect(members.results.every((m) => String(m.ip_address.address).startsWith('10.30.1.'))).toBe(true);
  });

  it('supports __ic, __n and repeated values (OR)', async () => {
    const ic = await api.list('virtual-servers', { filters: { name__ic: 'HTTPS' }, limit: 100 });
    expect(ic.count).toBeGreaterThan(0);
    expect(ic.results.every((v) => v.name.toLowerCase().includes('https'))).toBe(true);
    const both = await count('virtual-servers', { id: [seedIds.vs(0), seedIds.vs(1)] });
    expect(both).toBe(2);
    const notHttps = await count('virtual-servers', { protocol__n: 'https' });
    const https = await count('virtual-servers', { protocol: 'https' });
    expect(notHttps + https).toBe(25);
  });

  it('filters by tenant name or id, and by status name', async () => {
    const byName = await count('load-balancer-pools', { tenant: 'Payments' });
    const byId = await count('load-balancer-pools', { tenant: seedIds.tenant(1) });
    expect(byName).toBe(6);
    expect(byId).toBe(byName);
    const failed = await count('load-balancer-pool-members', { status: 'Failed' });
    const active = await count('load-balancer-pool-members', { status: 'Active' });
    expect(failed).toBeGreaterThan(9);
    expect(active).toBeGreaterThan(100);
  });

  it('filters by pool and by enabled', async () => {
    expect(await count('load-balancer-pool-members', { load_balancer_pool: seedIds.pool(3) })).toBe(10);
    const disabled = await count('virtual-servers', { enabled: 'false' });
    expect(disabled).toBe(2);
  });

  it('finds certificates by expiry window', async () => {
    const now = new Date().toISOString();
    const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString();
    expect(await count('certificate-profiles', { expiration_date__lt: now })).toBe(2);
    expect(
      await count('certificate-profiles', { expiration_date__gte: now, expiration_date__lt: in30 }),
    ).toBe(3);
    expect(await count('certificate-profiles', { expiration_date__gte: in30 })).toBe(5);
  });

  it('matches empty references with =null', async () => {
    expect(await count('virtual-servers', { load_balancer_pool: 'null' })).toBe(1);
  });

  it('rejects an unknown filter with 400 naming it', async () => {
    const e = (await api
      .list('virtual-servers', { filters: { bogus: '1' } })
      .catch((x: unknown) => x)) as NautobotError;
    expect(e).toBeInstanceOf(NautobotError);
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual({ bogus: ['Unknown filter field'] });
  });

  it('rejects a reference filter naming nothing', async () => {
    const e = (await api
      .list('load-balancer-pools', { filters: { tenant: 'No such tenant' } })
      .catch((x: unknown) => x)) as NautobotError;
    expect(e.status).toBe(400);
    expect(Object.keys(e.fieldErrors)).toEqual(['tenant']);
  });
});
