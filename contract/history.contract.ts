import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, runPort } from './helpers';
import { api, raw, run } from './target';

// The change log and notes of a virtual server, as the detail screen reads them.

const made = cleanupList();
const name = `${run}-history`;
let id = '';

beforeAll(async () => {
  id = made.add(
    'virtual-servers',
    await api.create('virtual-servers', { name, vip: seedIds.vip(4), protocol: 'udp', port: runPort + 3 }),
  ).id;
});
afterAll(() => made.run());

describe('object changes', () => {
  it('logs create, update and delete, newest first, with both snapshots and no pre/post-change fields', async () => {
    await api.update('virtual-servers', id, { load_balancer_pool: seedIds.pool(4), port: null });
    await api.remove('virtual-servers', id);
    const changes = await api.changes('virtual-servers', id);
    expect(changes.results.map((c) => c.action)).toEqual([
      { value: 'delete', label: 'Deleted' },
      { value: 'update', label: 'Updated' },
      { value: 'create', label: 'Created' },
    ]);
    const [deleted, updated, created] = changes.results;
    for (const change of changes.results) {
      expect(change.user_name).toBe('admin');
      expect(change.changed_object_type).toBe('load_balancers.virtualserver');
      expect(change.object_repr).toBe(name);
      expect(change.change_context).toBe('web');
      expect(Object.keys(change)).not.toContain('prechange_data');
      expect(Object.keys(change)).not.toContain('postchange_data');
    }
    expect(created?.display).toBe(`Load Balancers | Virtual Server ${name} created by admin`);
    expect(deleted?.display).toBe(`Load Balancers | Virtual Server ${name} deleted by admin`);
    expect(created?.change_context_detail).toBe('load_balancers-api:virtualserver-list');
    expect(updated?.change_context_detail).toBe('load_balancers-api:virtualserver-detail');
    // Once the object is gone, no change points at it.
    expect(changes.results.map((c) => c.changed_object)).toEqual([null, null, null]);

    // object_data: Django's flat snapshot (references as bare ids, timestamps to the millisecond).
    const before = created?.object_data as Record<string, unknown>;
    const after = updated?.object_data as Record<string, unknown>;
    expect(before.vip).toBe(seedIds.vip(4));
    expect(before.load_balancer_pool).toBeNull();
    expect(after.load_balancer_pool).toBe(seedIds.pool(4));
    expect(after.port).toBeNull();
    expect(before).not.toHaveProperty('id');
    expect(before).not.toHaveProperty('certificate_profiles');
    expect(String(before.created)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    // object_data_v2: the REST representation at depth 1, relative URLs, M2M fields included.
    const v2 = updated?.object_data_v2 as Record<string, unknown>;
    const pool = v2.load_balancer_pool as Record<string, unknown>;
    expect(pool.id).toBe(seedIds.pool(4));
    expect(pool.name).toBe('search-pool');
    expect(pool.url).toBe(`/api/load-balancers/load-balancer-pools/${seedIds.pool(4)}/`);
    expect((v2.vip as Record<string, unknown>).address).toBe('10.10.0.14/32');
    expect(v2.certificate_profiles).toEqual([]);
    expect(v2.port).toBeNull();
    expect(v2.id).toBe(id);
  });

  it('rejects an unknown filter on the change log', async () => {
    const e = await raw
      .request('GET', 'extras/object-changes/', { query: { no_such_filter: '1' } })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 400, fieldErrors: { no_such_filter: ['Unknown filter field'] } });
  });
});

describe('notes', () => {
  it('adds notes and lists them oldest first, with who and when', async () => {
    const vs = made.add(
      'virtual-servers',
      await api.create('virtual-servers', {
        name: `${name}-notes`,
        vip: seedIds.vip(4),
        protocol: 'udp',
        port: runPort + 4,
      }),
    );
    const first = await api.addNote('virtual-servers', vs.id, '  first note  ');
    await api.addNote('virtual-servers', vs.id, 'second note');
    expect(first.note).toBe('first note');
    expect(first.user_name).toBe('admin');
    expect(first.assigned_object_type).toBe('load_balancers.virtualserver');
    expect(first.assigned_object_id).toBe(vs.id);
    expect(first.assigned_object).toMatchObject({ id: vs.id, object_type: 'load_balancers.virtualserver' });
    // str(note): the object, then its creation time in Python's isoformat.
    expect(first.display).toBe(`${vs.name} - ${String(first.created).replace(/Z$/, '+00:00')}`);

    // The object's notes/ endpoint lists oldest first and ignores sort; the client asks /extras/notes/ instead.
    const own = await raw.request('GET', `load-balancers/virtual-servers/${vs.id}/notes/`, {
      query: { sort: '-created' },
    });
    expect((own.data as { results: { note: string }[] }).results.map((n) => n.note)).toEqual([
      'first note',
      'second note',
    ]);
    const notes = await api.notes('virtual-servers', vs.id);
    expect(notes.results.map((n) => n.note)).toEqual(['second note', 'first note']);
    const newest = await api.list('notes', {
      filters: { assigned_object_type: 'load_balancers.virtualserver', assigned_object_id: vs.id },
      sort: '-created',
    });
    expect(newest.results.map((n) => n.note)).toEqual(['second note', 'first note']);

    await api.remove('virtual-servers', vs.id);
    expect(await api.count('notes', { filters: { assigned_object_id: vs.id } })).toBe(0);
  });

  it('refuses a blank or missing note on the note field', async () => {
    const blank = await raw
      .request('POST', `load-balancers/virtual-servers/${seedIds.vs(1)}/notes/`, { body: { note: ' ' } })
      .catch((x: unknown) => x);
    expect(blank).toMatchObject({ status: 400, fieldErrors: { note: ['This field may not be blank.'] } });
    const missing = await raw
      .request('POST', `load-balancers/virtual-servers/${seedIds.vs(1)}/notes/`, { body: {} })
      .catch((x: unknown) => x);
    expect(missing).toMatchObject({ status: 400, fieldErrors: { note: ['This field is required.'] } });
  });
});
