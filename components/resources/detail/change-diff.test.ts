import { describe, expect, it } from 'vitest';
import type { ObjectChange } from '@/lib/api/schemas/related';
import { diffSnapshots, summarizeChange } from './change-diff';

const POOL_A = { id: '0b6f1a52-3c1d-4e8a-9f00-00000000000a', object_type: 'x.y', url: '/a/' };
const POOL_B = { id: '0b6f1a52-3c1d-4e8a-9f00-00000000000b', object_type: 'x.y', url: '/b/' };

function change(
  action: string,
  data: Record<string, unknown> | null,
  v1: Record<string, unknown> = {},
): ObjectChange {
  return {
    id: '0b6f1a52-3c1d-4e8a-9f00-000000000001',
    time: '2026-01-01T00:00:00Z',
    user_name: 'admin',
    request_id: 'r',
    action: { value: action, label: action },
    changed_object_type: 'load_balancers.virtualserver',
    changed_object_id: '0b6f1a52-3c1d-4e8a-9f00-000000000002',
    object_repr: 'vs',
    object_data: v1,
    object_data_v2: data,
  };
}

describe('diffSnapshots', () => {
  it('lists the fields whose values differ, ignoring bookkeeping', () => {
    expect(
      diffSnapshots(
        { name: 'a', port: 80, last_updated: '1', display: 'a', load_balancer_pool: POOL_A },
        { name: 'b', port: 80, last_updated: '2', display: 'b', load_balancer_pool: POOL_A },
      ),
    ).toEqual([{ field: 'name', before: 'a', after: 'b' }]);
  });

  it('compares references by id, whatever depth they were serialized at', () => {
    expect(
      diffSnapshots(
        { pool: POOL_A, tags: [] },
        { pool: { ...POOL_A, display: 'web-pool', name: 'web-pool' }, tags: [] },
      ),
    ).toEqual([]);
    expect(diffSnapshots({ pool: POOL_A }, { pool: POOL_B })).toEqual([
      { field: 'pool', before: POOL_A, after: POOL_B },
    ]);
    expect(diffSnapshots({ pool: POOL_A }, { pool: null })).toEqual([
      { field: 'pool', before: POOL_A, after: null },
    ]);
  });

  it('sees fields that appear or disappear', () => {
    expect(diffSnapshots({}, { label: 'x' })).toEqual([{ field: 'label', before: null, after: 'x' }]);
  });
});

describe('summarizeChange', () => {
  it('needs no comparison for a create or a delete', () => {
    expect(summarizeChange(change('create', { port: 1 }), undefined)).toEqual({ kind: 'create' });
    expect(summarizeChange(change('delete', { port: 1 }), undefined)).toEqual({ kind: 'delete' });
  });

  it('compares an update with the change before it', () => {
    expect(summarizeChange(change('update', { port: 443 }), change('create', { port: 80 }))).toEqual({
      kind: 'update',
      diffs: [{ field: 'port', before: 80, after: 443 }],
    });
  });

  it('falls back to the older snapshots when either lacks the REST one', () => {
    expect(
      summarizeChange(change('update', { port: 443 }, { port: 443 }), change('create', null, { port: 8 })),
    ).toEqual({ kind: 'update', diffs: [{ field: 'port', before: 8, after: 443 }] });
  });

  it('says so when there is nothing to compare an update with', () => {
    expect(summarizeChange(change('update', { port: 443 }), undefined)).toEqual({ kind: 'update-unknown' });
  });
});
