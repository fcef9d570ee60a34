import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import type { EndpointKey } from '../api/endpoints';
import { resourceKeys, type ResourceKey } from '../api/resources';
import { allFields, formDefs } from '../forms/registry';
import { bodyValue, bulkFields } from './bulk-fields';
import {
  planChange,
  planCounts,
  validateChange,
  type BulkChange,
  type PlannedObject,
  type PlanRow,
} from './plan';
import { planForIds } from './plan-for-ids';

const { fake, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const VS = formDefs['virtual-servers'];
const MISSING = '00000000-0000-4000-8000-000000000000';
const pick = (id: string, label = id) => ({ id, label });

/** Objects as the bulk screens read them: depth 1, with certificate profiles. */
async function read(key: ResourceKey & EndpointKey, ids: string[]): Promise<PlanRow[]> {
  const page = await client.list(key, { filters: { id: ids }, depth: 1, excludeM2m: false, limit: 1000 });
  sent.length = 0;
  return ids.map((id) => {
    const row = page.results.find((r) => r.id === id);
    if (!row) throw new Error(`no ${key} ${id}`);
    return row;
  });
}
function plan(resource: ResourceKey, rows: PlanRow[], change: BulkChange): PlannedObject[] {
  const result = planChange(formDefs[resource], rows, change);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan.objects;
}
const byId = (objects: PlannedObject[], id: string) => {
  const o = objects.find((x) => x.id === id);
  if (!o) throw new Error(`${id} not planned`);
  return o;
};

describe('validateChange: the single-object form’s rules and messages', () => {
  it.each([
    ['a port out of range', { port: { op: 'set', value: '70000' } }, 'port', 'Enter a port from 0 to 65535.'],
    [
      'a port typed as a number',
      { port: { op: 'set', value: 70000 } },
      'port',
      'Enter a port from 0 to 65535.',
    ],
    [
      'a port that is not a number',
      { port: { op: 'set', value: 'x' } },
      'port',
      'Enter a port as a whole number from 0 to 65535.',
    ],
    ['a blank required name', { name: { op: 'set', value: ' ' } }, 'name', 'This field is required.'],
    [
      'an unknown choice',
      { protocol: { op: 'set', value: 'ftp' } },
      'protocol',
      'Choose one of the listed values.',
    ],
    [
      'clearing a checkbox',
      { enabled: { op: 'clear' } },
      'enabled',
      'Enabled cannot be cleared: Nautobot requires a value.',
    ],
    [
      'clearing the VIP',
      { vip: { op: 'clear' } },
      'vip',
      'VIP cannot be cleared: Nautobot requires a value.',
    ],
    [
      'adding to a single value',
      { port: { op: 'add-remove', add: [], remove: [] } },
      'port',
      'Port holds one value; set or clear it.',
    ],
    [
      'adding and removing the same profile',
      {
        certificate_profiles: {
          op: 'add-remove',
          add: [pick(seedIds.cert(1))],
          remove: [pick(seedIds.cert(1))],
        },
      },
      'certificate_profiles',
      'The same entry cannot be both added and removed.',
    ],
    [
      'a field the model does not have',
      { colour: { op: 'set', value: 'red' } },
      'colour',
      'This is not a field of this model.',
    ],
  ] as [string, BulkChange, string, string][])('refuses %s', (_, change, field, message) => {
    expect(validateChange(VS, change)).toEqual([{ field, message }]);
    expect(planChange(VS, [], change)).toEqual({ ok: false, issues: [{ field, message }] });
  });

  it('refuses clearing what Nautobot requires on other models too', () => {
    expect(validateChange(formDefs['load-balancer-pool-members'], { port: { op: 'clear' } })).toEqual([
      { field: 'port', message: 'Port cannot be cleared: Nautobot requires a value.' },
    ]);
    expect(
      validateChange(formDefs['load-balancer-pools'], { load_balancing_algorithm: { op: 'clear' } }),
    ).toHaveLength(1);
  });

  it('accepts what the form accepts', () => {
    expect(
      validateChange(VS, {
        port: { op: 'set', value: '8443' },
        protocol: { op: 'clear' },
        tenant: { op: 'clear' },
        enabled: { op: 'set', value: false },
        certificate_profiles: { op: 'add-remove', add: [pick(seedIds.cert(1))], remove: [] },
      }),
    ).toEqual([]);
  });
});

describe('bulkFields', () => {
  it('offers "clear" exactly where Nautobot allows an empty value', () => {
    const clearable = Object.fromEntries(bulkFields(VS).map((b) => [b.field.name, b.clearable]));
    expect(clearable).toMatchObject({
      name: false,
      vip: false,
      enabled: false,
      ssl_offload: false,
      port: true,
      protocol: true,
      tenant: true,
      load_balancer_type: true,
      certificate_profiles: true,
      tags: true,
    });
    const member = Object.fromEntries(
      bulkFields(formDefs['load-balancer-pool-members']).map((b) => [b.field.name, b.clearable]),
    );
    expect(member).toMatchObject({
      port: false,
      status: false,
      load_balancer_pool: false,
      label: true,
      tenant: true,
    });
    const profiles = bulkFields(VS).find((b) => b.field.name === 'certificate_profiles');
    expect(profiles).toMatchObject({ list: true, viaAssignments: true });
    expect(bulkFields(VS).find((b) => b.field.name === 'tags')).toMatchObject({
      list: true,
      viaAssignments: false,
    });
  });
});

describe('planChange', () => {
  it('sends only the fields that change, and reports objects already as asked as unchanged', async () => {
    // Seed VS 0-3: https 443, http 80, tcp 8443, udp 514.
    const rows = await read('virtual-servers', [0, 1, 2, 3].map(seedIds.vs));
    const objects = plan('virtual-servers', rows, { port: { op: 'set', value: '8443' } });
    expect(objects.map((o) => o.status)).toEqual(['change', 'change', 'unchanged', 'change']);
    const first = byId(objects, seedIds.vs(0));
    expect(first.patch).toEqual({ port: 8443 });
    expect(first.revert).toEqual({ port: 443 });
    expect(first.diffs).toEqual([
      { field: 'port', label: 'Port', before: '443', after: '8443', beforeText: '443', afterText: '8443' },
    ]);
    expect(first.lastUpdated).toBe(fake.db.get('virtual-servers', seedIds.vs(0))?.last_updated);
    expect(byId(objects, seedIds.vs(2)).patch).toEqual({});
    expect(planCounts({ resource: 'virtual-servers', objects })).toEqual({
      change: 3,
      unchanged: 1,
      invalid: 0,
      missing: 0,
    });
  });

  it('clears to null or "" as the field keeps it, and describes both sides for the preview', async () => {
    const [vs] = await read('virtual-servers', [seedIds.vs(0)]);
    if (!vs) throw new Error('no VS');
    const [o] = plan('virtual-servers', [vs], { tenant: { op: 'clear' }, protocol: { op: 'clear' } });
    expect(o?.patch).toEqual({ tenant: null, protocol: '' });
    expect(o?.revert).toEqual({
      tenant: fake.db.get('virtual-servers', seedIds.vs(0))?.tenant,
      protocol: 'https',
    });
    expect(o?.diffs.map((d) => `${d.label}: ${d.beforeText} → ${d.afterText}`)).toEqual([
      'Protocol: HTTPS → —',
      `Tenant: ${String((vs.tenant as { display?: string }).display)} → —`,
    ]);
  });

  it('sets a reference by id and names it by its label', async () => {
    const rows = await read('virtual-servers', [seedIds.vs(0), seedIds.vs(1)]);
    const objects = plan('virtual-servers', rows, {
      health_check_monitor: { op: 'set', value: pick(seedIds.monitor(2), 'tcp-half-open') },
    });
    expect(objects.map((o) => o.patch)).toEqual([
      { health_check_monitor: seedIds.monitor(2) },
      { health_check_monitor: seedIds.monitor(2) },
    ]);
    expect(objects[1]?.diffs[0]).toMatchObject({ beforeText: '—', afterText: 'tcp-half-open' });
  });

  it('turns certificate-profile edits into assignments to add and remove, only where they differ', async () => {
    // Seed VS 0 has certificate profile 0; VS 1 has none.
    const rows = await read('virtual-servers', [seedIds.vs(0), seedIds.vs(1)]);
    const objects = plan('virtual-servers', rows, {
      certificate_profiles: {
        op: 'add-remove',
        add: [pick(seedIds.cert(0), 'cert-0'), pick(seedIds.cert(5), 'cert-5')],
        remove: [pick(seedIds.cert(9))],
      },
    });
    const [vs0, vs1] = objects;
    expect(vs0?.certificates).toEqual({ add: [pick(seedIds.cert(5), 'cert-5')], remove: [] });
    expect(vs1?.certificates?.add.map((p) => p.id)).toEqual([seedIds.cert(0), seedIds.cert(5)]);
    expect(vs0?.patch).toEqual({});
    expect(vs0?.status).toBe('change');
    expect(vs0?.diffs[0]?.field).toBe('certificate_profiles');

    const removeAll = plan('virtual-servers', rows, { certificate_profiles: { op: 'clear' } });
    expect(removeAll[0]?.certificates?.remove.map((p) => p.id)).toEqual([seedIds.cert(0)]);
    expect(removeAll[1]?.status).toBe('unchanged');
  });

  it('adds and removes tags in the PATCH, keeping the others', async () => {
    const [t0, t1, t2] = fake.db.rows('tags').map((t) => t.id);
    if (!t0 || !t1 || !t2) throw new Error('the seed has three tags');
    const user = fake.db.users[0];
    if (!user) throw new Error('no user');
    fake.db.updateMany('load-balancer-pools', [{ id: seedIds.pool(0), tags: [t0, t1] }], {
      user,
      requestId: 'setup',
    });
    const rows = await read('load-balancer-pools', [seedIds.pool(0), seedIds.pool(1)]);
    const [tagged, bare] = plan('load-balancer-pools', rows, {
      tags: { op: 'add-remove', add: [pick(t2, 'migration-2027')], remove: [pick(t0)] },
    });
    expect(tagged?.patch).toEqual({ tags: [t1, t2] });
    expect(tagged?.revert).toEqual({ tags: [t0, t1] });
    expect(tagged?.diffs[0]).toMatchObject({
      beforeText: 'pci-scope, change-freeze',
      afterText: 'change-freeze, migration-2027',
    });
    expect(bare?.patch).toEqual({ tags: [t2] });
  });

  it('marks objects where the change breaks a cross-field rule invalid, and only those', async () => {
    // VS 0 is placed on a device, VS 3 on a cloud service.
    const rows = await read('virtual-servers', [seedIds.vs(0), seedIds.vs(3)]);
    const device = fake.db.rows('devices')[3]?.id ?? '';
    const objects = plan('virtual-servers', rows, {
      device: { op: 'set', value: pick(device, 'lb-west-02') },
    });
    expect(objects[0]?.status).toBe('change');
    expect(objects[1]?.status).toBe('invalid');
    expect(objects[1]?.issues.map((i) => i.field).sort()).toEqual(['cloud_service', 'device']);
    expect(objects[1]?.issues[0]?.message).toMatch(/^Choose only one of device/);
  });

  it('carries the form’s warnings that the change brings about', async () => {
    // VS 1 (http) has no certificate profile.
    const rows = await read('virtual-servers', [seedIds.vs(1)]);
    const [o] = plan('virtual-servers', rows, { ssl_offload: { op: 'set', value: true } });
    expect(o?.status).toBe('change');
    expect(o?.warnings.map((w) => w.field)).toEqual(['certificate_profiles']);
  });

  it('writes a date and time as Nautobot takes it, and compares it as an instant', async () => {
    const rows = await read('certificate-profiles', [seedIds.cert(0)]);
    const [o] = plan('certificate-profiles', rows, {
      expiration_date: { op: 'set', value: '2030-01-31T08:30' },
    });
    expect(o?.patch).toEqual({ expiration_date: '2030-01-31T08:30:00Z' });
    const [same] = plan('certificate-profiles', rows, {
      expiration_date: { op: 'set', value: String(rows[0]?.expiration_date).slice(0, 16) },
    });
    expect(same?.status).toBe('unchanged');
  });

  it('refuses to plan a certificate change from rows read without them', async () => {
    const page = await client.list('virtual-servers', { filters: { id: [seedIds.vs(0)] } });
    expect(() =>
      planChange(VS, page.results as PlanRow[], { certificate_profiles: { op: 'clear' } }),
    ).toThrow(/excludeM2m: false/);
  });

  it.each(resourceKeys)('writes each field of %s as the form’s own toBody does', async (resource) => {
    const id = {
      'virtual-servers': seedIds.vs(0),
      'load-balancer-pools': seedIds.pool(0),
      'load-balancer-pool-members': seedIds.member(0, 0),
      'health-check-monitors': seedIds.monitor(0),
      'certificate-profiles': seedIds.cert(0),
    }[resource];
    const def = formDefs[resource];
    const [row] = await read(resource, [id]);
    const values = def.schema.parse(def.fromRow(row));
    const body = def.toBody(values);
    for (const field of allFields(def)) {
      if (field.name in body)
        expect([field.name, bodyValue(field, values[field.name])]).toEqual([field.name, body[field.name]]);
    }
  });
});

describe('planForIds', () => {
  it('reads the selection in batches at depth 1 with certificate profiles, and plans the missing as missing', async () => {
    const ids = [seedIds.vs(0), seedIds.vs(1), MISSING, seedIds.vs(2)];
    const progress: number[] = [];
    const result = await planForIds(
      client,
      VS,
      ids,
      { enabled: { op: 'set', value: false } },
      {
        chunkSize: 2,
        onProgress: (p) => progress.push(p.done),
      },
    );
    if (!result.ok) throw new Error('not planned');
    expect(result.plan.objects.map((o) => o.status)).toEqual(['change', 'change', 'missing', 'change']);
    expect(result.plan.objects[0]?.diffs[0]?.beforeText).toBe('Yes');
    expect(progress).toEqual([2, 4]);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.url.searchParams.getAll('id')).toEqual([seedIds.vs(0), seedIds.vs(1)]);
    expect(sent[0]?.url.searchParams.get('depth')).toBe('1');
    expect(sent[0]?.url.searchParams.get('exclude_m2m')).toBe('false');
  });

  it('reads nothing when the change itself is refused', async () => {
    const result = await planForIds(client, VS, [seedIds.vs(0)], { port: { op: 'set', value: '-1' } });
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'port', message: 'Enter a port from 0 to 65535.' }],
    });
    expect(sent).toHaveLength(0);
  });
});
