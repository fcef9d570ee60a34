import { describe, expect, it } from 'vitest';
import { buildSeed, seedIds } from '@/mocks/seed/dataset';
import type { EndpointKey } from '@/lib/api/endpoints';
import { rejected } from './helpers';
import { api } from './target';

// The filters the list screens send. Virtual-server counts are scoped to the seed's "vs-" names, so objects
// other suites create meanwhile cannot change them.

const count = (key: EndpointKey, filters: Record<string, string | string[]>) => api.count(key, { filters });
const seededVs = (filters: Record<string, string | string[]>) =>
  count('virtual-servers', { name__isw: 'vs-', ...filters });
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('list filters', () => {
  it('filters members by status name or id, and refuses a name in the wrong case', async () => {
    const [failed] = (await api.list('statuses', { filters: { name: 'Failed' } })).results;
    const byName = await count('load-balancer-pool-members', { status: 'Failed' });
    expect(byName).toBe(37);
    expect(await count('load-balancer-pool-members', { status: failed?.id ?? '' })).toBe(byName);
    const both = await count('load-balancer-pool-members', { status: ['Failed', 'Planned'] });
    expect(both).toBeGreaterThan(byName);
    const e = await rejected(count('load-balancer-pool-members', { status: 'failed' }));
    expect(e.fieldErrors).toEqual({
      status: ['Select a valid choice. failed is not one of the available choices.'],
    });
  });

  it('filters by tenant id, monitor id, pool id and certificate profile id', async () => {
    expect(await seededVs({ tenant: seedIds.tenant(1) })).toBe(5);
    expect(await seededVs({ health_check_monitor: seedIds.monitor(0) })).toBe(2);
    expect(await count('load-balancer-pools', { health_check_monitor: seedIds.monitor(0) })).toBe(3);
    expect(await count('load-balancer-pool-members', { load_balancer_pool: seedIds.pool(3) })).toBe(10);
    expect(await seededVs({ certificate_profiles: seedIds.cert(0) })).toBe(1);
    expect(await seededVs({ certificate_profiles: 'null' })).toBe(18);
    expect(await seededVs({ certificate_profiles__n: seedIds.cert(0) })).toBe(24);
    const assignments =
      buildSeed().find((s) => s.table === 'load-balancer-pool-member-certificate-profile-assignments')
        ?.objects ?? [];
    const withCert0 = assignments.filter((a) => a.certificate_profile === seedIds.cert(0)).length;
    expect(withCert0).toBeGreaterThan(0);
    expect(await count('load-balancer-pool-members', { certificate_profiles: seedIds.cert(0) })).toBe(
      withCert0,
    );
  });

  it('reads booleans only as true/True/false/False, one value (the last) counting', async () => {
    expect(await seededVs({ enabled: 'false' })).toBe(2);
    expect(await seededVs({ enabled: 'true' })).toBe(23);
    expect(await seededVs({ ssl_offload: 'true' })).toBe(7);
    expect(await seededVs({ enabled: 'False' })).toBe(2);
    for (const ignored of ['1', '0', 'yes', 'TRUE', ''])
      expect(await seededVs({ enabled: ignored }), `enabled=${ignored}`).toBe(25);
    expect(await seededVs({ enabled: ['true', 'false'] })).toBe(2);
  });

  it('ORs repeated values, and matches case-insensitively with __ic', async () => {
    expect(await seededVs({ protocol: ['tcp', 'udp'] })).toBe(5);
    expect(await seededVs({ id: [seedIds.vs(0), seedIds.vs(1)] })).toBe(2);
    const web = await api.list('virtual-servers', { filters: { name__ic: 'WEB' }, limit: 100 });
    expect(web.results.map((v) => v.name).sort()).toEqual(['vs-web-any', 'vs-web-https', 'vs-web-icmp-2']);
  });

  it('finds null ports with port__isnull', async () => {
    expect(await seededVs({ port__isnull: 'true' })).toBe(4);
    expect(await seededVs({ port__isnull: 'false' })).toBe(21);
  });

  it('compares expiry with a date or a datetime (no zone means UTC), and ignores an empty bound', async () => {
    const today = day(0);
    expect(await count('certificate-profiles', { expiration_date__lt: today })).toBe(2);
    expect(await count('certificate-profiles', { expiration_date__lt: `${today}T00:00:00Z` })).toBe(2);
    expect(await count('certificate-profiles', { expiration_date__lt: `${today} 00:00` })).toBe(2);
    expect(await count('certificate-profiles', { expiration_date__gte: today })).toBe(8);
    expect(
      await count('certificate-profiles', { expiration_date__gte: today, expiration_date__lt: day(31) }),
    ).toBe(3);
    const all = await count('certificate-profiles', {});
    expect(await count('certificate-profiles', { expiration_date__gte: '' })).toBe(all);
    const e = await rejected(count('certificate-profiles', { expiration_date__lt: 'soon' }));
    expect(e.fieldErrors).toEqual({ expiration_date__lt: ['Enter a valid date/time.'] });
  });

  it('drops empty values, except where a reference or choice must name something', async () => {
    expect(await seededVs({ name: '', port: '', id: '' })).toBe(25);
    const pool = await rejected(seededVs({ load_balancer_pool: '' }));
    expect(pool.fieldErrors).toEqual({
      load_balancer_pool: ['Select a valid choice.  is not one of the available choices.'],
    });
  });

  it('answers malformed values on the filter’s key', async () => {
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [{ vip: 'not-a-uuid' }, { vip: ['\u201cnot-a-uuid\u201d is not a valid UUID.'] }],
      [
        { vip: '3b2e1c57-1111-4222-8333-444455556666' },
        {
          vip: [
            'Select a valid choice. 3b2e1c57-1111-4222-8333-444455556666 is not one of the available choices.',
          ],
        },
      ],
      [{ id: 'not-a-uuid' }, { id: ['Enter a valid UUID.'] }],
      [{ port: 'abc' }, { port: ['Enter a whole number.'] }],
      [{ port: 'null' }, { port: ['Enter a whole number.'] }],
    ];
    for (const [filters, errors] of cases) {
      const e = await rejected(count('virtual-servers', filters));
      expect(e.status).toBe(400);
      expect(e.fieldErrors).toEqual(errors);
    }
  });
});
