import { describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import type { ResourceKey } from '../api/resources';
import { formDefs, type FormValues } from './registry';
import { findDuplicates } from './uniqueness';
import { validateForm } from './validate';

const { fake, requests } = setupFakeNautobot();
const client = fakeClient();

const pick = (id: string, label = id) => ({ id, label });

/** Duplicates of the form input, as the form asks before saving (parsed values, as after validation). */
async function duplicates(resource: ResourceKey, input: FormValues, selfId?: string) {
  const def = formDefs[resource];
  const checked = validateForm(def, { ...def.empty(), ...input });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return findDuplicates(client, def, checked.values, selfId);
}

describe('virtual server: VIP + port + protocol', () => {
  // Seed VS 0 is "vs-web-https" on VIP 0, port 443, https.
  const vs0 = { name: 'new', vip: pick(seedIds.vip(0)), port: '443', protocol: 'https' };

  it('finds the virtual server already there and names it', async () => {
    expect(await duplicates('virtual-servers', vs0)).toEqual([
      {
        field: 'port',
        message: 'Virtual server “vs-web-https” already uses this VIP, port and protocol.',
        existing: { id: seedIds.vs(0), display: 'vs-web-https' },
      },
    ]);
  });

  it('does not count the same VIP and port with another protocol, or a blank one', async () => {
    expect(await duplicates('virtual-servers', { ...vs0, protocol: 'tcp' })).toEqual([]);
    expect(await duplicates('virtual-servers', { ...vs0, protocol: '' })).toEqual([]);
  });

  it('finds a clash on a blank protocol too', async () => {
    await client.update('virtual-servers', seedIds.vs(0), { protocol: '' });
    expect(await duplicates('virtual-servers', { ...vs0, protocol: '' })).toHaveLength(1);
  });

  it('never counts a blank port (Nautobot skips the rule when port is null), and asks nothing', async () => {
    // Seed VS 9 is "vs-reports-icmp" on VIP 9 with no port: the same VIP, port and protocol.
    expect(
      await duplicates('virtual-servers', { ...vs0, vip: pick(seedIds.vip(9)), port: '', protocol: 'icmp' }),
    ).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('does not count the object being edited as its own duplicate', async () => {
    expect(await duplicates('virtual-servers', vs0, seedIds.vs(0))).toEqual([]);
  });
});

describe('pool member: IP address + port + pool', () => {
  const seeded = () => {
    const row = fake.db.get('load-balancer-pool-members', seedIds.member(0, 0));
    if (!row) throw new Error('seed member missing');
    return {
      load_balancer_pool: pick(seedIds.pool(0)),
      ip_address: pick(String(row.ip_address)),
      port: String(row.port),
      status: pick(String(row.status)),
    };
  };

  it('finds the member already there and names it', async () => {
    const [dup, ...rest] = await duplicates('load-balancer-pool-members', seeded());
    expect(rest).toEqual([]);
    expect(dup?.field).toBe('port');
    expect(dup?.existing.id).toBe(seedIds.member(0, 0));
    expect(dup?.message).toBe(
      `Member “${dup?.existing.display}” already has this IP address and port in this pool.`,
    );
    expect(dup?.existing.display).toMatch(/^10\.20\.\d+\.\d+:\d+$/);
  });

  it('does not count the same IP and port in another pool, or another port', async () => {
    expect(
      await duplicates('load-balancer-pool-members', {
        ...seeded(),
        load_balancer_pool: pick(seedIds.pool(1)),
      }),
    ).toEqual([]);
    expect(await duplicates('load-balancer-pool-members', { ...seeded(), port: '1' })).toEqual([]);
  });

  it('does not count the member being edited', async () => {
    expect(await duplicates('load-balancer-pool-members', seeded(), seedIds.member(0, 0))).toEqual([]);
  });
});

describe('unique names', () => {
  it('finds a health check monitor with the same name and names it', async () => {
    expect(await duplicates('health-check-monitors', { name: 'http-80' })).toEqual([
      {
        field: 'name',
        message: 'A health check monitor named “http-80” already exists; names are unique.',
        existing: { id: seedIds.monitor(0), display: 'http-80' },
      },
    ]);
  });

  it('does not count another name, or the monitor being edited', async () => {
    expect(await duplicates('health-check-monitors', { name: 'http-81' })).toEqual([]);
    expect(await duplicates('health-check-monitors', { name: 'http-80' }, seedIds.monitor(0))).toEqual([]);
  });

  it('finds a certificate profile with the same name', async () => {
    expect(await duplicates('certificate-profiles', { name: ' www-example-com ' })).toEqual([
      {
        field: 'name',
        message: 'A certificate profile named “www-example-com” already exists; names are unique.',
        existing: { id: seedIds.cert(0), display: 'www-example-com' },
      },
    ]);
    expect(await duplicates('certificate-profiles', { name: 'www-example-org' })).toEqual([]);
  });

  it('asks nothing for pools, whose names need not be unique', async () => {
    expect(
      await duplicates('load-balancer-pools', { name: 'web-pool', load_balancing_algorithm: 'round_robin' }),
    ).toEqual([]);
    expect(requests).toEqual([]);
  });
});
