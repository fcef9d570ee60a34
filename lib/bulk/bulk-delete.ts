import type { NautobotClient } from '../api/client';
import type { EndpointKey } from '../api/endpoints';
import { isNautobotError, type NautobotError } from '../api/errors';
import { chunks } from '../api/batched-list';
import { halves } from './chunks';
import { parseProtectedObjects, type ProtectedObjects } from './protected-objects';
import { withRetry, type RetryOptions } from './retry';
import { rowsById } from '../api/batched-list';

/**
 * - `deleted`: gone (including objects someone else deleted first);
 * - `protected`: other objects still refer to it (see `blockers`);
 * - `failed`: Nautobot refused or could not be reached (see `reason`);
 * - `not-attempted`: cancelled (or the session ended) before its turn.
 */
export type DeleteOutcome = 'deleted' | 'protected' | 'failed' | 'not-attempted';

export type DeleteObjectResult = {
  id: string;
  outcome: DeleteOutcome;
  reason?: string;
  /** The objects that PROTECT it, from Nautobot's 409. */
  blockers?: ProtectedObjects;
};

export type DeleteResult = {
  /** In the order the ids were given. */
  objects: DeleteObjectResult[];
  cancelled: boolean;
  counts: Record<DeleteOutcome, number>;
};

export type DeleteOptions = RetryOptions & {
  /** Objects per bulk DELETE. Default 100. */
  chunkSize?: number;
  /** Stops between chunks: the chunk being sent finishes, the rest are `not-attempted`. */
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
};

/** What a bulk DELETE silently skips: an object the user may not delete. */
export const NOT_DELETED_REASON = 'Nautobot did not delete it: you may not delete this object.';

type Run = { client: NautobotClient; key: EndpointKey; retry: RetryOptions; fatal: NautobotError | null };

/**
 * A bulk DELETE is one transaction, and Nautobot stops it at the first protected object, naming that object's
 * dependents but not the object itself. So a 409 is bisected down to single objects: every unprotected object is
 * deleted and each protected one gets its own blockers. A 204 does not say whether each id was deleted or
 * skipped (not permitted), so the chunk is read back.
 */
async function deleteObjects(run: Run, ids: string[]): Promise<DeleteObjectResult[]> {
  const failed = (e: NautobotError) =>
    ids.map((id) => ({ id, outcome: 'failed' as const, reason: e.message }));
  if (run.fatal) return failed(run.fatal);
  try {
    await withRetry(() => run.client.bulkDelete(run.key, ids), run.retry);
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    if (e.kind === 'conflict' && ids.length > 1) {
      const [a, b] = halves(ids);
      return [...(await deleteObjects(run, a)), ...(await deleteObjects(run, b))];
    }
    if (e.kind === 'conflict') {
      const blockers = parseProtectedObjects(e.detail);
      if (blockers) return ids.map((id) => ({ id, outcome: 'protected', reason: e.detail, blockers }));
    }
    if (e.kind === 'auth' || e.kind === 'session-expired') run.fatal = e;
    return failed(e);
  }
  const remaining = new Set<string>();
  try {
    for await (const { rows } of rowsById(run.client, run.key, ids)) {
      for (const r of rows) remaining.add(r.id.toLowerCase());
    }
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    // The DELETE succeeded; only the check of what it skipped failed. Nautobot skips only what the user may not
    // delete, which a user seldom selects, so report them deleted rather than unknown.
  }
  return ids.map((id) =>
    remaining.has(id) ? { id, outcome: 'failed', reason: NOT_DELETED_REASON } : { id, outcome: 'deleted' },
  );
}

export function countDeleteOutcomes(objects: readonly { outcome: DeleteOutcome }[]) {
  const counts: Record<DeleteOutcome, number> = { deleted: 0, protected: 0, failed: 0, 'not-attempted': 0 };
  for (const o of objects) counts[o.outcome] += 1;
  return counts;
}

/** A retry's outcomes in place of the earlier run's for the ids it tried again. */
export function mergeDeleteResults(first: DeleteResult, retry: DeleteResult): DeleteResult {
  const again = new Map(retry.objects.map((o) => [o.id, o]));
  const objects = first.objects.map((o) => again.get(o.id) ?? o);
  return { objects, cancelled: retry.cancelled, counts: countDeleteOutcomes(objects) };
}

/**
 * Deletes the objects in chunks of bulk DELETEs, one chunk after another, retrying network failures and 5xx
 * with backoff. Every id gets an outcome; what PROTECTs an object is parsed from Nautobot's 409.
 */
export async function bulkDelete(
  client: NautobotClient,
  key: EndpointKey,
  ids: readonly string[],
  { chunkSize = 100, signal, onProgress, ...retry }: DeleteOptions = {},
): Promise<DeleteResult> {
  const run: Run = { client, key, retry, fatal: null };
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const results = new Map<string, DeleteObjectResult>();
  let done = 0;
  let cancelled = false;
  for (const batch of chunks(unique, chunkSize)) {
    if (signal?.aborted || run.fatal) {
      cancelled ||= !!signal?.aborted;
      for (const id of batch)
        results.set(id, {
          id,
          outcome: 'not-attempted',
          ...(run.fatal ? { reason: run.fatal.message } : {}),
        });
      continue;
    }
    for (const r of await deleteObjects(run, batch)) results.set(r.id, r);
    done += batch.length;
    onProgress?.({ done, total: unique.length });
  }
  const objects = unique.map((id) => results.get(id) ?? { id, outcome: 'not-attempted' as const });
  return { objects, cancelled, counts: countDeleteOutcomes(objects) };
}
