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
type Found = Map<EndpointKey, Map<string, unknown>>;

const idOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id.toLowerCase()
    : null;

function collect(objects: Iterable<unknown>, fields: ReferenceFields, into: Map<EndpointKey, Set<string>>) {
  for (const object of objects) {
    for (const [field, key] of Object.entries(fields)) {
      const value = (object as Row)[field];
      const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== null);
      if (ids.length === 0) continue;
      const set = into.get(key) ?? new Set<string>();
      for (const id of ids) set.add(id);
      into.set(key, set);
    }
  }
}

/** Reads, by id, whatever of `wanted` is not in `found` yet: one batched lookup per endpoint, all at once. */
async function read(
  client: NautobotClient,
  wanted: Map<EndpointKey, Set<string>>,
  found: Found,
  signal?: AbortSignal,
) {
  await Promise.all(
    [...wanted].map(async ([key, ids]) => {
      const known = found.get(key) ?? new Map<string, unknown>();
      found.set(key, known);
      const missing = [...ids].filter((id) => !known.has(id));
      if (missing.length === 0) return;
      for (const [id, row] of await fetchByIds(client, key, missing, { depth: 0, signal }))
        known.set(id, row);
    }),
  );
}

function filledIn<T>(object: T, fields: ReferenceFields, found: Found): T {
  const out: Row = { ...(object as Row) };
  const fill = (key: EndpointKey, value: unknown) => {
    const id = idOf(value);
    return (id && found.get(key)?.get(id)) ?? value;
  };
  for (const [field, key] of Object.entries(fields)) {
    const value = out[field];
    if (value === null || value === undefined) continue;
    out[field] = Array.isArray(value) ? value.map((v: unknown) => fill(key, v)) : fill(key, value);
  }
  return out as T;
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
  { fields, nested = {} }: Expansion,
  { signal }: { signal?: AbortSignal } = {},
): Promise<R[]> {
  const found: Found = new Map();
  const first = new Map<EndpointKey, Set<string>>();
  collect(rows, fields, first);
  await read(client, first, found, signal);

  const deeper = Object.entries(nested) as [EndpointKey, ReferenceFields][];
  const second = new Map<EndpointKey, Set<string>>();
  for (const [key, nestedFields] of deeper) collect(found.get(key)?.values() ?? [], nestedFields, second);
  if (second.size > 0) {
    await read(client, second, found, signal);
    for (const [key, nestedFields] of deeper) {
      const objects = found.get(key);
      if (!objects) continue;
      for (const [id, object] of objects) objects.set(id, filledIn(object, nestedFields, found));
    }
  }
  return rows.map((row) => filledIn(row, fields, found));
}

/** One page of a list as the tables show it (see `expandReferences`): the page read flat, then filled in. */
export async function listExpanded<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  expansion: Expansion,
  params: Omit<ListParams, 'depth'>,
  options: RequestOptions = {},
): Promise<Page<EndpointRow<K>>> {
  const page = await readPage(client, key, { ...params, depth: 0 }, options);
  const results = await expandReferences(client, page.results, expansion, { signal: options.signal });
  return { ...page, results };
}
