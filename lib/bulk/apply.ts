import type { NautobotClient } from '../api/client';
import { isNautobotError, isNonFieldKey, type FieldErrors, type NautobotError } from '../api/errors';
import type { ResourceKey } from '../api/resources';
import { allFields, formDefs } from '../forms/registry';
import { syncAssignments, type AssignmentOutcome } from './assignments';
import { storedValue } from './bulk-fields';
import { chunks } from '../api/batched-list';
import { halves } from './chunks';
import type { BulkPlan, FieldDiff, PlannedObject } from './plan';
import { withRetry, type RetryOptions } from './retry';

/** What a bulk PATCH silently skips: an id Nautobot does not have, or one the user may not change. */
export const NOT_FOUND_REASON = 'Not found in Nautobot, or you may not change it.';

/**
 * - `applied`: everything planned for the object is done;
 * - `partial`: its fields were written but some certificate profiles were not (see `certificates`);
 * - `unchanged`: nothing to do, nothing sent;
 * - `failed`: nothing changed (see `reason`, `fieldErrors`);
 * - `not-attempted`: cancelled (or the session ended) before its turn.
 */
export type Outcome = 'applied' | 'partial' | 'unchanged' | 'failed' | 'not-attempted';

export type ObjectResult = {
  id: string;
  display: string;
  outcome: Outcome;
  reason?: string;
  /** Nautobot's (or the form's) messages by field name. */
  fieldErrors?: FieldErrors;
  /** The planned change, before → after. */
  diffs: FieldDiff[];
  /** The fields this run wrote, as they were before and as Nautobot holds them after (write values). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** What happened to its certificate profiles, when the plan changed them. */
  certificates: AssignmentOutcome | null;
  /** `last_updated` after the write (as planned, when only assignments changed): the undo's conflict check. */
  lastUpdated: string | null;
  /** The plan entry this came from, for a retry. */
  planned: PlannedObject;
};

export type ApplyResult = {
  resource: ResourceKey;
  /** In plan order. */
  objects: ObjectResult[];
  /** The signal stopped the run before every chunk was sent. */
  cancelled: boolean;
  counts: Record<Outcome, number>;
};

export type ApplyProgress = { done: number; total: number };

export type ApplyOptions = RetryOptions & {
  /** Objects per bulk request. Default 100. */
  chunkSize?: number;
  /** Stops the run between chunks: the chunk being sent finishes, the rest are `not-attempted`. */
  signal?: AbortSignal;
  /** After each chunk; `total` counts the objects to send. */
  onProgress?: (progress: ApplyProgress) => void;
};

type Patched =
  { ok: true; row: Record<string, unknown> } | { ok: false; reason: string; fieldErrors?: FieldErrors };

type Run = {
  client: NautobotClient;
  plan: BulkPlan;
  retry: RetryOptions;
  /** A signed-out session fails every later request alike: stop sending. */
  fatal: NautobotError | null;
};

const labels = (resource: ResourceKey) =>
  new Map(allFields(formDefs[resource]).map((f) => [f.name, f.label]));

function failure(run: Run, e: NautobotError): Patched {
  const fieldErrors = e.itemErrors?.find((x) => x !== null) ?? e.fieldErrors;
  const names = labels(run.plan.resource);
  const parts = [
    ...(e.detail ? [e.detail] : []),
    ...e.nonFieldErrors,
    // A bulk answer keeps DRF's non-field key per object: its message (a uniqueness clash) needs no label.
    ...Object.entries(fieldErrors).map(([f, m]) =>
      isNonFieldKey(f) ? m.join(' ') : `${names.get(f) ?? f}: ${m.join(' ')}`,
    ),
  ];
  return {
    ok: false,
    reason: parts.length ? parts.join(' ') : e.message,
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
  };
}

/**
 * One bulk PATCH for the objects; Nautobot applies it all or nothing and, refusing it, does not say which object
 * was at fault. So a refused request is cut in half and each half sent again, down to single objects, which get
 * Nautobot's own reason: the good objects are written and each bad one is named.
 */
async function patchObjects(run: Run, objects: PlannedObject[]): Promise<Map<string, Patched>> {
  const out = new Map<string, Patched>();
  if (!objects.length) return out;
  if (run.fatal) {
    for (const o of objects) out.set(o.id, failure(run, run.fatal));
    return out;
  }
  try {
    const body = objects.map((o) => ({ ...o.patch, id: o.id }));
    const rows = await withRetry(() => run.client.bulkUpdate(run.plan.resource, body as never), run.retry);
    const byId = new Map(rows.map((r) => [r.id.toLowerCase(), r as Record<string, unknown>]));
    for (const o of objects) {
      const row = byId.get(o.id);
      out.set(o.id, row ? { ok: true, row } : { ok: false, reason: NOT_FOUND_REASON });
    }
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    if ((e.kind === 'validation' || e.kind === 'forbidden') && objects.length > 1) {
      const [a, b] = halves(objects);
      return new Map([...(await patchObjects(run, a)), ...(await patchObjects(run, b))]);
    }
    if (e.kind === 'auth' || e.kind === 'session-expired') run.fatal = e;
    for (const o of objects) out.set(o.id, failure(run, e));
  }
  return out;
}

function resultOf(
  run: Run,
  o: PlannedObject,
  patched: Patched | undefined,
  certificates: AssignmentOutcome | undefined,
): ObjectResult {
  const base = { id: o.id, display: o.display, diffs: o.diffs, planned: o, lastUpdated: o.lastUpdated };
  if (patched && !patched.ok) {
    return {
      ...base,
      outcome: 'failed',
      reason: patched.reason,
      fieldErrors: patched.fieldErrors,
      before: {},
      after: {},
      certificates: null,
    };
  }
  const fields = new Map(allFields(formDefs[run.plan.resource]).map((f) => [f.name, f]));
  const after: Record<string, unknown> = {};
  if (patched) {
    for (const name of Object.keys(o.patch)) {
      const field = fields.get(name);
      after[name] = field ? storedValue(field, patched.row) : o.patch[name];
    }
  }
  const wrote = !!patched || !!certificates?.added.length || !!certificates?.removed.length;
  const complete = !certificates || (!certificates.notAdded.length && !certificates.notRemoved.length);
  return {
    ...base,
    outcome: complete ? (wrote ? 'applied' : 'unchanged') : wrote ? 'partial' : 'failed',
    ...(certificates?.reason ? { reason: certificates.reason } : {}),
    before: patched ? { ...o.revert } : {},
    after,
    certificates: certificates ?? null,
    lastUpdated:
      patched && typeof patched.row.last_updated === 'string' ? patched.row.last_updated : o.lastUpdated,
  };
}

async function applyChunk(run: Run, objects: PlannedObject[]): Promise<ObjectResult[]> {
  const patched = await patchObjects(
    run,
    objects.filter((o) => Object.keys(o.patch).length > 0),
  );
  const target = formDefs[run.plan.resource].certificateAssignments;
  const wanted = objects.filter((o) => o.certificates && patched.get(o.id)?.ok !== false);
  const requests = wanted.map((o) => ({
    owner: o.id,
    add: o.certificates?.add ?? [],
    remove: o.certificates?.remove ?? [],
  }));
  const fatal = run.fatal;
  const certificates =
    target && requests.length && !fatal
      ? await syncAssignments(run.client, target, requests, run.retry)
      : new Map<string, AssignmentOutcome>(
          requests.map((r) => [
            r.owner,
            {
              added: [],
              removed: [],
              notAdded: [...r.add],
              notRemoved: [...r.remove],
              reason: fatal?.message,
            },
          ]),
        );
  return objects.map((o) => resultOf(run, o, patched.get(o.id), certificates.get(o.id)));
}

function settled(
  o: PlannedObject,
  outcome: Outcome,
  reason?: string,
  fieldErrors?: FieldErrors,
): ObjectResult {
  return {
    id: o.id,
    display: o.display,
    outcome,
    ...(reason ? { reason } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
    diffs: o.diffs,
    before: {},
    after: {},
    certificates: null,
    lastUpdated: o.lastUpdated,
    planned: o,
  };
}

function notSent(o: PlannedObject): ObjectResult | null {
  if (o.status === 'unchanged') return settled(o, 'unchanged');
  if (o.status === 'missing') return settled(o, 'failed', NOT_FOUND_REASON);
  if (o.status === 'invalid') {
    const fieldErrors: FieldErrors = {};
    for (const i of o.issues) fieldErrors[i.field] = [...(fieldErrors[i.field] ?? []), i.message];
    return settled(o, 'failed', o.issues.map((i) => i.message).join(' '), fieldErrors);
  }
  return null;
}

export function countOutcomes(objects: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = {
    applied: 0,
    partial: 0,
    unchanged: 0,
    failed: 0,
    'not-attempted': 0,
  };
  for (const o of objects) counts[o.outcome] += 1;
  return counts;
}

/**
 * Applies a plan: chunks of `chunkSize` objects, one after another, each a bulk PATCH of the fields and then the
 * certificate-profile assignments of the objects the PATCH wrote. A chunk Nautobot refuses is bisected so the good
 * objects still land; network failures and 5xx are retried with backoff, then reported per object. Never throws
 * for what Nautobot answers; every object gets an outcome.
 */
export async function applyPlan(
  client: NautobotClient,
  plan: BulkPlan,
  { chunkSize = 100, signal, onProgress, ...retry }: ApplyOptions = {},
): Promise<ApplyResult> {
  const run: Run = { client, plan, retry, fatal: null };
  const results = new Map<string, ObjectResult>();
  const toSend: PlannedObject[] = [];
  for (const o of plan.objects) {
    const result = notSent(o);
    if (result) results.set(o.id, result);
    else toSend.push(o);
  }
  let done = 0;
  let cancelled = false;
  for (const batch of chunks(toSend, chunkSize)) {
    if (signal?.aborted || run.fatal) {
      cancelled ||= !!signal?.aborted;
      for (const o of batch) results.set(o.id, settled(o, 'not-attempted', run.fatal?.message));
      continue;
    }
    for (const result of await applyChunk(run, batch)) results.set(result.id, result);
    done += batch.length;
    onProgress?.({ done, total: toSend.length });
  }
  const objects = plan.objects.map((o) => results.get(o.id) ?? settled(o, 'not-attempted'));
  return { resource: plan.resource, objects, cancelled, counts: countOutcomes(objects) };
}

/**
 * A plan for trying again what did not happen: failed objects, the certificate profiles a partial one still
 * lacks, and (unless `failedOnly`) those not attempted. Objects refused before sending (invalid, missing) are left
 * out: the same change would be refused again.
 */
export function retryPlan(
  result: ApplyResult,
  { failedOnly = false }: { failedOnly?: boolean } = {},
): BulkPlan {
  const objects: PlannedObject[] = [];
  for (const r of result.objects) {
    if (r.planned.status !== 'change') continue;
    if (r.outcome === 'failed' || (r.outcome === 'not-attempted' && !failedOnly)) objects.push(r.planned);
    if (r.outcome === 'partial' && r.certificates) {
      objects.push({
        ...r.planned,
        lastUpdated: r.lastUpdated,
        patch: {},
        revert: {},
        certificates: { add: r.certificates.notAdded, remove: r.certificates.notRemoved },
        diffs: r.planned.diffs.filter((d) => d.field === 'certificate_profiles'),
      });
    }
  }
  return { resource: result.resource, objects };
}
