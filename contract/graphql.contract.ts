import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NautobotError } from '@/lib/api/errors';
import { buildSeed, seedIds } from '@/mocks/seed/dataset';
import { DEMO_PASSWORD, DEMO_USERNAME } from '@/mocks/seed/constants';
import { cleanupList, rejected, runPort } from './helpers';
import { api, clientWith, raw, run } from './target';

/** The seed as both backends were loaded with it, to know what the estate query must say about it. */
const seed = Object.fromEntries(buildSeed().map((s) => [s.table, s.objects])) as Record<
  string,
  Record<string, unknown>[]
>;
const seeded = (table: string, id: string) => {
  const row = seed[table]?.find((o) => o.id === id);
  if (!row) throw new Error(`no seeded ${table} ${id}`);
  return row;
};
const hostOf = (ipId: unknown) => String(seeded('ip-addresses', String(ipId)).address).split('/')[0];
/** The estate names each object's tenant, for the dashboard's objects per tenant. */
const tenantOf = (tenantId: unknown) =>
  typeof tenantId === 'string' ? { id: tenantId, name: String(seeded('tenants', tenantId).name) } : null;

const cleanup = cleanupList();
afterAll(() => cleanup.run());

describe('GraphQL: the estate query', () => {
  it('returns every virtual server, pool and member in one request, without a page size', async () => {
    const estate = await api.estate();
    expect(estate.virtual_servers).toHaveLength(25);
    expect(estate.load_balancer_pools).toHaveLength(30);
    expect(estate.load_balancer_pool_members).toHaveLength(300);
  });

  it('answers a seeded virtual server as the REST API has it, with the protocol as its enum name', async () => {
    const estate = await api.estate();
    const vs = seeded('virtual-servers', seedIds.vs(0));
    expect(estate.virtual_servers.find((v) => v.id === seedIds.vs(0))).toEqual({
      id: seedIds.vs(0),
      name: vs.name,
      enabled: true,
      port: 443,
      // Parsed from "HTTPS" (the raw answer is pinned in the next test).
      protocol: 'https',
      vip: { host: hostOf(vs.vip) },
      load_balancer_pool: { id: seedIds.pool(0) },
      tenant: tenantOf(vs.tenant),
    });
    // Disabled, and without a pool.
    expect(estate.virtual_servers.find((v) => v.id === seedIds.vs(8))?.enabled).toBe(false);
    expect(estate.virtual_servers.find((v) => v.id === seedIds.vs(24))?.load_balancer_pool).toBeNull();
  });

  it('sends choices as enum names and a blank choice as null', async () => {
    const vip = seedIds.vip(3);
    const blank = cleanup.add(
      'virtual-servers',
      await api.create('virtual-servers', { name: `${run}-gql`, vip, protocol: '', port: runPort }),
    );
    const query = `query ($ids: [String]) { virtual_servers(id: $ids) { id name protocol port vip { host address } } }`;
    const { data } = await raw.request('POST', 'graphql/', {
      body: { query, variables: { ids: [seedIds.vs(0), seedIds.vs(4), blank.id] } },
    });
    const rows = z
      .object({
        data: z.object({
          virtual_servers: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              protocol: z.string().nullable(),
              port: z.number().nullable(),
              vip: z.object({ host: z.string(), address: z.string() }),
            }),
          ),
        }),
      })
      .parse(data).data.virtual_servers;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(3);
    expect(byId.get(seedIds.vs(0))?.protocol).toBe('HTTPS');
    expect(byId.get(seedIds.vs(4))?.protocol).toBe('HTTP2');
    expect(byId.get(blank.id)).toMatchObject({ protocol: null, port: runPort });
    const vs0 = seeded('virtual-servers', seedIds.vs(0));
    expect(byId.get(seedIds.vs(0))?.vip).toEqual({
      host: hostOf(vs0.vip),
      address: seeded('ip-addresses', String(vs0.vip)).address,
    });
  });

  it('answers pools with their monitor, and none where they have none', async () => {
    const estate = await api.estate();
    const pool = (i: number) => estate.load_balancer_pools.find((p) => p.id === seedIds.pool(i));
    expect(pool(0)).toEqual({
      id: seedIds.pool(0),
      name: 'web-pool',
      health_check_monitor: { name: 'http-80' },
      tenant: tenantOf(seeded('load-balancer-pools', seedIds.pool(0)).tenant),
    });
    expect(pool(0)?.tenant).not.toBeNull();
    expect(pool(4)?.health_check_monitor).toBeNull();
    // Pool names are not unique: both "web-pool"s are listed.
    expect(estate.load_balancer_pools.filter((p) => p.name === 'web-pool')).toHaveLength(2);
  });

  it('answers members with their status, monitor, pool, and IP address with its own status', async () => {
    const estate = await api.estate();
    const member = (id: string) => estate.load_balancer_pool_members.find((m) => m.id === id);
    const failed = seeded('load-balancer-pool-members', seedIds.member(3, 0));
    expect(member(seedIds.member(3, 0))).toEqual({
      id: seedIds.member(3, 0),
      label: failed.label,
      port: failed.port,
      status: { name: 'Failed' },
      health_check_monitor: null,
      load_balancer_pool: { id: seedIds.pool(3) },
      ip_address: { host: hostOf(failed.ip_address), status: { name: 'Active' } },
      tenant: tenantOf(failed.tenant),
    });
    // Members with a monitor of their own (m === 0, p % 4 === 1).
    expect(member(seedIds.member(1, 0))?.health_check_monitor).toEqual({ name: 'tcp-half-open' });
    const deprecated = (seed['load-balancer-pool-members'] ?? []).find(
      (m) => seeded('ip-addresses', String(m.ip_address)).status === 'Deprecated',
    );
    expect(deprecated).toBeDefined();
    expect(member(String(deprecated?.id))?.ip_address?.status).toEqual({ name: 'Deprecated' });
  });

  it('lists a pool’s members under its related name', async () => {
    const { data } = await raw.request('POST', 'graphql/', {
      body: {
        query: `query ($id: ID) { load_balancer_pool(id: $id) { name load_balancer_pool_members { id } virtual_servers { name } } }`,
        variables: { id: seedIds.pool(3) },
      },
    });
    const pool = z
      .object({
        data: z.object({
          load_balancer_pool: z.object({
            name: z.string(),
            load_balancer_pool_members: z.array(z.object({ id: z.string() })),
            virtual_servers: z.array(z.object({ name: z.string() })),
          }),
        }),
      })
      .parse(data).data.load_balancer_pool;
    expect(pool.load_balancer_pool_members.map((m) => m.id).sort()).toEqual(
      Array.from({ length: 10 }, (_, m) => seedIds.member(3, m)).sort(),
    );
    expect(pool.virtual_servers.map((v) => v.name)).toEqual([seeded('virtual-servers', seedIds.vs(3)).name]);
  });
});

describe('GraphQL: errors and access', () => {
  it('refuses a query that does not validate with HTTP 400, the message and no data', async () => {
    const e = await rejected(
      raw.request('POST', 'graphql/', { body: { query: '{ virtual_servers { nope } }' } }),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors.errors?.[0]).toMatch(/^Cannot query field .nope. on type .VirtualServerType.\./);
    // Through the client, that message is the error's.
    const viaClient = await rejected(api.graphql('{ virtual_servers { nope } }', z.unknown(), 'a test'));
    expect(viaClient.message).toMatch(/Cannot query field .nope./);
  });

  it('refuses a mutation with HTTP 400', async () => {
    const e = await rejected(
      raw.request('POST', 'graphql/', { body: { query: 'mutation { virtual_servers { id } }' } }),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors.errors?.[0]).toBe(
      "'OperationType.MUTATION' is not a supported operation, Only query are supported.",
    );
  });

  it('needs a token (403, as the REST API)', async () => {
    const e = await rejected(clientWith({}).estate());
    expect(e).toBeInstanceOf(NautobotError);
    expect(e.status).toBe(403);
    expect(e.kind).toBe('auth');
  });

  it('answers a read-only token (GraphQL reads by POST, which such a token may not use for REST)', async () => {
    const token = await clientWith({}).createToken(
      { username: DEMO_USERNAME, password: DEMO_PASSWORD },
      { description: `${run} read-only`, write_enabled: false },
    );
    const readOnly = clientWith({ Authorization: `Token ${token.key}` });
    try {
      const estate = await readOnly.estate();
      expect(estate.virtual_servers.map((v) => v.id)).toContain(seedIds.vs(0));
      const refused = await rejected(readOnly.create('health-check-monitors', { name: `${run}-ro` }));
      expect(refused.status).toBe(403);
    } finally {
      await api.remove('tokens', token.id);
    }
  });
});
