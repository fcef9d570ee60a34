import type { ListParams, NautobotClient } from './client';
import { fetchByIds, readPage } from './batched-list';
import type { EndpointKey, EndpointRow } from './endpoints';
import type { Page } from './schemas/common';
import type { RequestOptions } from './transport';

/** Which endpoint each reference field of a model's rows points to (a field may hold one reference or a list). */
export type ReferenceFields = Readonly<Record<string, EndpointKey>>;

export type Expansion = {
  /** The rows' own references to fill in. */
  fields: ReferenceFields;
  /**
   * References of the objects filled in, to fill in as well (a member's IP address's status): one more round
   * of reads, for only what the first round did not already bring.
   */
  nested?: Partial<Readonly<Record<EndpointKey, ReferenceFields>>>;
};

type Row = Record<string, unknown>;
/** Ids to read, per endpoint: sorted and lowercase, so the same need makes the same query key. */
export type Wanted = Partial<Record<EndpointKey, string[]>>;
/** Objects read by id, per endpoint, by lowercase id (plain objects: they live in the query cache). */
export type Found = Partial<Record<EndpointKey, Record<string, unknown>>>;

/**
 * What filling in rows takes: the bare references to read (`first`), the nested fields to fill in on what is
 * read, and the bare references of objects the rows already hold filled in (`held`: a page that shows a
 * member's pool holds the pool, whose monitor the status icon still needs).
 */
export type ReferenceReads = {
  first: Wanted;
  nested: NonNullable<Expansion['nested']>;
  held: Wanted;
};

const idOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id.toLowerCase()
    : null;

/** A reference as `depth=0` sends it, `{id, object_type, url}`; a filled-in object carries its display. */
const isBare = (value: unknown): boolean => idOf(value) !== null && !('display' in (value as object));

const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function collect(objects: Iterable<unknown>, fields: ReferenceFields, into: Map<EndpointKey, Set<string>>) {
  for (const object of objects) {
    for (const [field, key] of Object.entries(fields)) {
      for (const value of valuesOf((object as Row)[field])) {
        const id = isBare(value) ? idOf(value) : null;
        if (id === null) continue;
        const set = into.get(key) ?? new Set<string>();
        set.add(id);
        into.set(key, set);
      }
    }
  }
}

const toWanted = (sets: Map<EndpointKey, Set<string>>): Wanted =>
  Object.fromEntries([...sets].map(([key, ids]) => [key, [...ids].sort()]));

/** The objects the rows hold filled in under `fields`, by the endpoint they come from. */
function held(rows: readonly unknown[], fields: ReferenceFields): Map<EndpointKey, unknown[]> {
  const out = new Map<EndpointKey, unknown[]>();
  for (const row of rows)
    for (const [field, key] of Object.entries(fields))
      for (const value of valuesOf((row as Row)[field])) {
        if (idOf(value) === null || isBare(value)) continue;
        const list = out.get(key) ?? [];
        list.push(value);
        out.set(key, list);
      }
  return out;
}

/**
 * What must be read to fill `rows` in as `expansion` asks. References already filled in are not read again,
 * nor those `known` holds (objects the caller has from elsewhere, such as a page's own pools); the nested
 * references of both are.
 */
export function referenceReads(
  rows: readonly unknown[],
  { fields, nested = {} }: Expansion,
  known: Found = {},
): ReferenceReads {
  const first = new Map<EndpointKey, Set<string>>();
  collect(rows, fields, first);
  const objects = held(rows, fields);
  for (const [key, ids] of first) {
    const have = known[key];
    if (!have) continue;
    const list = objects.get(key) ?? [];
    for (const id of ids) {
      if (!(id in have)) continue;
      ids.delete(id);
      list.push(have[id]);
    }
    objects.set(key, list);
    if (ids.size === 0) first.delete(key);
  }
  const deeper = new Map<EndpointKey, Set<string>>();
  for (const [key, list] of objects) {
    const nestedFields = nested[key];
    if (nestedFields) collect(list, nestedFields, deeper);
  }
  return { first: toWanted(first), nested, held: toWanted(deeper) };
}

/** Whether `reads` asks for anything at all. */
export const readsAnything = (reads: ReferenceReads): boolean =>
  [reads.first, reads.held].some((wanted) => Object.values(wanted).some((ids) => ids.length > 0));

/** Reads objects by id: what it is given, each id once, however many callers ask (see `referenceReader`). */
export type ReferenceReader = (wanted: Map<EndpointKey, Set<string>>) => Promise<Found>;

/**
 * A reader for one page's references, shared by the parts of the page read at once (its slices, its two
 * rounds): an id already read, or being read, is waited for rather than asked for again. Each call reads what
 * is new to it in one batched lookup per endpoint, all endpoints at once.
 */
export function referenceReader(client: NautobotClient, signal?: AbortSignal): ReferenceReader {
  const reads = new Map<EndpointKey, Map<string, Promise<unknown>>>();
  return async (wanted) => {
    const found: Found = {};
    const waits: Promise<void>[] = [];
    for (const [key, ids] of wanted) {
      const known = reads.get(key) ?? new Map<string, Promise<unknown>>();
      reads.set(key, known);
      const missing = [...ids].filter((id) => !known.has(id));
      if (missing.length > 0) {
        // As `depth=1` nests them: without many-to-many fields (tags, a status's content types).
        const batch = fetchByIds(client, key, missing, { depth: 0, excludeM2m: true, signal });
        for (const id of missing)
          known.set(
            id,
            batch.then((rows) => rows.get(id)),
          );
      }
      for (const id of ids) {
        const read = known.get(id);
        if (!read) continue;
        waits.push(
          read.then((row) => {
            if (row !== undefined) (found[key] ??= {})[id] = row;
          }),
        );
      }
    }
    await Promise.all(waits);
    return found;
  };
}

/** The objects of both, by endpoint; `b`'s win where both hold one. */
export function mergeFound(a: Found, b: Found): Found {
  const out: Found = { ...a };
  for (const [key, objects] of Object.entries(b) as [EndpointKey, Record<string, unknown>][])
    out[key] = { ...out[key], ...objects };
  return out;
}

const asSets = (wanted: Wanted) =>
  new Map(Object.entries(wanted).map(([key, ids]) => [key as EndpointKey, new Set(ids)]));

/**
 * The objects `reads` names, in two rounds: the rows' references, then the nested references of what the
 * first round brought and of what the rows already held, for only what is not in hand.
 */
export async function readReferences(read: ReferenceReader, reads: ReferenceReads): Promise<Found> {
  const found = await read(asSets(reads.first));
  const second = asSets(reads.held);
  for (const [key, nestedFields] of Object.entries(reads.nested) as [EndpointKey, ReferenceFields][])
    collect(Object.values(found[key] ?? {}), nestedFields, second);
  if (second.size === 0) return found;
  return mergeFound(found, await read(second));
}

function filledIn<T>(
  object: T,
  fields: ReferenceFields,
  found: Found,
  nested: NonNullable<Expansion['nested']> = {},
): T {
  const out: Row = { ...(object as Row) };
  const fill = (key: EndpointKey, value: unknown) => {
    const id = idOf(value);
    if (id === null) return value;
    if (isBare(value)) return found[key]?.[id] ?? value;
    // Held filled in already: its own references may still be bare.
    const nestedFields = nested[key];
    return nestedFields ? filledIn(value, nestedFields, found) : value;
  };
  for (const [field, key] of Object.entries(fields)) {
    const value = out[field];
    if (value === null || value === undefined) continue;
    out[field] = Array.isArray(value) ? value.map((v: unknown) => fill(key, v)) : fill(key, value);
  }
  return out as T;
}

/** `rows` with what `readReferences` found put in place of their references (and in theirs, one level down). */
export function fillReferences<R extends object>(
  rows: readonly R[],
  { fields, nested = {} }: Expansion,
  found: Found,
): R[] {
  const deep: Found = { ...found };
  for (const [key, nestedFields] of Object.entries(nested) as [EndpointKey, ReferenceFields][]) {
    const objects = found[key];
    if (!objects) continue;
    deep[key] = Object.fromEntries(
      Object.entries(objects).map(([id, object]) => [id, filledIn(object, nestedFields, found)]),
    );
  }
  return rows.map((row) => filledIn(row, fields, deep, nested));
}

/**
 * Rows read flat (`depth=0`, references as bare `{id, object_type, url}`) with each reference in
 * `expansion.fields` replaced by the object it names, read by id once for the whole page: the rows Nautobot's
 * `depth=1` would send. Nautobot answers `depth=1` by serializing every nested object again for every row
 * (about 4 s for 1,000 pool members on a small machine); a thousand members name a few hundred distinct pools
 * and addresses and a handful of statuses, which cost a fraction of that to read apart. A reference whose
 * object cannot be read (gone, or hidden from this user) stays bare, as Nautobot would leave it.
 */
export async function expandReferences<R extends object>(
  client: NautobotClient,
  rows: readonly R[],
  expansion: Expansion,
  {
    signal,
    reader = referenceReader(client, signal),
  }: { signal?: AbortSignal; reader?: ReferenceReader } = {},
): Promise<R[]> {
  const found = await readReferences(reader, referenceReads(rows, expansion));
  return fillReferences(rows, expansion, found);
}

/**
 * One page of a list as the tables show it (see `expandReferences`): the page read flat, then filled in. A big
 * page's slices are each filled in as they arrive, so the lookups of the first overlap the reading of the rest.
 */
export async function listExpanded<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  expansion: Expansion,
  params: Omit<ListParams, 'depth'>,
  options: RequestOptions = {},
): Promise<Page<EndpointRow<K>>> {
  const reader = referenceReader(client, options.signal);
  return readPage(client, key, { ...params, depth: 0 }, options, (rows) =>
    expandReferences(client, rows, expansion, { reader }),
  );
}
