import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { seedIds } from '@/mocks/seed/dataset';
import { fakeClient, setupFakeNautobot, type SentRequest } from '@/components/test-utils/fake-nautobot';
import { NautobotError } from '../api/errors';
import { resources, type ResourceKey } from '../api/resources';
import { formDefs, type FormValues } from './registry';
import { PartialSaveError, saveObject } from './save';
import { changedKeys, validateForm } from './validate';

const { fake, server, requests: sent, writes } = setupFakeNautobot();
const client = fakeClient();

const VS_ASSIGNMENTS = 'virtual-server-certificate-profile-assignments';
const pick = (id: string, label = id) => ({ id, label });
const summary = (list: SentRequest[]) =>
  list.map((s) => `${s.method} ${s.url.pathname.replace('/api/load-balancers/', '')}`);
const jsonOf = async (s: SentRequest | undefined) =>
  JSON.parse(await (s?.body ?? Promise.resolve('null'))) as unknown;
const profilesOf = (vsId: string) =>
  fake.db
    .rows(VS_ASSIGNMENTS)
    .filter((a) => a.virtual_server === vsId)
    .map((a) => a.certificate_profile)
    .sort();

/** The form's own steps: validate, then save (with the changed fields when editing). */
async function save(resource: ResourceKey, values: FormValues, edit?: { id: string; original: FormValues }) {
  const def = formDefs[resource];
  const checked = validateForm(def, values);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return saveObject(client, def, {
    id: edit?.id,
    values: checked.values,
    body: checked.body,
    changed: edit ? changedKeys(values, edit.original) : undefined,
  });
}
async function loaded(resource: ResourceKey, id: string) {
  const row = await client.get(resource, id, { depth: 1, excludeM2m: false });
  sent.length = 0;
  return formDefs[resource].fromRow(row);
}

const newVs = (): FormValues => ({
  ...formDefs['virtual-servers'].empty(),
  name: 'vs-new',
  vip: pick(seedIds.vip(1)),
  port: '8443',
  protocol: 'https',
  ssl_offload: true,
});

describe('saveObject: create', () => {
  it('creates the object and assigns its certificate profiles through the assignment endpoint', async () => {
    const id = await save('virtual-servers', {
      ...newVs(),
      certificate_profiles: [pick(seedIds.cert(3)), pick(seedIds.cert(4))],
    });
    expect(fake.db.get('virtual-servers', id)?.name).toBe('vs-new');
    expect(profilesOf(id)).toEqual([seedIds.cert(3), seedIds.cert(4)].sort());
    // A new object has no assignments to read first.
    expect(summary(sent)).toEqual(['POST virtual-servers/', `POST ${VS_ASSIGNMENTS}/`]);
    expect(await jsonOf(sent[1])).toEqual([
      { virtual_server: id, certificate_profile: seedIds.cert(3) },
      { virtual_server: id, certificate_profile: seedIds.cert(4) },
    ]);
  });

  it('sends no assignment request without certificate profiles', async () => {
    const id = await save('virtual-servers', newVs());
    expect(profilesOf(id)).toEqual([]);
    expect(summary(sent)).toEqual(['POST virtual-servers/']);
    expect(await jsonOf(sent[0])).toMatchObject({
      name: 'vs-new',
      vip: seedIds.vip(1),
      port: 8443,
      protocol: 'https',
    });
  });

  it('creates a model without certificate profiles (monitor) with one POST', async () => {
    const id = await save('health-check-monitors', {
      ...formDefs['health-check-monitors'].empty(),
      name: 'tcp-9000',
      health_check_type: 'tcp',
      port: '9000',
    });
    expect(fake.db.get('health-check-monitors', id)).toMatchObject({
      name: 'tcp-9000',
      port: 9000,
      interval: null,
    });
    expect(summary(sent)).toEqual(['POST health-check-monitors/']);
  });

  it('assigns a new pool member’s certificate profiles', async () => {
    const id = await save('load-balancer-pool-members', {
      ...formDefs['load-balancer-pool-members'].empty(),
      load_balancer_pool: pick(seedIds.pool(2)),
      ip_address: pick(seedIds.serverIp(100)),
      port: '8443',
      status: pick(String(fake.db.get('load-balancer-pool-members', seedIds.member(0, 0))?.status)),
      certificate_profiles: [pick(seedIds.cert(5))],
    });
    const assigned = fake.db
      .rows('load-balancer-pool-member-certificate-profile-assignments')
      .filter((a) => a.load_balancer_pool_member === id)
      .map((a) => a.certificate_profile);
    expect(assigned).toEqual([seedIds.cert(5)]);
  });
});

describe('saveObject: edit', () => {
  // Seed VS 0 ("vs-web-https") has certificate profile 0.
  it('PATCHes only the changed fields', async () => {
    const original = await loaded('virtual-servers', seedIds.vs(0));
    await save(
      'virtual-servers',
      { ...original, name: 'vs-web-renamed', port: '444' },
      { id: seedIds.vs(0), original },
    );
    expect(summary(sent)).toEqual([`PATCH virtual-servers/${seedIds.vs(0)}/`]);
    expect(await jsonOf(sent[0])).toEqual({ name: 'vs-web-renamed', port: 444 });
    expect(fake.db.get('virtual-servers', seedIds.vs(0))).toMatchObject({
      name: 'vs-web-renamed',
      port: 444,
    });
    expect(profilesOf(seedIds.vs(0))).toEqual([seedIds.cert(0)]);
  });

  it('sends nothing when nothing changed', async () => {
    const original = await loaded('virtual-servers', seedIds.vs(0));
    expect(await save('virtual-servers', { ...original }, { id: seedIds.vs(0), original })).toBe(
      seedIds.vs(0),
    );
    expect(sent).toEqual([]);
  });

  it('removes and adds assignments to match the form, reading what Nautobot has now', async () => {
    const original = await loaded('virtual-servers', seedIds.vs(0));
    expect(original.certificate_profiles).toEqual([expect.objectContaining({ id: seedIds.cert(0) })]);
    await save(
      'virtual-servers',
      { ...original, certificate_profiles: [pick(seedIds.cert(2)), pick(seedIds.cert(6))] },
      { id: seedIds.vs(0), original },
    );
    expect(profilesOf(seedIds.vs(0))).toEqual([seedIds.cert(2), seedIds.cert(6)].sort());
    // The object itself did not change, so it is not PATCHed.
    expect(summary(sent)).toEqual([
      `GET ${VS_ASSIGNMENTS}/`,
      `POST ${VS_ASSIGNMENTS}/`,
      `DELETE ${VS_ASSIGNMENTS}/`,
    ]);
    expect(await jsonOf(sent[1])).toEqual([
      { virtual_server: seedIds.vs(0), certificate_profile: seedIds.cert(2) },
      { virtual_server: seedIds.vs(0), certificate_profile: seedIds.cert(6) },
    ]);
  });

  it('leaves assignments someone else added alone when they are still wanted', async () => {
    const original = await loaded('virtual-servers', seedIds.vs(0));
    await client.bulkCreate(VS_ASSIGNMENTS, [
      { virtual_server: seedIds.vs(0), certificate_profile: seedIds.cert(7) },
    ]);
    sent.length = 0;
    await save(
      'virtual-servers',
      { ...original, certificate_profiles: [pick(seedIds.cert(7))] },
      { id: seedIds.vs(0), original },
    );
    expect(profilesOf(seedIds.vs(0))).toEqual([seedIds.cert(7)]);
    expect(summary(writes())).toEqual([`DELETE ${VS_ASSIGNMENTS}/`]);
  });

  it('does not touch assignments when the certificate profiles were not changed', async () => {
    const original = await loaded('virtual-servers', seedIds.vs(0));
    await save(
      'virtual-servers',
      { ...original, enabled: !original.enabled },
      { id: seedIds.vs(0), original },
    );
    expect(summary(sent)).toEqual([`PATCH virtual-servers/${seedIds.vs(0)}/`]);
  });
});

describe('saveObject: failures', () => {
  it('throws PartialSaveError with the new id when the object was created but its profiles were not', async () => {
    server.use(
      http.post(/\/virtual-server-certificate-profile-assignments\/$/, () =>
        HttpResponse.json({ detail: 'Assignment refused.' }, { status: 500 }),
      ),
    );
    const error = await save('virtual-servers', {
      ...newVs(),
      certificate_profiles: [pick(seedIds.cert(3))],
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PartialSaveError);
    const partial = error as PartialSaveError;
    expect(partial.message).toBe('Saved, but the certificate profiles could not be updated.');
    expect(partial.cause).toBeInstanceOf(NautobotError);
    expect((partial.cause as NautobotError).message).toBe('Assignment refused.');
    const created = fake.db.rows('virtual-servers').find((r) => r.name === 'vs-new');
    expect(partial.savedId).toBe(created?.id);
    expect(profilesOf(partial.savedId)).toEqual([]);
  });

  it('throws PartialSaveError on an edit whose PATCH went through', async () => {
    server.use(
      http.delete(/\/virtual-server-certificate-profile-assignments\/$/, () => HttpResponse.error()),
    );
    const original = await loaded('virtual-servers', seedIds.vs(0));
    const error = await save(
      'virtual-servers',
      { ...original, name: 'vs-renamed', certificate_profiles: [] },
      { id: seedIds.vs(0), original },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PartialSaveError);
    expect((error as PartialSaveError).savedId).toBe(seedIds.vs(0));
    expect(fake.db.get('virtual-servers', seedIds.vs(0))?.name).toBe('vs-renamed');
  });

  it('lets Nautobot’s refusal of the object itself through, as a NautobotError', async () => {
    const error = await save('virtual-servers', { ...newVs(), vip: pick(seedIds.vip(0)), port: '443' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NautobotError);
    expect((error as NautobotError).nonFieldErrors).toEqual([
      'The fields vip, port, protocol must make a unique set.',
    ]);
    expect(writes()).toHaveLength(1);
  });
});

describe('every seeded object', () => {
  it.each(Object.keys(formDefs) as ResourceKey[])(
    '%s: its form values pass the rules, and saving it unchanged sends nothing',
    async (resource) => {
      const page = await client.list(resource, { limit: 1000, depth: 1, excludeM2m: false });
      expect(page.results.length).toBeGreaterThan(0);
      const def = formDefs[resource];
      for (const row of page.results) {
        const values = def.fromRow(row);
        const checked = validateForm(def, values);
        expect(checked.ok ? [] : checked.issues, `${resources[resource].singular} ${row.display}`).toEqual(
          [],
        );
        expect(changedKeys(def.fromRow(row), values)).toEqual([]);
      }
    },
  );
});
