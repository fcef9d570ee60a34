import type { ObjectChange } from '@/lib/api/schemas/related';

/**
 * What one change-log entry changed, worked out as Nautobot's own change view does
 * (ObjectChange.get_snapshots): an update is compared with the snapshot of the change before it. Its API
 * has no pre/post-change fields, only each change's snapshot (`object_data_v2`, the REST representation, or
 * the older `object_data`), so the caller passes the previous entry.
 */
export type FieldDiff = { field: string; before: unknown; after: unknown };
export type ChangeSummary =
  | { kind: 'create' }
  | { kind: 'delete' }
  | { kind: 'update'; diffs: FieldDiff[] }
  /** An update whose earlier snapshot is gone (its change was pruned). */
  | { kind: 'update-unknown' };

type Snapshot = Record<string, unknown>;

/** Derived or bookkeeping keys: they change with every save or with other fields, and say nothing new. */
const IGNORED = new Set([
  'last_updated',
  'created',
  'display',
  'natural_slug',
  'url',
  'notes_url',
  'object_type',
  'id',
]);

function isRecord(value: unknown): value is Snapshot {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** A nested object counts as the same reference when its id is, whatever depth it was serialized at. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (isRecord(value)) {
    if (typeof value.id === 'string') return value.id;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, comparable(value[k])]),
    );
  }
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** Both snapshots in the same format: the REST one when both have it, else Django's (as Nautobot does). */
function snapshotPair(change: ObjectChange, previous: ObjectChange): [Snapshot, Snapshot] | null {
  if (isRecord(change.object_data_v2) && isRecord(previous.object_data_v2))
    return [previous.object_data_v2, change.object_data_v2];
  if (isRecord(change.object_data) && isRecord(previous.object_data))
    return [previous.object_data, change.object_data];
  return null;
}

export function diffSnapshots(before: Snapshot, after: Snapshot): FieldDiff[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => !IGNORED.has(f) && !same(before[f], after[f]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export function summarizeChange(change: ObjectChange, previous: ObjectChange | undefined): ChangeSummary {
  const action = change.action.value;
  if (action === 'create') return { kind: 'create' };
  if (action === 'delete') return { kind: 'delete' };
  const pair = previous && snapshotPair(change, previous);
  if (!pair) return { kind: 'update-unknown' };
  return { kind: 'update', diffs: diffSnapshots(...pair) };
}
