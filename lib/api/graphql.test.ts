import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { TEST_NAUTOBOT } from '@/components/test-utils/render';
import { DEMO_TOKEN } from '@/mocks/seed/constants';
import { seedIds } from '@/mocks/seed/dataset';
import { NautobotError } from './errors';

const { server, requests } = setupFakeNautobot();
const client = fakeClient();

async function failure(p: Promise<unknown>): Promise<NautobotError> {
  const e = await p.then(
    () => new Error('expected the query to fail'),
    (x: unknown) => x,
  );
  if (e instanceof NautobotError) return e;
  throw e;
}

describe('client.graphql', () => {
  it('posts the query and its variables to /api/graphql/ and parses the data', async () => {
    const data = await client.graphql(
      'query ($id: ID) { load_balancer_pool(id: $id) { name } }',
      z.object({ load_balancer_pool: z.object({ name: z.string() }) }),
      'a pool',
      { id: seedIds.pool(0) },
    );
    expect(data).toEqual({ load_balancer_pool: { name: 'web-pool' } });
    const sent = requests.at(-1);
    expect(sent?.method).toBe('POST');
    expect(sent?.url.pathname).toBe('/api/graphql/');
    expect(JSON.parse(await (sent?.body ?? Promise.resolve('{}')))).toMatchObject({
      variables: { id: seedIds.pool(0) },
    });
  });

  it('says what GraphQL said when Nautobot refuses the query (HTTP 400)', async () => {
    const e = await failure(client.graphql('{ virtual_servers { nope } }', z.unknown(), 'the map'));
    expect(e.status).toBe(400);
    expect(e.kind).toBe('validation');
    expect(e.message).toMatch(/^Nautobot refused the query for the map: Cannot query field "nope"/);
  });

  it('fails on errors beside partial data (HTTP 200) rather than showing objects as missing', async () => {
    const e = await failure(
      client.graphql('{ virtual_servers(id: ["not-a-uuid"]) { id } }', z.unknown(), 'the map'),
    );
    expect(e.status).toBe(200);
    expect(e.kind).toBe('bad-response');
    expect(e.message).toBe(
      "Nautobot could not answer the query for the map: {'id': ['“not-a-uuid” is not a valid UUID.']}",
    );
  });

  it('fails on data of the wrong shape, naming where', async () => {
    server.use(
      http.post(/\/graphql\/$/, () => HttpResponse.json({ data: { virtual_servers: [{ id: 1 }] } })),
    );
    const e = await failure(client.estate());
    expect(e.kind).toBe('bad-response');
    expect(e.message).toMatch(
      /^Unexpected answer from Nautobot for the load-balancer estate: virtual_servers\.0\.id: /,
    );
  });
});

describe('the fake’s GraphQL endpoint', () => {
  it('answers the estate query in Nautobot’s shape', async () => {
    const estate = await client.estate();
    expect(estate.virtual_servers).toHaveLength(25);
    expect(estate.load_balancer_pool_members).toHaveLength(300);
    // Meta.ordering: virtual servers by name.
    const names = estate.virtual_servers.map((v) => v.name);
    expect(names).toEqual([...names].sort());
  });

  it('lists related objects whole, as Nautobot hands nested limit and offset to a FilterSet that ignores them', async () => {
    const data = await client.graphql(
      `query ($id: [String]) { load_balancer_pools(id: $id) { load_balancer_pool_members(limit: 2) { id } } }`,
      z.object({
        load_balancer_pools: z.array(z.object({ load_balancer_pool_members: z.array(z.unknown()) })),
      }),
      'pool members',
      { id: [seedIds.pool(0)] },
    );
    expect(data.load_balancer_pools[0]?.load_balancer_pool_members).toHaveLength(10);
  });

  it('pages root lists with limit and offset', async () => {
    const schema = z.object({ virtual_servers: z.array(z.object({ name: z.string() })) });
    const all = await client.graphql('{ virtual_servers { name } }', schema, 'all');
    const page = await client.graphql('{ virtual_servers(limit: 2, offset: 3) { name } }', schema, 'a page');
    expect(page.virtual_servers).toEqual(all.virtual_servers.slice(3, 5));
  });

  it('accepts a query sent as application/graphql, and only POST', async () => {
    const post = await fetch(`${TEST_NAUTOBOT}/api/graphql/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/graphql', Authorization: `Token ${DEMO_TOKEN}` },
      body: '{ health_check_monitors(name: ["http-80"]) { name health_check_type port } }',
    });
    expect(await post.json()).toEqual({
      data: { health_check_monitors: [{ name: 'http-80', health_check_type: 'HTTP', port: 80 }] },
    });
    const get = await fetch(`${TEST_NAUTOBOT}/api/graphql/?query={virtual_servers{id}}`, {
      headers: { Authorization: `Token ${DEMO_TOKEN}` },
    });
    expect(get.status).toBe(405);
  });
});
