import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import { formDefs } from '../forms/registry';
import { applyPlan, type ApplyResult } from './apply';
import type { BulkChange } from './plan';
import { planForIds } from './plan-for-ids';
import { prepareUndo, undoPlan, withoutObjects } from './undo';

const { fake, requests: sent } = setupFakeNautobot();
const client = fakeClient();
const VS_ASSIGNMENTS = 'virtual-server-certificate-profile-assignments';
const pick = (id: string, label = id) => ({ id, label });
const vs = (i: number) => fake.db.get('virtual-servers', seedIds.vs(i));
const profilesOf = (id: string) =>
  fake.db
    .rows(VS_ASSIGNMENTS)
    .filter((a) => a.virtual_server === id)
    .map((a) => a.certificate_profile)
    .sort();

async function applied(ids: string[], change: BulkChange): Promise<ApplyResult> {
  const planned = await planForIds(client, formDefs['virtual-servers'], ids, change);
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  const result = await applyPlan(client, planned.plan);
  sent.length = 0;
  return result;
}

describe('undo', () => {
  it('puts back every field and certificate profile a run changed, in one apply', async () => {
    const ids = [0, 1, 2].map(seedIds.vs);
    const before = ids.map((id) => ({ ...fake.db.get('virtual-servers', id) }));
    const profiles = ids.map(profilesOf);
    const result = await applied(ids, {
      port: { op: 'set', value: '8443' },
      tenant: { op: 'clear' },
      certificate_profiles: {
        op: 'add-remove',
        add: [pick(seedIds.cert(7))],
        remove: [pick(seedIds.cert(0))],
      },
    });
    expect(result.counts.applied).toBe(3);
    // VS 2 already listened on 8443: the undo must not send its port.
    const plan = undoPlan(result);
    expect(plan.objects.map((o) => o.patch)).toEqual([
      { port: 443, tenant: before[0]?.tenant },
      { port: 80, tenant: before[1]?.tenant },
      { tenant: before[2]?.tenant },
    ]);
    expect(plan.objects[0]?.certificates).toMatchObject({
      add: [{ id: seedIds.cert(0) }],
      remove: [{ id: seedIds.cert(7) }],
    });
    expect(plan.objects[0]?.diffs.map((d) => `${d.field}: ${d.beforeText} → ${d.afterText}`)).toEqual([
      'port: 8443 → 443',
      expect.stringMatching(/^tenant: — → .+/),
      expect.stringMatching(/^certificate_profiles: .+ → www-example-com$/),
    ]);

    const undone = await applyPlan(client, plan);
    expect(undone.counts.applied).toBe(3);
    ids.forEach((id, i) => {
      expect(fake.db.get('virtual-servers', id)).toMatchObject({
        port: before[i]?.port,
        tenant: before[i]?.tenant,
      });
      expect(profilesOf(id)).toEqual(profiles[i]);
    });
  });

  it('leaves alone profiles that were already as asked, so undo removes only what the run added', async () => {
    // VS 0 already has profile 0.
    const result = await applied([seedIds.vs(0)], {
      certificate_profiles: {
        op: 'add-remove',
        add: [pick(seedIds.cert(0)), pick(seedIds.cert(4))],
        remove: [],
      },
    });
    expect(result.objects[0]?.certificates?.added.map((p) => p.id)).toEqual([seedIds.cert(4)]);
    await applyPlan(client, undoPlan(result));
    expect(profilesOf(seedIds.vs(0))).toEqual([seedIds.cert(0)]);
  });

  it('undoes nothing for objects that failed or were unchanged', async () => {
    const result = await applied([seedIds.vs(2), '00000000-0000-4000-8000-000000000000'], {
      port: { op: 'set', value: '8443' },
    });
    expect(result.objects.map((o) => o.outcome)).toEqual(['unchanged', 'failed']);
    expect(undoPlan(result).objects).toEqual([]);
  });

  it('finds objects someone changed since the run, and what they changed, for the caller to skip or overwrite', async () => {
    const ids = [0, 1, 3].map(seedIds.vs);
    const result = await applied(ids, {
      port: { op: 'set', value: '9000' },
      enabled: { op: 'set', value: false },
    });
    // Someone else edits VS 1's port, and VS 3's name only.
    await client.update('virtual-servers', seedIds.vs(1), { port: 9001 });
    await client.update('virtual-servers', seedIds.vs(3), { name: 'renamed' });
    sent.length = 0;

    const { plan, conflicts } = await prepareUndo(client, result);
    expect(sent.map((s) => s.method)).toEqual(['GET']);
    expect(plan.objects).toHaveLength(3);
    expect(conflicts).toEqual([
      {
        id: seedIds.vs(1),
        display: result.objects[1]?.display,
        kind: 'changed',
        ours: result.objects[1]?.lastUpdated,
        theirs: vs(1)?.last_updated,
        fields: [{ field: 'port', label: 'Port', ours: '9000', theirs: '9001' }],
      },
      expect.objectContaining({ id: seedIds.vs(3), kind: 'changed', fields: [] }),
    ]);

    // Skip them: their work stays, the rest is undone.
    await applyPlan(
      client,
      withoutObjects(
        plan,
        conflicts.map((c) => c.id),
      ),
    );
    expect(vs(0)).toMatchObject({ port: 443, enabled: true });
    expect(vs(1)).toMatchObject({ port: 9001, enabled: false });
    expect(vs(3)).toMatchObject({ name: 'renamed', enabled: false });
  });

  it('overwrites the conflicts when the caller keeps them in the plan', async () => {
    const result = await applied([seedIds.vs(1)], { port: { op: 'set', value: '9000' } });
    await client.update('virtual-servers', seedIds.vs(1), { port: 9001 });
    const { plan, conflicts } = await prepareUndo(client, result);
    expect(conflicts).toHaveLength(1);
    await applyPlan(client, plan);
    expect(vs(1)?.port).toBe(80);
  });

  it('reports an object deleted since the run as a conflict', async () => {
    const result = await applied([seedIds.vs(1)], { port: { op: 'set', value: '9000' } });
    await client.remove('virtual-servers', seedIds.vs(1));
    const { conflicts } = await prepareUndo(client, result);
    expect(conflicts).toEqual([
      expect.objectContaining({ id: seedIds.vs(1), kind: 'deleted', theirs: null }),
    ]);
  });

  it('sees no conflict in an undo of its own run', async () => {
    const result = await applied([seedIds.vs(0), seedIds.vs(1)], { enabled: { op: 'set', value: false } });
    expect((await prepareUndo(client, result)).conflicts).toEqual([]);
  });
});
