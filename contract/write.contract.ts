import { afterAll, describe, expect, it } from 'vitest';
import { NautobotError } from '@/lib/api/errors';
import { seedIds } from '@/mocks/seed/dataset';
import { api, raw, run } from './target';

async function rejected(p: Promise<unknown>): Promise<NautobotError> {
  const e = await p.then(
    () => new Error('expected a rejection'),
    (x: unknown) => x,
  );
  if (e instanceof NautobotError) return e;
  throw e;
}

const created: {
  key:
    | 'virtual-servers'
    | 'health-check-monitors'
    | 'load-balancer-pools'
    | 'load-balancer-pool-members'
    | 'certificate-profiles';
  id: string;
}[] = [];

afterAll(async () => {
  for (const { key, id } of created.reverse()) await api.remove(key, id).catch(() => undefined);
});

describe('server-side validation', () => {
  it('requires protocol on a virtual-server POST (send "" for none)', async () => {
    const e = await rejected(
      api.create('virtual-servers', { name: `${run}-noproto`, vip: seedIds.vip(1) } as never),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors.protocol).toEqual(['This field is required.']);
    const ok = await api.create('virtual-servers', {
      name: `${run}-blankproto`,
      vip: seedIds.vip(1),
      protocol: '',
      port: 9999,
    });
    created.push({ key: 'virtual-servers', id: ok.id });
    expect(ok.protocol).toBe('');
  });

  it('rejects port 70000 and a missing name on their fields', async () => {
    const e = await rejected(
      api.create('virtual-servers', { vip: seedIds.vip(1), protocol: 'tcp', port: 70000 } as never),
    );
    expect(e.fieldErrors.port).toEqual(['Ensure this value is less than or equal to 65535.']);
    expect(e.fieldErrors.name).toEqual(['This field is required.']);
  });

  it('rejects an unknown choice', async () => {
    const e = await rejected(
      api.create('load-balancer-pools', { name: `${run}-p`, load_balancing_algorithm: 'fastest' } as never),
    );
    expect(e.fieldErrors.load_balancing_algorithm).toEqual(['"fastest" is not a valid choice.']);
  });

  it('rejects a duplicate (vip, port, protocol) as a non-field error', async () => {
    const existing = await api.get('virtual-servers', seedIds.vs(0));
    const e = await rejected(
      api.create('virtual-servers', {
        name: `${run}-dup`,
        vip: existing.vip.id,
        port: existing.port,
        protocol: existing.protocol as 'https',
      }),
    );
    expect(e.nonFieldErrors).toEqual(['The fields vip, port, protocol must make a unique set.']);
  });

  it('rejects a duplicate monitor name on the name field', async () => {
    const e = await rejected(api.create('health-check-monitors', { name: 'http-80' }));
    expect(e.fieldErrors.name).toEqual(['Health Check Monitor with this name already exists.']);
  });

  it('rejects a member status that is not for members', async () => {
    const e = await rejected(
      api.create('load-balancer-pool-members', {
        ip_address: seedIds.serverIp(1),
        load_balancer_pool: seedIds.pool(0),
        port: 1,
        status: 'Deprecated',
      }),
    );
    expect(Object.keys(e.fieldErrors)).toContain('status');
  });

  it('rejects a reference to nothing on its field', async () => {
    const e = await rejected(
      api.create('load-balancer-pools', {
        name: `${run}-p`,
        load_balancing_algorithm: 'round_robin',
        tenant: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(Object.keys(e.fieldErrors)).toEqual(['tenant']);
  });

  it('rejects a whole bulk create when one item is bad, with errors aligned to the input', async () => {
    const e = await rejected(
      api.bulkCreate('health-check-monitors', [{ name: `${run}-ok` }, { name: `${run}-bad`, port: -1 }]),
    );
    expect(e.itemErrors).toHaveLength(2);
    expect(e.itemErrors?.[0]).toBeNull();
    expect(e.itemErrors?.[1]?.port).toEqual(['Ensure this value is greater than or equal to 0.']);
    expect(await api.count('health-check-monitors', { filters: { name: `${run}-ok` } })).toBe(0);
  });
});

describe('create, update, delete', () => {
  it('creates with depth-0 references and updates with PATCH', async () => {
    const monitor = await api.create('health-check-monitors', {
      name: `${run}-mon`,
      health_check_type: 'http',
      port: 8080,
      interval: 5,
    });
    created.push({ key: 'health-check-monitors', id: monitor.id });
    expect(monitor.tenant).toBeNull();
    const pool = await api.create('load-balancer-pools', {
      name: `${run}-pool`,
      load_balancing_algorithm: 'round_robin',
      health_check_monitor: monitor.id,
      tenant: 'Payments',
    });
    created.push({ key: 'load-balancer-pools', id: pool.id });
    expect(Object.keys(pool.health_check_monitor ?? {}).sort()).toEqual(['id', 'object_type', 'url']);
    expect(pool.tenant?.id).toBe(seedIds.tenant(1));
    const patched = await api.update('load-balancer-pools', pool.id, {
      load_balancing_algorithm: 'least_connections',
    });
    expect(patched.load_balancing_algorithm).toBe('least_connections');
    expect(patched.last_updated).not.toBeNull();
  });

  it('bulk-updates members in one request and returns a bare list, skipping unknown ids', async () => {
    const ids = [seedIds.member(0, 0), seedIds.member(0, 1)];
    const result = await api.bulkUpdate('load-balancer-pool-members', [
      ...ids.map((id) => ({ id, status: 'Maintenance' })),
      { id: '00000000-0000-4000-8000-000000000000', status: 'Maintenance' },
    ]);
    expect(result.map((m) => m.id).sort()).toEqual([...ids].sort());
    const again = await api.list('load-balancer-pool-members', {
      filters: { id: ids, status: 'Maintenance' },
    });
    expect(again.count).toBe(2);
    await api.bulkUpdate(
      'load-balancer-pool-members',
      ids.map((id) => ({ id, status: 'Active' })),
    );
  });

  it('refuses a protected delete with 409 naming the dependents', async () => {
    const e = await rejected(api.remove('load-balancer-pools', seedIds.pool(0)));
    expect(e.status).toBe(409);
    expect(e.kind).toBe('conflict');
    expect(e.detail).toMatch(/^Unable to delete object\. \d+ dependent objects were found: /);
    expect(e.detail).toContain(seedIds.vs(0));
  });

  it('deletes one object, then answers 404 for it', async () => {
    const m = await api.create('health-check-monitors', { name: `${run}-gone` });
    await api.remove('health-check-monitors', m.id);
    const e = await rejected(api.get('health-check-monitors', m.id));
    expect(e.status).toBe(404);
  });

  it('bulk-deletes by id', async () => {
    const made = await api.bulkCreate('health-check-monitors', [
      { name: `${run}-b1` },
      { name: `${run}-b2` },
    ]);
    await api.bulkDelete(
      'health-check-monitors',
      made.map((m) => m.id),
    );
    expect(await api.count('health-check-monitors', { filters: { name__isw: `${run}-b` } })).toBe(0);
  });

  it('cascades deleting an IP address to its pool members', async () => {
    const ip = await raw.request('POST', 'ipam/ip-addresses/', {
      body: { address: '10.20.9.99/32', namespace: 'Global', status: 'Active', type: 'host' },
    });
    const ipId = (ip.data as { id: string }).id;
    const member = await api.create('load-balancer-pool-members', {
      ip_address: ipId,
      load_balancer_pool: seedIds.pool(1),
      port: 8081,
      status: 'Active',
    });
    await raw.request('DELETE', `ipam/ip-addresses/${ipId}/`);
    const e = await rejected(api.get('load-balancer-pool-members', member.id));
    expect(e.status).toBe(404);
  });

  it('records object changes for writes, newest first', async () => {
    const m = await api.create('health-check-monitors', { name: `${run}-log`, interval: 5 });
    created.push({ key: 'health-check-monitors', id: m.id });
    await api.update('health-check-monitors', m.id, { interval: 10 });
    const changes = await api.changes('health-check-monitors', m.id);
    expect(changes.results.map((c) => c.action.value)).toEqual(['update', 'create']);
    expect(changes.results[0]?.user_name).toBe('admin');
  });

  it('adds and lists notes on an object', async () => {
    await api.addNote('virtual-servers', seedIds.vs(1), `${run} maintenance window agreed`);
    const notes = await api.notes('virtual-servers', seedIds.vs(1));
    expect(notes.results.map((n) => n.note)).toContain(`${run} maintenance window agreed`);
  });
});

describe('certificate-profile assignments', () => {
  it('assigns, shows, rejects a duplicate, and removes a profile on a virtual server', async () => {
    const vs = seedIds.vs(2);
    const cert = seedIds.cert(9);
    const assignment = await api.create('virtual-server-certificate-profile-assignments', {
      virtual_server: vs,
      certificate_profile: cert,
    });
    const shown = await api.get('virtual-servers', vs, { excludeM2m: false });
    expect(shown.certificate_profiles?.map((c) => c.id)).toContain(cert);
    const listed = await api.list('virtual-server-certificate-profile-assignments', {
      filters: { virtual_server: vs },
    });
    expect(listed.results.map((a) => a.certificate_profile.id)).toContain(cert);
    const e = await rejected(
      api.create('virtual-server-certificate-profile-assignments', {
        virtual_server: vs,
        certificate_profile: cert,
      }),
    );
    expect(e.nonFieldErrors).toEqual([
      'The fields virtual_server, certificate_profile must make a unique set.',
    ]);
    await api.remove('virtual-server-certificate-profile-assignments', assignment.id);
    const after = await api.get('virtual-servers', vs, { excludeM2m: false });
    expect(after.certificate_profiles?.map((c) => c.id)).not.toContain(cert);
  });

  it('assigns a profile to a pool member and finds it from the profile side', async () => {
    const member = seedIds.member(5, 5);
    const cert = seedIds.cert(8);
    const a = await api.create('load-balancer-pool-member-certificate-profile-assignments', {
      load_balancer_pool_member: member,
      certificate_profile: cert,
    });
    expect(
      await api.count('certificate-profiles', { filters: { load_balancer_pool_members: member } }),
    ).toBeGreaterThan(0);
    await api.remove('load-balancer-pool-member-certificate-profile-assignments', a.id);
  });
});
