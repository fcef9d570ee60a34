import { MAX_PAGE_SIZE, type ListParams, type NautobotClient } from './client';
import type { EndpointKey, EndpointRow } from './endpoints';
import type { Page } from './schemas/common';
import type { RequestOptions } from './transport';

/**
 * The one way to ask Nautobot about many values in few requests: a repeated filter parameter (`id=a&id=b`,
 * which Nautobot ORs), in groups small enough for the query string to pass Nautobot's front server (uWSGI reads
 * a request's headers into a 4 KB buffer by default), each group read to its end, a few groups at a time.
 * The number of requests follows the values asked for, never the size of the estate.
 */

/** Characters of `param=value&…` per request: about 45 UUIDs, a URL near 2 KB with the rest of the query. */
export const MAX_QUERY_CHARS = 1800;
const MAX_VALUES = 100;
const CONCURRENCY = 4;
/** UUIDs that fit one request's budget under a short parameter name (`id`, `pool`): a page's worth of names. */
export const IDS_PER_REQUEST = 40;

/** `items` in consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a whole number ≥ 1, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sorted and without repeats, so that the same set of ids makes the same query key. */
export function idSet(ids: Iterable<string>): string[] {
  return [...new Set(Array.from(ids, (id) => id.toLowerCase()))].sort();
}

/** Values split into groups whose `param=value&…` stays under the query budget. */
export function chunkValues(
  values: readonly string[],
  param: string,
  maxChars = MAX_QUERY_CHARS,
): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const value of values) {
    const cost = param.length + 2 + encodeURIComponent(value).length;
    if (current.length > 0 && (size + cost > maxChars || current.length >= MAX_VALUES)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(value);
    size += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Runs `task` over `items`, at most `limit` at once; results keep the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  limit = CONCURRENCY,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Rows per slice when a big page is read as slices at once. */
export const SLICE_ROWS = 250;

/**
 * One page of a list, a big one read as up to four slices at once (`limit=250&offset=…` each). Nautobot spends
 * most of a big page serializing rows, one request on one worker; slices let it use as many workers as it has
 * (on a small machine, a 1,000-row page in half the time). The sort must be total (the client adds `id`), so
 * the slices meet without gaps; a row that moves between two slices while they are read can appear twice and
 * is dropped the second time.
 */
export async function readPage<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  params: ListParams,
  options: RequestOptions = {},
  /** Work on each slice's rows as soon as it arrives (while later slices are still being read). */
  each: (rows: EndpointRow<K>[]) => Promise<EndpointRow<K>[]> = (rows) => Promise.resolve(rows),
): Promise<Page<EndpointRow<K>>> {
  const limit = params.limit ?? 0;
  const offset = params.offset ?? 0;
  const read = async (sliceParams: ListParams) => {
    const slice = await client.list(key, sliceParams, options);
    return { ...slice, results: await each(slice.results) };
  };
  if (limit <= SLICE_ROWS) return read(params);
  const size = Math.max(SLICE_ROWS, Math.ceil(limit / CONCURRENCY));
  const starts = Array.from({ length: Math.ceil(limit / size) }, (_, i) => offset + i * size);
  const slices = await Promise.all(
    starts.map((start) => read({ ...params, offset: start, limit: Math.min(size, offset + limit - start) })),
  );
  const first = slices[0];
  const last = slices.findLast((s) => s.results.length > 0) ?? first;
  if (!first || !last) throw new Error('readPage: no slices');
  const seen = new Set<string>();
  const results = slices
    .flatMap((s) => s.results)
    .filter((row) => {
      const id = (row as { id: string }).id;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return { count: first.count, previous: first.previous, next: last.next, results };
}

export type Lookup = Pick<ListParams, 'filters' | 'depth' | 'excludeM2m'> & { signal?: AbortSignal };

/** Every object matching the filters, a thousand at a time (sorted by id, so pages neither repeat nor skip). */
export async function listAll<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  { signal, ...params }: Lookup = {},
): Promise<EndpointRow<K>[]> {
  const rows: EndpointRow<K>[] = [];
  for (;;) {
    const page = await client.list(
      key,
      { ...params, sort: 'id', limit: MAX_PAGE_SIZE, offset: rows.length },
      { signal },
    );
    rows.push(...page.results);
    if (!page.next || page.results.length === 0 || rows.length >= page.count) return rows;
  }
}

/** Every object of `key` whose `param` is one of `values` (and matching `lookup.filters`). */
export async function listWhereIn<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  param: string,
  values: readonly string[],
  lookup: Lookup = {},
  onChunk?: () => void,
): Promise<EndpointRow<K>[]> {
  const groups = chunkValues([...new Set(values)].sort(), param);
  const pages = await mapLimit(groups, async (group) => {
    const rows = await listAll(client, key, { ...lookup, filters: { ...lookup.filters, [param]: group } });
    onChunk?.();
    return rows;
  });
  return pages.flat();
}

/**
 * Objects by id. When the ids are many, reading the whole table page by page takes fewer requests than asking
 * for them a few dozen at a time, so this picks whichever is cheaper.
 */
export async function fetchByIds<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  ids: readonly string[],
  lookup: Lookup = {},
): Promise<Map<string, EndpointRow<K>>> {
  const wanted = idSet(ids);
  const byId = new Map<string, EndpointRow<K>>();
  if (wanted.length === 0) return byId;
  const requests = chunkValues(wanted, 'id').length;
  let rows: EndpointRow<K>[];
  if (requests > 10) {
    const total = await client.count(key, { filters: lookup.filters }, { signal: lookup.signal });
    rows =
      Math.ceil(total / MAX_PAGE_SIZE) < requests
        ? await listAll(client, key, lookup)
        : await listWhereIn(client, key, 'id', wanted, lookup);
  } else {
    rows = await listWhereIn(client, key, 'id', wanted, lookup);
  }
  const want = new Set(wanted);
  for (const row of rows) {
    const id = (row as { id: string }).id.toLowerCase();
    if (want.has(id)) byId.set(id, row);
  }
  return byId;
}

/**
 * The objects with these ids, one request's worth at a time, so a caller can deal with each batch and let it
 * go. Yields every requested id with the rows found for them; an id without a row no longer exists or is hidden.
 */
export async function* rowsById<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  ids: readonly string[],
  {
    depth = 0,
    excludeM2m,
    signal,
    chunkSize,
  }: Omit<Lookup, 'filters'> & {
    /** Ids per request, below the query budget (for progress in small steps). */ chunkSize?: number;
  } = {},
): AsyncGenerator<{ ids: string[]; rows: EndpointRow<K>[] }> {
  for (const batch of chunkSize ? chunks(ids, chunkSize) : chunkValues(ids, 'id')) {
    const page = await client.list(
      key,
      { filters: { id: batch.map((id) => id.toLowerCase()) }, limit: batch.length, depth, excludeM2m },
      { signal },
    );
    yield { ids: batch, rows: page.results };
  }
}
