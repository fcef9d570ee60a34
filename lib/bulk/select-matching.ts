import { MAX_PAGE_SIZE, type ListParams, type NautobotClient } from '../api/client';
import type { EndpointKey, EndpointRow } from '../api/endpoints';

/** The list's search and filters, in Nautobot's names, exactly as the list screen sends them. */
export type MatchingQuery = Pick<ListParams, 'q' | 'filters'>;

export type MatchingPage = {
  /** Ids first seen on this page. */
  ids: string[];
  /** Distinct ids so far. */
  fetched: number;
  /** Objects matching, as Nautobot last counted them. */
  total: number;
};

export type MatchingOptions<K extends EndpointKey = EndpointKey> = {
  signal?: AbortSignal;
  /** Rows per request; Nautobot serves at most 1000. */
  pageSize?: number;
  /** Sees the rows (depth 0) of each id when it is first seen, before they are dropped. */
  onRows?: (rows: EndpointRow<K>[]) => void;
};

/**
 * Sorting by `id` alone gives an order no edit can change, and ids compare as text the way PostgreSQL compares
 * UUIDs (byte by byte), so a page can tell whether it follows on from the last one.
 */
const ORDER = 'id';

/**
 * The ids of every object matching the query, page by page from Nautobot (depth 0, up to 1000 a request).
 *
 * Objects may appear or disappear while this runs. Each page starts on the last row of the page before: if that
 * row (or an earlier one) heads the new page, nothing was skipped; if a later one does, rows before it were
 * deleted and shifted unseen rows backwards, so the page is read again from further back. Ids are deduplicated.
 * An object created during the run may or may not be included.
 */
export async function* matchingIds<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  query: MatchingQuery,
  { signal, pageSize = MAX_PAGE_SIZE, onRows }: MatchingOptions<K> = {},
): AsyncGenerator<MatchingPage> {
  const limit = Math.max(2, Math.min(pageSize, MAX_PAGE_SIZE));
  const seen = new Set<string>();
  let offset = 0;
  let last: string | null = null;
  let stepBack = Math.max(1, Math.floor(limit / 10));
  for (;;) {
    signal?.throwIfAborted();
    // Only ids are kept: no many-to-many fields (tags), which Nautobot answers markedly faster without.
    const page = await client.list(
      key,
      { ...query, limit, offset, sort: ORDER, depth: 0, excludeM2m: true },
      { signal },
    );
    const first = page.results[0]?.id.toLowerCase();
    if (last !== null && first !== undefined && first > last && offset > 0) {
      offset = Math.max(0, offset - stepBack);
      stepBack *= 2;
      continue;
    }
    stepBack = Math.max(1, Math.floor(limit / 10));
    const fresh = page.results.filter((r) => !seen.has(r.id.toLowerCase()));
    for (const row of fresh) seen.add(row.id.toLowerCase());
    onRows?.(fresh);
    yield { ids: fresh.map((r) => r.id.toLowerCase()), fetched: seen.size, total: page.count };
    if (!page.next || page.results.length === 0) return;
    last = page.results.at(-1)?.id.toLowerCase() ?? last;
    // Overlap by one row: the anchor that proves the next page follows on.
    offset += page.results.length - 1;
  }
}

export type MatchingSelection<P> = {
  ids: string[];
  /** Nautobot's last count; `ids.length` can differ if objects came or went meanwhile. */
  total: number;
  /** `preview.pick` of the first `preview.count` rows (in id order), if asked. */
  preview: P[];
};

export type SelectMatchingOptions<K extends EndpointKey, P> = Omit<MatchingOptions<K>, 'onRows'> & {
  onProgress?: (progress: { fetched: number; total: number }) => void;
  /** Keep a little of the first rows (depth 0), e.g. names for "web-1, web-2 and 2,398 more". */
  preview?: { count: number; pick: (row: EndpointRow<K>) => P };
};

/** "Select all N matching": every matching id, holding nothing else but the preview. Abort with `signal`. */
export async function selectMatching<K extends EndpointKey, P = never>(
  client: NautobotClient,
  key: K,
  query: MatchingQuery,
  { onProgress, preview, ...options }: SelectMatchingOptions<K, P> = {},
): Promise<MatchingSelection<P>> {
  const ids: string[] = [];
  const kept: P[] = [];
  let total = 0;
  const keep = preview
    ? (rows: EndpointRow<K>[]) => {
        for (const row of rows.slice(0, Math.max(0, preview.count - kept.length)))
          kept.push(preview.pick(row));
      }
    : undefined;
  for await (const page of matchingIds(client, key, query, { ...options, onRows: keep })) {
    ids.push(...page.ids);
    total = page.total;
    onProgress?.({ fetched: page.fetched, total: page.total });
  }
  return { ids, total, preview: kept };
}
