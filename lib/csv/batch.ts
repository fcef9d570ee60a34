import { MAX_PAGE_SIZE, type ListParams, type NautobotClient } from '../api/client';
import type { EndpointKey, EndpointRow } from '../api/endpoints';

/**
 * Lookups for thousands of values in few requests: repeated filter parameters (`id=a&id=b`, Nautobot ORs them),
 * in groups small enough for the query string to pass Nautobot's front server (uWSGI reads a request's headers
 * into a 4 KB buffer by default), a few groups at a time.
 */

const MAX_QUERY_CHARS = 1800;
const MAX_VALUES = 100;
const CONCURRENCY = 4;

/** Values split into groups whose `param=value&…` stays under the query budget. */
export function chunkValues(
  values: readonly string[],
  param: string,
  maxChars = MAX_QUERY_CHARS,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const value of values) {
    const cost = param.length + 2 + encodeURIComponent(value).length;
    if (current.length > 0 && (size + cost > maxChars || current.length >= MAX_VALUES)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(value);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
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

type Lookup = Pick<ListParams, 'filters' | 'depth' | 'excludeM2m'> & { signal?: AbortSignal };

/** Every object matching the filters, page by page (sorted by id, so pages neither repeat nor skip rows). */
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
    if (!page.next || page.results.length === 0) return rows;
  }
}

/** Objects whose `param` is any of `values`, in as few requests as the query budget allows. */
export async function listByValues<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  param: string,
  values: readonly string[],
  lookup: Lookup = {},
  onChunk?: () => void,
): Promise<EndpointRow<K>[]> {
  const unique = [...new Set(values)];
  const pages = await mapLimit(chunkValues(unique, param), async (chunk) => {
    const rows = await listAll(client, key, {
      ...lookup,
      filters: { ...lookup.filters, [param]: chunk },
    });
    onChunk?.();
    return rows;
  });
  return pages.flat();
}

/**
 * Objects by id. When the ids are many, reading the whole table page by page takes fewer requests than asking for
 * them a hundred at a time, so this picks whichever is cheaper.
 */
export async function fetchByIds<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  ids: readonly string[],
  lookup: Lookup = {},
): Promise<Map<string, EndpointRow<K>>> {
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const byId = new Map<string, EndpointRow<K>>();
  if (wanted.size === 0) return byId;
  const chunks = chunkValues([...wanted], 'id').length;
  let rows: EndpointRow<K>[];
  if (chunks > 10) {
    const total = await client.count(key, { filters: lookup.filters }, { signal: lookup.signal });
    rows =
      Math.ceil(total / MAX_PAGE_SIZE) < chunks
        ? await listAll(client, key, lookup)
        : await listByValues(client, key, 'id', [...wanted], lookup);
  } else {
    rows = await listByValues(client, key, 'id', [...wanted], lookup);
  }
  for (const row of rows) {
    const id = (row as { id: string }).id.toLowerCase();
    if (wanted.has(id)) byId.set(id, row);
  }
  return byId;
}
