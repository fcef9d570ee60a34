import type { NautobotClient } from '../api/client';
import { describeValue } from '../forms/describe-value';
import type { Picked } from '../forms/fields';
import { allFields, formDefs } from '../forms/registry';
import type { ApplyResult, ObjectResult } from './apply';
import { editList, sameValue, storedValue } from './bulk-fields';
import type { BulkPlan, FieldDiff, PlannedObject, PlanRow } from './plan';
import { rowsById } from '../api/batched-list';

/** Someone else changed (or deleted) an object after our run; undoing it would overwrite their work. */
export type UndoConflict = {
  id: string;
  display: string;
  kind: 'changed' | 'deleted';
  /** `last_updated` our write left, and the one Nautobot has now. */
  ours: string | null;
  theirs: string | null;
  /** Fields we changed that now hold something else: ours (what we wrote) → theirs. */
  fields: { field: string; label: string; ours: string; theirs: string }[];
};

export type PreparedUndo = { plan: BulkPlan; conflicts: UndoConflict[] };

const swap = (d: FieldDiff): FieldDiff => ({
  ...d,
  before: d.after,
  after: d.before,
  beforeText: d.afterText,
  afterText: d.beforeText,
});

function undoObject(result: ApplyResult, r: ObjectResult): PlannedObject | null {
  const certs = r.certificates;
  const touchedCerts = !!certs && (certs.added.length > 0 || certs.removed.length > 0);
  if (!Object.keys(r.before).length && !touchedCerts) return null;
  const diffs: FieldDiff[] = [];
  for (const d of r.diffs) {
    if (d.field in r.before) diffs.push(swap(d));
    else if (d.field === 'certificate_profiles' && certs && touchedCerts) {
      // What the run really left may fall short of the plan (a partial result); undo from that.
      const field = allFields(formDefs[result.resource]).find((f) => f.name === d.field);
      const original = (d.before as Picked[] | undefined) ?? [];
      const now = editList(original, certs.added, certs.removed);
      diffs.push({
        ...d,
        before: now,
        after: original,
        beforeText: field ? describeValue(field, now) : d.afterText,
        afterText: d.beforeText,
      });
    }
  }
  return {
    id: r.id,
    display: r.display,
    lastUpdated: r.lastUpdated,
    status: 'change',
    patch: { ...r.before },
    revert: { ...r.after },
    certificates: touchedCerts && certs ? { add: [...certs.removed], remove: [...certs.added] } : null,
    diffs,
    issues: [],
    warnings: [],
  };
}

/**
 * The plan that puts back everything a run changed: each written field to the value Nautobot held before, and
 * the certificate profiles it assigned or unassigned. Apply it with `applyPlan`, like any plan.
 */
export function undoPlan(result: ApplyResult): BulkPlan {
  const objects = result.objects
    .filter((r) => r.outcome === 'applied' || r.outcome === 'partial')
    .map((r) => undoObject(result, r))
    .filter((o): o is PlannedObject => o !== null);
  return { resource: result.resource, objects };
}

/**
 * The undo plan, and the objects someone changed since our run: their `last_updated` is no longer the one our
 * write left (or they are gone). The caller chooses: leave them out (`withoutObjects`) or overwrite. Assignment
 * changes do not move `last_updated`, so someone else's certificate-profile change is not seen here; undoing
 * assignments is harmless to it, though, as only what this run added or removed is touched.
 */
export async function prepareUndo(
  client: NautobotClient,
  result: ApplyResult,
  { signal, chunkSize }: { signal?: AbortSignal; chunkSize?: number } = {},
): Promise<PreparedUndo> {
  const plan = undoPlan(result);
  const def = formDefs[result.resource];
  const fields = new Map(allFields(def).map((f) => [f.name, f]));
  const byId = new Map(result.objects.map((r) => [r.id, r]));
  const conflicts: UndoConflict[] = [];
  const reads = rowsById(
    client,
    result.resource,
    plan.objects.map((o) => o.id),
    { depth: 1, signal, chunkSize },
  );
  for await (const { ids, rows } of reads) {
    const found = new Map(rows.map((r) => [r.id.toLowerCase(), r as PlanRow]));
    for (const id of ids) {
      const ours = byId.get(id);
      if (!ours) continue;
      const row = found.get(id);
      if (!row) {
        conflicts.push({
          id,
          display: ours.display,
          kind: 'deleted',
          ours: ours.lastUpdated,
          theirs: null,
          fields: [],
        });
        continue;
      }
      const theirs = typeof row.last_updated === 'string' ? row.last_updated : null;
      if (theirs === ours.lastUpdated) continue;
      const values = def.fromRow(row);
      const changed = Object.entries(ours.after).flatMap(([name, written]) => {
        const field = fields.get(name);
        if (!field || sameValue(field, storedValue(field, row), written)) return [];
        const diff = ours.diffs.find((d) => d.field === name);
        return [
          {
            field: name,
            label: field.label,
            ours: diff?.afterText ?? String(written),
            theirs: describeValue(field, values[name]),
          },
        ];
      });
      conflicts.push({
        id,
        display: ours.display,
        kind: 'changed',
        ours: ours.lastUpdated,
        theirs,
        fields: changed,
      });
    }
  }
  return { plan, conflicts };
}

/** The plan without these objects (e.g. the conflicts the user chose to keep). */
export function withoutObjects(plan: BulkPlan, ids: Iterable<string>): BulkPlan {
  const skip = new Set([...ids].map((id) => id.toLowerCase()));
  return { ...plan, objects: plan.objects.filter((o) => !skip.has(o.id)) };
}
