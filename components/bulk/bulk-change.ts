import type { Picked } from '@/lib/forms/fields';
import type { FormValues } from '@/lib/forms/registry';
import { countOutcomes, type ApplyResult } from '@/lib/bulk/apply';
import type { BulkChange, FieldEdit } from '@/lib/bulk/plan';

export type FieldOp = 'leave' | 'set' | 'clear' | 'add-remove';

export type ListEdit = { add: Picked[]; remove: Picked[] };

/** The dialog's choices as the bulk engine's change: fields left alone are not named. */
export function buildChange(
  ops: Readonly<Record<string, FieldOp>>,
  values: FormValues,
  lists: Readonly<Record<string, ListEdit>>,
): BulkChange {
  const change: Record<string, FieldEdit> = {};
  for (const [name, op] of Object.entries(ops)) {
    if (op === 'set') change[name] = { op: 'set', value: values[name] };
    else if (op === 'clear') change[name] = { op: 'clear' };
    else if (op === 'add-remove') {
      const list = lists[name] ?? { add: [], remove: [] };
      change[name] = { op: 'add-remove', add: list.add, remove: list.remove };
    }
  }
  return change;
}

/** A retry's results in place of the first run's for the objects it tried again, so Undo covers both. */
export function mergeResults(first: ApplyResult, retry: ApplyResult): ApplyResult {
  const again = new Map(retry.objects.map((o) => [o.id, o]));
  const objects = first.objects.map((o) => again.get(o.id) ?? o);
  return { ...first, objects, cancelled: retry.cancelled, counts: countOutcomes(objects) };
}
