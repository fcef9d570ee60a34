import type { NautobotClient } from '../api/client';
import type { AnyFormDef } from '../forms/registry';
import {
  missingObject,
  planRows,
  validateChange,
  type BulkChange,
  type PlanResult,
  type PlanRow,
} from './plan';
import { rowsById } from '../api/batched-list';

export type PlanForIdsOptions = {
  signal?: AbortSignal;
  /** Ids per read. */
  chunkSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
};

/**
 * `planChange` for a selection known only by its ids ("all 2,400 matching"): reads the objects a batch at a time
 * (depth 1 for the preview's labels, with their certificate profiles) and keeps only the plan, never the rows.
 * Ids no longer in Nautobot are planned as `missing`.
 */
export async function planForIds(
  client: NautobotClient,
  def: AnyFormDef,
  ids: readonly string[],
  change: BulkChange,
  { signal, chunkSize, onProgress }: PlanForIdsOptions = {},
): Promise<PlanResult> {
  const issues = validateChange(def, change);
  if (issues.length) return { ok: false, issues };
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const objects = [];
  const reads = rowsById(client, def.resource, unique, {
    depth: 1,
    excludeM2m: def.certificateAssignments ? false : undefined,
    signal,
    chunkSize,
  });
  for await (const { ids: batch, rows } of reads) {
    const found = new Map(rows.map((r) => [r.id.toLowerCase(), r as PlanRow]));
    for (const id of batch) {
      const row = found.get(id);
      objects.push(...(row ? planRows(def, [row], change) : [missingObject(id)]));
    }
    onProgress?.({ done: objects.length, total: unique.length });
  }
  return { ok: true, plan: { resource: def.resource, objects } };
}
