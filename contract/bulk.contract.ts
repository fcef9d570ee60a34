import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { cleanupList, rejected, runPort } from './helpers';
import { api, raw, run } from './target';

// Bulk edit (lib/bulk) relies on how Nautobot answers a bulk PATCH: one transaction, the first bad object's
// errors as a plain dict (not a list aligned with the input), ids it can't find skipped silently.

const made = cleanupList();
const ids: string[] = [];

beforeAll(async () => {
  for (const n of [0, 1]) {
    const vs = await api.create('virtual-servers', {
      name: `${run}-bulk-${n}`,
      vip: seedIds.vip(3),
      protocol: 'tcp',
      port: runPort + 10 + n,
    });
    ids.push(made.add('virtual-servers', vs).id);
  }
});
afterAll(() => made.run());

const path = 'load-balancers/virtual-servers/';

describe('bulk PATCH', () => {
  it('applies every row and answers with the bare list', async () => {
    const rows = await api.bulkUpdate(
      'virtual-servers',
      ids.map((id) => ({ id, enabled: false })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => !r.enabled)).toBe(true);
  });

  it('refuses the whole request when one row is bad, with that row’s errors as a dict, and applies nothing', async () => {
    const [first, second] = ids;
    const e = await rejected(
      raw.request('PATCH', path, {
        body: [
          { id: first, name: `${run}-bulk-renamed` },
          { id: second, port: 70_000 },
        ],
      }),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual({ port: [expect.stringMatching(/65535/)] });
    expect((await api.get('virtual-servers', first ?? '')).name).toBe(`${run}-bulk-0`);
  });

  it('skips an id it does not know, without an error', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const rows = await api.bulkUpdate('virtual-servers', [
      { id: ids[0] ?? '', enabled: true },
      { id: unknown, enabled: true },
    ]);
    expect(rows.map((r) => r.id)).toEqual([ids[0]]);
  });
});
