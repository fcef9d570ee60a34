import { describe, expect, it } from 'vitest';
import { createNautobotClient } from './client';
import {
  expandReferences,
  fillReferences,
  mergeFound,
  readReferences,
  referenceReader,
  referenceReads,
} from './expand-refs';
import type { Query, Transport } from './transport';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ref = (n: number, type: string) => ({ id: uuid(n), object_type: type, url: `/x/${n}/` });

const statuses = [1, 2].map((n) => ({
  ...ref(n, 'extras.status'),
  display: `S${n}`,
  name: `S${n}`,
  color: '00ff00',
}));
const ips = [10, 11].map((n) => ({
  ...ref(n, 'ipam.ipaddress'),
  display: `10.0.0.${n}/32`,
  address: `10.0.0.${n}/32`,
  host: `10.0.0.${n}`,
  mask_length: 32,
  ip_version: 4,
  status: ref(2, 'extras.status'),
}));

/** Answers `?id=…` lookups from the tables above, and records each request's path and query. */
function stub() {
  const sent: { path: string; query: Query }[] = [];
  const tables: Record<string, unknown[]> = { 'extras/statuses/': statuses, 'ipam/ip-addresses/': ips };
  const transport: Transport = {
    request: (_method, path, { query = {} } = {}) => {
      sent.push({ path, query });
      const ids = new Set([query.id ?? []].flat().map(String));
      const results = (tables[path] ?? []).filter((r) => ids.has((r as { id: string }).id));
      return Promise.resolve({
        status: 200,
        headers: new Headers(),
        data: { count: results.length, next: null, previous: null, results },
      });
    },
  };
  return { client: createNautobotClient(transport, { lbPath: 'load-balancers/' }), sent };
}

const rows = [
  { id: 'a', status: ref(1, 'extras.status'), ip_address: ref(10, 'ipam.ipaddress'), tenant: null },
  {
    id: 'b',
    status: { ...ref(1, 'extras.status'), id: uuid(1).toUpperCase() },
    ip_address: ref(10, 'ipam.ipaddress'),
    tenant: null,
  },
  { id: 'c', status: ref(1, 'extras.status'), ip_address: ref(99, 'ipam.ipaddress'), tenant: null },
];

describe('expandReferences', () => {
  it('reads each endpoint once for the whole page, each id once whatever its case, and fills every row in', async () => {
    const { client, sent } = stub();
    const out = await expandReferences(client, rows, {
      fields: { status: 'statuses', ip_address: 'ip-addresses', tenant: 'tenants' },
    });
    expect(sent.map((r) => r.path).sort()).toEqual(['extras/statuses/', 'ipam/ip-addresses/']);
    expect(sent.find((r) => r.path === 'extras/statuses/')?.query.id).toEqual([uuid(1)]);
    expect(out.map((r) => (r.status as { name?: string }).name)).toEqual(['S1', 'S1', 'S1']);
    expect((out[0]?.ip_address as { host?: string }).host).toBe('10.0.0.10');
    // Null stays null; a reference that cannot be read stays as Nautobot sent it.
    expect(out[0]?.tenant).toBeNull();
    expect(out[2]?.ip_address).toEqual(ref(99, 'ipam.ipaddress'));
    // The rows passed in are left as they were.
    expect(rows[0]?.status).toEqual(ref(1, 'extras.status'));
  });

  it('fills in nested references in one more round, reading only what the first did not bring', async () => {
    const { client, sent } = stub();
    const out = await expandReferences(
      client,
      [{ id: 'a', status: ref(1, 'extras.status'), ip_address: ref(10, 'ipam.ipaddress') }],
      {
        fields: { status: 'statuses', ip_address: 'ip-addresses' },
        nested: { 'ip-addresses': { status: 'statuses' } },
      },
    );
    const ip = out[0]?.ip_address as unknown as { status: { name?: string } };
    expect(ip.status.name).toBe('S2');
    const statusReads = sent.filter((r) => r.path === 'extras/statuses/').map((r) => r.query.id);
    expect(statusReads).toEqual([[uuid(1)], [uuid(2)]]);
  });

  it('sends nothing for a page without references', async () => {
    const { client, sent } = stub();
    expect(
      await expandReferences(client, [{ id: 'a', tenant: null }], { fields: { tenant: 'tenants' } }),
    ).toEqual([{ id: 'a', tenant: null }]);
    expect(sent).toEqual([]);
  });

  it('reads an id once across parts of a page read at once (slices), waiting for the read under way', async () => {
    const { client, sent } = stub();
    const reader = referenceReader(client);
    const fields = { fields: { status: 'statuses', ip_address: 'ip-addresses' } } as const;
    const [first, second] = await Promise.all([
      expandReferences(
        client,
        [{ id: 'a', status: ref(1, 'extras.status'), ip_address: ref(10, 'ipam.ipaddress') }],
        fields,
        { reader },
      ),
      expandReferences(
        client,
        [{ id: 'b', status: ref(1, 'extras.status'), ip_address: ref(11, 'ipam.ipaddress') }],
        fields,
        { reader },
      ),
    ]);
    expect((first?.[0]?.status as { name?: string }).name).toBe('S1');
    expect((second?.[0]?.status as { name?: string }).name).toBe('S1');
    expect((second?.[0]?.ip_address as { host?: string }).host).toBe('10.0.0.11');
    expect(sent.filter((r) => r.path === 'extras/statuses/')).toHaveLength(1);
    expect(sent.filter((r) => r.path === 'ipam/ip-addresses/').map((r) => r.query.id)).toEqual([
      [uuid(10)],
      [uuid(11)],
    ]);
  });
});

describe('referenceReads', () => {
  it('asks only for bare references, and for the nested ones of objects the rows already hold', async () => {
    const held = { ...ips[0], display: '10.0.0.10/32' };
    const rowsIn = [{ id: 'a', status: statuses[0], ip_address: held }];
    const expansion = {
      fields: { status: 'statuses', ip_address: 'ip-addresses' },
      nested: { 'ip-addresses': { status: 'statuses' } },
    } as const;
    const reads = referenceReads(rowsIn, expansion);
    expect(reads.first).toEqual({});
    expect(reads.held).toEqual({ statuses: [uuid(2)] });

    const { client, sent } = stub();
    const found = await readReferences(referenceReader(client), reads);
    expect(sent.map((r) => r.query.id)).toEqual([[uuid(2)]]);
    const [row] = fillReferences(rowsIn, expansion, found);
    expect((row?.ip_address as unknown as { status: { name?: string } }).status.name).toBe('S2');
  });
});

describe('mergeFound', () => {
  it('keeps every object of both, the second’s where both hold one, and changes neither', () => {
    const a = { statuses: { s1: { id: 's1', name: 'old' } }, 'load-balancer-pools': { p1: { id: 'p1' } } };
    const b = { statuses: { s1: { id: 's1', name: 'new' }, s2: { id: 's2' } } };
    expect(mergeFound(a, b)).toEqual({
      statuses: { s1: { id: 's1', name: 'new' }, s2: { id: 's2' } },
      'load-balancer-pools': { p1: { id: 'p1' } },
    });
    expect(a.statuses.s1.name).toBe('old');
    expect(Object.keys(b.statuses)).toEqual(['s1', 's2']);
  });
});
