import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, rejected, runPort } from './helpers';
import { api, run } from './target';

// Certificate profiles are written through the two assignment endpoints, in bulk, and read back three ways.

const made = cleanupList();
let vsId = '';
let memberId = '';
const certs = [seedIds.cert(7), seedIds.cert(8)];
const names = ['mail-example-com', 'search-example-com'];

beforeAll(async () => {
  vsId = made.add(
    'virtual-servers',
    await api.create('virtual-servers', {
      name: `${run}-certs`,
      vip: seedIds.vip(3),
      protocol: 'https',
      port: runPort + 2,
    }),
  ).id;
  memberId = made.add(
    'load-balancer-pool-members',
    await api.create('load-balancer-pool-members', {
      ip_address: seedIds.serverIp(0),
      load_balancer_pool: seedIds.pool(2),
      port: runPort + 2,
      status: 'Active',
    }),
  ).id;
});
afterAll(() => made.run());

const vsChanges = async () =>
  (await api.changes('virtual-servers', vsId, { limit: 100 })).results.map((c) => c.action.value);

describe('virtual-server certificate profiles', () => {
  it('assigns several in one request, lists them three ways, and logs one update of the virtual server', async () => {
    const before = await api.get('virtual-servers', vsId);
    const created = await api.bulkCreate(
      'virtual-server-certificate-profile-assignments',
      certs.map((c) => ({ virtual_server: vsId, certificate_profile: c })),
    );
    expect(created.map((a) => a.certificate_profile.id)).toEqual(certs);
    expect(created.map((a) => a.display)).toEqual(names.map((n) => `${run}-certs: ${n}`));

    const listed = await api.list('virtual-server-certificate-profile-assignments', {
      filters: { virtual_server: vsId },
    });
    expect(listed.results.map((a) => a.id).sort()).toEqual(created.map((a) => a.id).sort());
    const shown = await api.get('virtual-servers', vsId, { excludeM2m: false });
    expect(shown.certificate_profiles?.map((c) => c.id).sort()).toEqual([...certs].sort());
    const profiles = await api.list('certificate-profiles', { filters: { virtual_servers: vsId } });
    expect(profiles.results.map((p) => p.name)).toEqual(names);

    // Both sides log an update (once per request), but neither's last_updated moves.
    expect(await vsChanges()).toEqual(['update', 'create']);
    expect((await api.get('virtual-servers', vsId)).last_updated).toBe(before.last_updated);
    const [latest] = (await api.changes('virtual-servers', vsId, { limit: 1 })).results;
    const snapshot = latest?.object_data_v2 as { certificate_profiles?: { id: string }[] };
    expect(snapshot.certificate_profiles?.map((c) => c.id).sort()).toEqual([...certs].sort());
    expect(latest?.change_context_detail).toBe(
      'load_balancers-api:virtualservercertificateprofileassignment-list',
    );
  });

  it('refuses a duplicate in a bulk create, all or nothing, with errors aligned to the input', async () => {
    const e = await rejected(
      api.bulkCreate('virtual-server-certificate-profile-assignments', [
        { virtual_server: vsId, certificate_profile: seedIds.cert(9) },
        { virtual_server: vsId, certificate_profile: certs[0] ?? '' },
      ]),
    );
    expect(e.status).toBe(400);
    expect(e.itemErrors).toEqual([
      null,
      { non_field_errors: ['The fields virtual_server, certificate_profile must make a unique set.'] },
    ]);
    expect(
      await api.count('virtual-server-certificate-profile-assignments', {
        filters: { virtual_server: vsId },
      }),
    ).toBe(2);
  });

  it('removes them with one bulk DELETE by id', async () => {
    const listed = await api.list('virtual-server-certificate-profile-assignments', {
      filters: { virtual_server: vsId },
    });
    await api.bulkDelete(
      'virtual-server-certificate-profile-assignments',
      listed.results.map((a) => a.id),
    );
    const shown = await api.get('virtual-servers', vsId, { excludeM2m: false });
    expect(shown.certificate_profiles).toEqual([]);
    expect(await vsChanges()).toEqual(['update', 'update', 'create']);
  });
});

describe('pool-member certificate profiles', () => {
  it('assigns in bulk, lists by member, refuses a duplicate, and removes in bulk', async () => {
    const created = await api.bulkCreate(
      'load-balancer-pool-member-certificate-profile-assignments',
      certs.map((c) => ({ load_balancer_pool_member: memberId, certificate_profile: c })),
    );
    const listed = await api.list('load-balancer-pool-member-certificate-profile-assignments', {
      filters: { load_balancer_pool_member: memberId },
    });
    expect(listed.count).toBe(2);
    const shown = await api.get('load-balancer-pool-members', memberId, { excludeM2m: false });
    expect(shown.certificate_profiles?.map((c) => c.id).sort()).toEqual([...certs].sort());
    const profiles = await api.list('certificate-profiles', {
      filters: { load_balancer_pool_members: memberId },
    });
    expect(profiles.results.map((p) => p.name)).toEqual(names);
    const e = await rejected(
      api.create('load-balancer-pool-member-certificate-profile-assignments', {
        load_balancer_pool_member: memberId,
        certificate_profile: certs[1] ?? '',
      }),
    );
    expect(e.nonFieldErrors).toEqual([
      'The fields load_balancer_pool_member, certificate_profile must make a unique set.',
    ]);
    await api.bulkDelete(
      'load-balancer-pool-member-certificate-profile-assignments',
      created.map((a) => a.id),
    );
    expect(
      await api.count('load-balancer-pool-member-certificate-profile-assignments', {
        filters: { load_balancer_pool_member: memberId },
      }),
    ).toBe(0);
  });
});

describe('deleting the virtual server', () => {
  it('deletes its assignments with it, and logs no update of the profiles', async () => {
    const a = await api.create('virtual-server-certificate-profile-assignments', {
      virtual_server: vsId,
      certificate_profile: seedIds.cert(9),
    });
    const profileChanges = async () => (await api.changes('certificate-profiles', seedIds.cert(9))).count;
    const before = await profileChanges();
    await api.remove('virtual-servers', vsId);
    expect(await api.count('virtual-server-certificate-profile-assignments', { filters: { id: a.id } })).toBe(
      0,
    );
    expect(await profileChanges()).toBe(before);
    const [deleted] = (await api.changes('virtual-servers', vsId, { limit: 1 })).results;
    expect(deleted?.action.value).toBe('delete');
    const snapshot = deleted?.object_data_v2 as { certificate_profiles?: { id: string }[] };
    expect(snapshot.certificate_profiles?.map((c) => c.id)).toEqual([seedIds.cert(9)]);
  });
});
