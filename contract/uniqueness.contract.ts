import { afterAll, describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, rejected, runPort } from './helpers';
import { api, run } from './target';

// What the add/edit forms ask before saving (is this combination taken?) and what the server answers if they
// save a duplicate anyway.

const made = cleanupList();
afterAll(() => made.run());

const vs = (filters: Record<string, string | string[]>) =>
  api.count('virtual-servers', { filters: { vip: seedIds.vip(1), ...filters } });

describe('virtual server (vip, port, protocol)', () => {
  it('finds a taken combination by vip, port and protocol', async () => {
    const taken = await api.get('virtual-servers', seedIds.vs(0));
    const filters = { vip: taken.vip.id, port: String(taken.port) };
    expect(await api.count('virtual-servers', { filters })).toBe(1);
    expect(await api.count('virtual-servers', { filters: { ...filters, protocol: taken.protocol } })).toBe(1);
    expect(await api.count('virtual-servers', { filters: { ...filters, protocol: 'udp' } })).toBe(0);
    expect(await api.count('virtual-servers', { filters: { ...filters, port: '1' } })).toBe(0);
  });

  it('matches a blank protocol only with protocol__re=^$ (protocol= is refused, protocol__ie= ignored)', async () => {
    made.add(
      'virtual-servers',
      await api.create('virtual-servers', {
        name: `${run}-blank`,
        vip: seedIds.vip(1),
        protocol: '',
        port: runPort,
      }),
    );
    made.add(
      'virtual-servers',
      await api.create('virtual-servers', {
        name: `${run}-tcp`,
        vip: seedIds.vip(1),
        protocol: 'tcp',
        port: runPort,
      }),
    );
    const port = String(runPort);
    expect(await vs({ port, protocol__re: '^$' })).toBe(1);
    expect(await vs({ port, protocol__nre: '.' })).toBe(1);
    // Empty filter values are dropped: this is the unfiltered count.
    expect(await vs({ port, protocol__ie: '' })).toBe(2);
    const e = await rejected(vs({ port, protocol: '' }));
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual({
      protocol: ['Select a valid choice.  is not one of the available choices.'],
    });
    // The exact protocol filter validates its choices, unlike the lookups.
    const bogus = await rejected(vs({ port, protocol: 'HTTPS' }));
    expect(bogus.fieldErrors).toEqual({
      protocol: ['Select a valid choice. HTTPS is not one of the available choices.'],
    });
    expect(await vs({ port, protocol__ie: 'TCP' })).toBe(1);
  });

  it('answers a duplicate with the unique-together message, blank protocol included', async () => {
    const e = await rejected(
      api.create('virtual-servers', {
        name: `${run}-blank-again`,
        vip: seedIds.vip(1),
        protocol: '',
        port: runPort,
      }),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual({});
    expect(e.nonFieldErrors).toEqual(['The fields vip, port, protocol must make a unique set.']);
  });

  it('lets two virtual servers share vip and protocol when port is null (no validator, NULLs are distinct)', async () => {
    for (const suffix of ['a', 'b'])
      made.add(
        'virtual-servers',
        await api.create('virtual-servers', {
          name: `${run}-noport-${suffix}`,
          vip: seedIds.vip(1),
          protocol: 'sctp',
          port: null,
        }),
      );
    expect(await vs({ protocol: 'sctp', port__isnull: 'true' })).toBe(2);
  });
});

describe('pool member (ip_address, port, load_balancer_pool)', () => {
  it('finds a taken combination and answers a duplicate with the unique-together message', async () => {
    const taken = await api.get('load-balancer-pool-members', seedIds.member(0, 0));
    const filters = {
      ip_address: taken.ip_address.id,
      port: String(taken.port),
      load_balancer_pool: taken.load_balancer_pool.id,
    };
    expect(await api.count('load-balancer-pool-members', { filters })).toBe(1);
    expect(
      await api.count('load-balancer-pool-members', { filters: { ...filters, port: String(runPort) } }),
    ).toBe(0);
    const e = await rejected(
      api.create('load-balancer-pool-members', {
        ip_address: taken.ip_address.id,
        load_balancer_pool: taken.load_balancer_pool.id,
        port: taken.port,
        status: 'Active',
      }),
    );
    expect(e.nonFieldErrors).toEqual([
      'The fields ip_address, port, load_balancer_pool must make a unique set.',
    ]);
  });
});

describe('monitor and certificate-profile names', () => {
  it('filters name= exactly and case-sensitively; name__ie ignores case', async () => {
    expect(await api.count('health-check-monitors', { filters: { name: 'http-80' } })).toBe(1);
    expect(await api.count('health-check-monitors', { filters: { name: 'HTTP-80' } })).toBe(0);
    expect(await api.count('health-check-monitors', { filters: { name__ie: 'HTTP-80' } })).toBe(1);
    expect(await api.count('certificate-profiles', { filters: { name: 'www-example-com' } })).toBe(1);
    expect(await api.count('certificate-profiles', { filters: { name: 'WWW-example-com' } })).toBe(0);
    expect(await api.count('certificate-profiles', { filters: { name__ie: 'WWW-example-com' } })).toBe(1);
  });

  it('refuses a duplicate name on the name field, after trimming; another case is a different name', async () => {
    const monitor = await rejected(api.create('health-check-monitors', { name: ' http-80 ' }));
    expect(monitor.fieldErrors).toEqual({ name: ['Health Check Monitor with this name already exists.'] });
    const profile = await rejected(api.create('certificate-profiles', { name: 'www-example-com' }));
    expect(profile.fieldErrors).toEqual({ name: ['Certificate Profile with this name already exists.'] });
    const upper = made.add(
      'health-check-monitors',
      await api.create('health-check-monitors', { name: `${run}-CASE` }),
    );
    const lower = made.add(
      'health-check-monitors',
      await api.create('health-check-monitors', { name: `${run}-case` }),
    );
    expect(upper.id).not.toBe(lower.id);
    made.add('certificate-profiles', await api.create('certificate-profiles', { name: `${run}-CASE` }));
    made.add('certificate-profiles', await api.create('certificate-profiles', { name: `${run}-case` }));
  });
});
