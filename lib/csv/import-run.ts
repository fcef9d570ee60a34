import type { NautobotClient } from '../api/client';
import { NautobotError, type FieldErrors } from '../api/errors';
import { formDefs } from '../forms/registry';
import { listWhereIn } from '../api/batched-list';
import type { CellError, ImportPlan } from './import-types';

/**
 * What became of each row: `invalid` rows had errors in the plan and were not sent; `rejected` ones Nautobot
 * refused; `unknown` ones were in a request that was cancelled or lost on the way, so Nautobot may or may not have
 * saved them; `not-sent` ones were never sent because the run stopped first.
 */
export type RowOutcome =
  'created' | 'updated' | 'unchanged' | 'invalid' | 'rejected' | 'unknown' | 'not-sent';

export type RowResult = { line: number; outcome: RowOutcome; id: string | null; errors: CellError[] };

export type ImportResult = {
  /** One per plan row, in the same order. */
  rows: RowResult[];
  counts: Record<RowOutcome, number>;
  /** Why the run ended early (cancelled, connection lost, signed out); null when every row was tried. */
  stopped: string | null;
};

export type RunOptions = {
  /** Rows per bulk request. */
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
};

/** Ends the run: the request's outcome is unknowable (cancelled, connection lost) or every later one would fail. */
class Stop extends Error {}

const STOPPING = new Set(['network', 'timeout', 'auth', 'session-expired']);
const UNKNOWN_MESSAGE = 'Nautobot may or may not have saved this row: check before importing it again.';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Sends a plan's valid rows to Nautobot: creates as bulk POSTs, updates as bulk PATCHes of the changed fields
 * only, then certificate profiles through their assignment endpoint. Nautobot writes each bulk request in one
 * transaction, so when one row of a POST is refused (a 400 answers with errors aligned to the input), the refused
 * rows are set aside and the rest sent again; where Nautobot's answer cannot be matched to rows (a PATCH stops at
 * its first invalid object, a 500), the request's rows are sent one by one. Never throws for a row's failure.
 */
export async function runImport(
  client: NautobotClient,
  plan: ImportPlan,
  options: RunOptions = {},
): Promise<ImportResult> {
  const { chunkSize = 100, signal, onProgress } = options;
  const def = formDefs[plan.resource];
  const key = plan.resource;
  const request = { signal };
  const results: RowResult[] = plan.rows.map((row) => ({
    line: row.line,
    id: row.id,
    outcome: row.errors.length ? 'invalid' : row.action === 'unchanged' ? 'unchanged' : 'not-sent',
    errors: [...row.errors],
  }));
  const sending = results.flatMap((r, i) => (r.outcome === 'not-sent' ? [i] : []));
  const total = sending.length;
  let done = 0;
  let stopped: string | null = null;
  const progress = (n: number) => {
    done += n;
    onProgress?.({ done, total });
  };
  const rowOf = (i: number) => plan.rows[i] as ImportPlan['rows'][number];
  const resultOf = (i: number) => results[i] as RowResult;

  const place = (errors: FieldErrors, extra: string[] = []): CellError[] => {
    const out: CellError[] = extra.map((message) => ({ column: null, field: null, message }));
    for (const [name, messages] of Object.entries(errors)) {
      const nonField = name === 'non_field_errors' || name === '__all__';
      // "The fields ip_address, port, load_balancer_pool must make a unique set." belongs where the form puts it.
      const field = nonField
        ? messages.some((m) => m.includes('unique'))
          ? (def.unique[0]?.field ?? null)
          : null
        : (name.split('.')[0] ?? name);
      const column = field ? (plan.fieldColumns[field] ?? null) : null;
      const text = messages.join(' ');
      out.push({ column, field, message: column || nonField ? text : `${name}: ${text}` });
    }
    return out;
  };
  const errorsOf = (e: unknown): CellError[] => {
    if (!(e instanceof NautobotError)) return [{ column: null, field: null, message: String(e) }];
    const nonField: FieldErrors = e.nonFieldErrors.length ? { non_field_errors: e.nonFieldErrors } : {};
    const placed = place({ ...e.fieldErrors, ...nonField }, e.detail ? [e.detail] : []);
    return placed.length ? placed : [{ column: null, field: null, message: e.message }];
  };
  const settle = (indices: readonly number[], outcome: RowOutcome, errors: CellError[]) => {
    for (const i of indices)
      Object.assign(resultOf(i), { outcome, errors: [...resultOf(i).errors, ...errors] });
  };
  const ends = (e: unknown) =>
    signal?.aborted === true || (e instanceof NautobotError && STOPPING.has(e.kind));
  /** Throws Stop when the failure ends the run, after marking the rows in flight. */
  const stopIf = (e: unknown, inFlight: readonly number[]) => {
    if (!ends(e)) return;
    const cancelled = signal?.aborted === true;
    const writeLost =
      cancelled || (e instanceof NautobotError && (e.kind === 'network' || e.kind === 'timeout'));
    const message = writeLost ? UNKNOWN_MESSAGE : (errorsOf(e)[0]?.message ?? String(e));
    settle(inFlight, writeLost ? 'unknown' : 'rejected', [{ column: null, field: null, message }]);
    stopped = cancelled ? 'Cancelled.' : e instanceof Error ? e.message : String(e);
    throw new Stop();
  };
  const checkCancel = () => {
    if (signal?.aborted) {
      stopped = 'Cancelled.';
      throw new Stop();
    }
  };

  /**
   * One request per row. A row refused because another row still holds its key (a chain of moves) may pass once
   * that row has moved, so refused rows are tried again while a round gets anything through.
   */
  async function oneByOne(
    indices: readonly number[],
    write: (i: number) => Promise<string>,
    outcome: RowOutcome,
  ) {
    let pending = indices;
    const refused = new Map<number, unknown>();
    while (pending.length) {
      refused.clear();
      for (const i of pending) {
        checkCancel();
        try {
          resultOf(i).id = await write(i);
          settle([i], outcome, []);
        } catch (e) {
          stopIf(e, [i]);
          refused.set(i, e);
        }
      }
      if (refused.size === pending.length) break;
      pending = [...refused.keys()];
    }
    for (const [i, e] of refused) settle([i], 'rejected', errorsOf(e));
  }

  const createOne = async (i: number) => (await client.create(key, rowOf(i).body as never, request)).id;
  const updateOne = async (i: number) =>
    (await client.update(key, rowOf(i).id ?? '', rowOf(i).body, request)).id;

  async function createChunk(chunk: readonly number[]) {
    let pending = chunk;
    while (pending.length) {
      checkCancel();
      try {
        const created = await client.bulkCreate(key, pending.map((i) => rowOf(i).body) as never, request);
        pending.forEach((i, k) => {
          resultOf(i).id = created[k]?.id ?? null;
          settle([i], 'created', []);
        });
        return;
      } catch (e) {
        stopIf(e, pending);
        const items = e instanceof NautobotError ? e.itemErrors : undefined;
        const refused = items?.length === pending.length ? pending.filter((_, k) => items[k]) : [];
        if (!items || refused.length === 0) return oneByOne(pending, createOne, 'created');
        pending.forEach((i, k) => {
          const errors = items[k];
          if (errors) settle([i], 'rejected', place(errors));
        });
        // The transaction wrote nothing: the rows Nautobot did not object to go again.
        pending = pending.filter((_, k) => !items[k]);
      }
    }
  }

  async function updateChunk(chunk: readonly number[]) {
    checkCancel();
    try {
      const patches = chunk.map((i) => ({ ...rowOf(i).body, id: rowOf(i).id ?? '' }));
      const updated = new Set((await client.bulkUpdate(key, patches as never, request)).map((r) => r.id));
      for (const i of chunk) {
        if (updated.has(rowOf(i).id ?? '')) settle([i], 'updated', []);
        else
          settle([i], 'rejected', [
            {
              column: null,
              field: null,
              message:
                'Nautobot did not change it: the object was deleted meanwhile, or you may not change it.',
            },
          ]);
      }
    } catch (e) {
      stopIf(e, chunk);
      await oneByOne(chunk, updateOne, 'updated');
    }
  }

  async function writeProfiles(indices: readonly number[]) {
    const target = def.certificateAssignments;
    if (!target || indices.length === 0) return;
    const { endpoint, ownerField } = target;
    const column = plan.fieldColumns.certificate_profiles ?? null;
    for (const chunk of chunks(indices, chunkSize)) {
      checkCancel();
      const owners = chunk.map((i) => resultOf(i).id ?? '');
      try {
        const existing = (await listWhereIn(client, endpoint, ownerField, owners, {
          depth: 0,
          signal,
        })) as unknown as (Record<string, { id: string }> & { id: string })[];
        const adds: Record<string, string>[] = [];
        const removes: string[] = [];
        chunk.forEach((i, k) => {
          const owner = owners[k] ?? '';
          const wanted = rowOf(i).certificateProfiles ?? [];
          const mine = existing.filter((a) => a[ownerField]?.id === owner);
          const have = mine.map((a) => a.certificate_profile?.id ?? '');
          for (const p of wanted)
            if (!have.includes(p)) adds.push({ [ownerField]: owner, certificate_profile: p });
          for (const a of mine) if (!wanted.includes(a.certificate_profile?.id ?? '')) removes.push(a.id);
        });
        if (adds.length) await client.bulkCreate(endpoint, adds as never, request);
        if (removes.length) await client.bulkDelete(endpoint, removes, request);
        for (const i of chunk) if (resultOf(i).outcome === 'not-sent') settle([i], 'updated', []);
      } catch (e) {
        const failure = ends(e)
          ? UNKNOWN_MESSAGE
          : errorsOf(e)
              .map((x) => x.message)
              .join(' ');
        for (const i of chunk) {
          if (resultOf(i).outcome === 'not-sent') continue;
          const text = `Saved, but its certificate profiles were not written: ${failure}`;
          settle([i], resultOf(i).outcome, [{ column, field: 'certificate_profiles', message: text }]);
        }
        const profileOnly = chunk.filter((i) => resultOf(i).outcome === 'not-sent');
        stopIf(e, profileOnly);
        settle(profileOnly, 'rejected', [{ column, field: 'certificate_profiles', message: failure }]);
      }
      progress(chunk.filter((i) => Object.keys(rowOf(i).body).length === 0).length);
    }
  }

  try {
    const creates = sending.filter((i) => rowOf(i).action === 'create');
    const updates = sending.filter(
      (i) => rowOf(i).action === 'update' && Object.keys(rowOf(i).body).length > 0,
    );
    for (const chunk of chunks(creates, chunkSize)) {
      await createChunk(chunk);
      progress(chunk.length);
    }
    for (const chunk of chunks(updates, chunkSize)) {
      await updateChunk(chunk);
      progress(chunk.length);
    }
    const profiled = sending.filter((i) => {
      const outcome = resultOf(i).outcome;
      const wants = rowOf(i).certificateProfiles !== null;
      const profileOnly = rowOf(i).action === 'update' && Object.keys(rowOf(i).body).length === 0;
      return (
        wants && (outcome === 'created' || outcome === 'updated' || (profileOnly && outcome === 'not-sent'))
      );
    });
    await writeProfiles(profiled);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }

  const counts: Record<RowOutcome, number> = {
    created: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    rejected: 0,
    unknown: 0,
    'not-sent': 0,
  };
  for (const r of results) counts[r.outcome]++;
  return { rows: results, counts, stopped };
}
