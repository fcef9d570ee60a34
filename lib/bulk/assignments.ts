import type { NautobotClient } from '../api/client';
import { isNautobotError } from '../api/errors';
import type { Picked } from '../forms/fields';
import type { AnyFormDef } from '../forms/registry';
import { chunks, IDS_PER_REQUEST } from '../api/batched-list';
import { withRetry, type RetryOptions } from './retry';

export type AssignmentTarget = NonNullable<AnyFormDef['certificateAssignments']>;

/** Certificate profiles one object should gain and lose. */
export type AssignmentRequest = { owner: string; add: readonly Picked[]; remove: readonly Picked[] };

export type AssignmentOutcome = {
  /** Assigned by this run (not those that already were). */
  added: Picked[];
  /** Unassigned by this run (not those that already were not). */
  removed: Picked[];
  notAdded: Picked[];
  notRemoved: Picked[];
  /** Why some did not happen. */
  reason?: string;
};

/** owner id → profile id → assignment id */
type Current = Map<string, Map<string, string>>;
type Pair = { owner: string; profile: Picked };
type Failure = { pair: Pair; message: string };

const idOf = (ref: unknown) =>
  ref && typeof ref === 'object' && 'id' in ref && typeof ref.id === 'string' ? ref.id.toLowerCase() : '';
const keyOf = (p: Pair) => `${p.owner} ${p.profile.id.toLowerCase()}`;
const has = (c: Current, p: Pair) => c.get(p.owner)?.has(p.profile.id.toLowerCase()) ?? false;

async function readCurrent(
  client: NautobotClient,
  { endpoint, ownerField }: AssignmentTarget,
  owners: readonly string[],
): Promise<Current> {
  const current: Current = new Map(owners.map((o) => [o, new Map<string, string>()]));
  for (const batch of chunks(owners, IDS_PER_REQUEST)) {
    for (let offset = 0; ;) {
      const page = await client.list(endpoint, {
        filters: { [ownerField]: batch },
        limit: 1000,
        offset,
        depth: 0,
      });
      for (const a of page.results as Record<string, unknown>[]) {
        current.get(idOf(a[ownerField]))?.set(idOf(a.certificate_profile), String(a.id));
      }
      offset += page.results.length;
      if (!page.next || page.results.length === 0) break;
    }
  }
  return current;
}

/**
 * POSTs the missing assignments in one request. A retry after a network failure reads again first, so a POST
 * that did land is not sent twice; a POST refused over some items (errors aligned with the input, all or
 * nothing) is sent once more without them.
 */
async function create(
  client: NautobotClient,
  target: AssignmentTarget,
  owners: readonly string[],
  pairs: Pair[],
  retry: RetryOptions,
): Promise<{ done: Pair[]; failed: Failure[] }> {
  let pending = pairs;
  const refused: Failure[] = [];
  const send = () =>
    withRetry(async (attempt) => {
      if (attempt > 0) {
        const now = await readCurrent(client, target, owners);
        pending = pending.filter((p) => !has(now, p));
      }
      if (!pending.length) return;
      const body = pending.map((p) => ({ [target.ownerField]: p.owner, certificate_profile: p.profile.id }));
      await client.bulkCreate(target.endpoint, body as never);
    }, retry);
  try {
    try {
      await send();
    } catch (e) {
      const itemErrors = isNautobotError(e) ? e.itemErrors : undefined;
      if (!itemErrors || itemErrors.length !== pending.length) throw e;
      pending.forEach((pair, i) => {
        const errors = itemErrors[i];
        if (errors) refused.push({ pair, message: Object.values(errors).flat().join(' ') });
      });
      const gone = new Set(refused.map((f) => keyOf(f.pair)));
      pending = pending.filter((p) => !gone.has(keyOf(p)));
      await send();
    }
    pending = [];
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    refused.push(...pending.map((pair) => ({ pair, message: e.message })));
  }
  const failed = new Set(refused.map((f) => keyOf(f.pair)));
  return { done: pairs.filter((p) => !failed.has(keyOf(p))), failed: refused };
}

/** DELETEs assignments in one request; a retry reads again and sends only those still there. */
async function remove(
  client: NautobotClient,
  target: AssignmentTarget,
  owners: readonly string[],
  pairs: (Pair & { assignment: string })[],
  retry: RetryOptions,
): Promise<{ done: Pair[]; failed: Failure[] }> {
  let pending = pairs;
  try {
    await withRetry(async (attempt) => {
      if (attempt > 0) {
        const now = await readCurrent(client, target, owners);
        pending = pending.filter((p) => has(now, p));
      }
      if (pending.length)
        await client.bulkDelete(
          target.endpoint,
          pending.map((p) => p.assignment),
        );
    }, retry);
    return { done: pairs, failed: [] };
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    const left = new Set(pending.map(keyOf));
    return {
      done: pairs.filter((p) => !left.has(keyOf(p))),
      failed: pending.map((pair) => ({ pair, message: e.message })),
    };
  }
}

/**
 * Brings the certificate-profile assignments of several objects in line with their requests: one read of what
 * Nautobot has now, one bulk POST of what is missing, one bulk DELETE of what is to go. Profiles already as asked
 * count as neither added nor removed, so an undo never takes away what this run did not give.
 */
export async function syncAssignments(
  client: NautobotClient,
  target: AssignmentTarget,
  requests: readonly AssignmentRequest[],
  retry: RetryOptions = {},
): Promise<Map<string, AssignmentOutcome>> {
  const outcomes = new Map<string, AssignmentOutcome>(
    requests.map((r) => [r.owner, { added: [], removed: [], notAdded: [], notRemoved: [] }]),
  );
  const owners = requests.map((r) => r.owner);
  const toAdd = requests.flatMap((r) => r.add.map((profile) => ({ owner: r.owner, profile })));
  const toRemove = requests.flatMap((r) => r.remove.map((profile) => ({ owner: r.owner, profile })));
  const note = (owner: string, reason: string) => {
    const o = outcomes.get(owner);
    if (o) o.reason = o.reason ? `${o.reason} ${reason}` : reason;
  };

  let current: Current;
  try {
    current = await withRetry(() => readCurrent(client, target, owners), retry);
  } catch (e) {
    if (!isNautobotError(e)) throw e;
    for (const p of toAdd) outcomes.get(p.owner)?.notAdded.push(p.profile);
    for (const p of toRemove) outcomes.get(p.owner)?.notRemoved.push(p.profile);
    for (const owner of owners) note(owner, `Certificate profiles were not changed: ${e.message}`);
    return outcomes;
  }

  const added = await create(
    client,
    target,
    owners,
    toAdd.filter((p) => !has(current, p)),
    retry,
  );
  for (const p of added.done) outcomes.get(p.owner)?.added.push(p.profile);
  for (const { pair, message } of added.failed) {
    outcomes.get(pair.owner)?.notAdded.push(pair.profile);
    note(pair.owner, `“${pair.profile.label}” was not assigned: ${message}`);
  }

  const assigned = toRemove.flatMap((p) => {
    const assignment = current.get(p.owner)?.get(p.profile.id.toLowerCase());
    return assignment ? [{ ...p, assignment }] : [];
  });
  const removed = await remove(client, target, owners, assigned, retry);
  for (const p of removed.done) outcomes.get(p.owner)?.removed.push(p.profile);
  for (const { pair, message } of removed.failed) {
    outcomes.get(pair.owner)?.notRemoved.push(pair.profile);
    note(pair.owner, `“${pair.profile.label}” was not unassigned: ${message}`);
  }
  return outcomes;
}
