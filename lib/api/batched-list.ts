import { MAX_PAGE_SIZE, type ListParams, type NautobotClient } from './client';
import type { EndpointKey, EndpointRow } from './endpoints';
import type { RequestOptions } from './transport';

/**
 * Ids per request: 40 UUIDs in a repeated filter keep the URL near 2 kB, well under what proxies and
 * Nautobot's web server accept, whatever the page size.
 */
export const IDS_PER_REQUEST = 40;

/** Sorted and without repeats, so that the same set of ids makes the same query key. */
export function idSet(ids: Iterable<string>): string[] {
  return [...new Set(Array.from(ids, (id) => id.toLowerCase()))].sort();
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Every object of `key` whose `param` is one of `values` (Nautobot ORs a repeated filter): one request per
 * 40 values, each read to its end a thousand rows at a time. The number of requests follows the values
 * asked for (the rows on one page), never the size of the estate.
 */
export async function listWhereIn<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  param: string,
  values: readonly string[],
  params: Pick<ListParams, 'depth'> = {},
  options: RequestOptions = {},
): Promise<EndpointRow<K>[]> {
  const pages = await Promise.all(
    chunks(idSet(values), IDS_PER_REQUEST).map(async (chunk) => {
      const rows: EndpointRow<K>[] = [];
      for (;;) {
        const page = await client.list(
          key,
          {
            ...params,
            filters: { [param]: chunk },
            limit: MAX_PAGE_SIZE,
            offset: rows.length,
            // Paging is only stable with a total order.
            sort: 'id',
          },
          options,
        );
        rows.push(...page.results);
        if (!page.next || page.results.length === 0 || rows.length >= page.count) return rows;
      }
    }),
  );
  return pages.flat();
}
