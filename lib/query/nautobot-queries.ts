import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { idSet, listWhereIn } from '../api/batched-list';
import {
  listExpanded,
  readReferences,
  referenceReader,
  type Expansion,
  type ReferenceReads,
} from '../api/expand-refs';
import { referencesOf, type ResourceKey } from '../api/resources';
import type { GetParams, ListParams, NautobotClient } from '../api/client';
import type { EndpointKey } from '../api/endpoints';
import { expiryRangeFilters, type ExpiryRange } from '../dashboard/expiry-buckets';

/**
 * The one query-key factory. Keys run general → specific so that invalidating `all(key)` refreshes every
 * list, count and detail of that endpoint, and `lists(key)` every page and filter of it:
 *   ['nautobot', key] → [.., 'list'] → [.., 'list', params]
 *                     → [.., 'count'] → [.., 'count', params]
 *                     → [.., 'detail'] → [.., 'detail', id, params] → [.., 'changes' | 'notes', ..]
 *                     → [.., 'batch'] → [.., 'batch', filter, ids]   (every row whose filter is one of ids)
 */
export const nautobotKeys = {
  root: ['nautobot'] as const,
  all: (key: EndpointKey) => ['nautobot', key] as const,
  lists: (key: EndpointKey) => [...nautobotKeys.all(key), 'list'] as const,
  counts: (key: EndpointKey) => [...nautobotKeys.all(key), 'count'] as const,
  details: (key: EndpointKey) => [...nautobotKeys.all(key), 'detail'] as const,
  detail: (key: EndpointKey, id: string) => [...nautobotKeys.details(key), id] as const,
  batches: (key: EndpointKey) => [...nautobotKeys.all(key), 'batch'] as const,
  version: () => ['nautobot', 'api-version'] as const,
  /** The GraphQL estate (every VS, pool and member); outside any endpoint's key, see `estate` below. */
  estate: () => ['nautobot', 'estate'] as const,
  /** Objects read by id to fill rows in, across endpoints; every write marks them stale (after-write.ts). */
  references: () => ['nautobot', 'references'] as const,
};

/** A list page: the list's parameters, and which reference fields to fill in (those its columns show). */
export type PageParams = Omit<ListParams, 'depth'> & { expand: readonly string[] };

export function createNautobotQueries(client: NautobotClient) {
  // The client is fixed for the factory's life, so it belongs in no query key.
  // Lookups for statuses need no many-to-many fields (tags); leaving them out is cheaper for Nautobot.
  const whereIn = <K extends EndpointKey>(
    key: K,
    param: string,
    values: readonly string[],
    depth: number,
    signal: AbortSignal,
  ) => listWhereIn(client, key, param, values, { depth, excludeM2m: true, signal });
  const expanded = <K extends ResourceKey>(
    key: K,
    expansion: Expansion,
    params: Omit<ListParams, 'depth'>,
    signal: AbortSignal,
  ) => listExpanded(client, key, expansion, params, { signal });
  const readRefs = (reads: ReferenceReads, signal: AbortSignal) =>
    readReferences(referenceReader(client, signal), reads);
  return {
    list: <K extends EndpointKey>(key: K, params: ListParams) =>
      queryOptions({
        queryKey: [...nautobotKeys.lists(key), params] as const,
        queryFn: ({ signal }) => client.list(key, params, { signal }),
        placeholderData: keepPreviousData,
      }),
    /**
     * A page of one of the five models as its table shows it: the rows with the references in `expand` filled
     * in, as Nautobot's `depth=1` sends them but read flat and filled in by id (lib/api/expand-refs.ts), which
     * costs Nautobot a fraction of the time. What only the status icons read comes apart (`references`), so
     * the rows do not wait for it.
     */
    page: <K extends ResourceKey>(key: K, params: PageParams) =>
      queryOptions({
        queryKey: [...nautobotKeys.lists(key), 'expanded', params] as const,
        queryFn: ({ signal }) => {
          const { expand, ...list } = params;
          return expanded(key, { fields: referencesOf(key, expand) }, list, signal);
        },
        placeholderData: keepPreviousData,
      }),
    /** The objects `reads` names (lib/api/expand-refs.ts `referenceReads`), to fill rows in with. */
    references: (reads: ReferenceReads) =>
      queryOptions({
        queryKey: [...nautobotKeys.references(), reads] as const,
        queryFn: ({ signal }) => readRefs(reads, signal),
      }),
    count: (key: EndpointKey, params: Pick<ListParams, 'q' | 'filters'> = {}) =>
      queryOptions({
        queryKey: [...nautobotKeys.counts(key), params] as const,
        queryFn: ({ signal }) => client.count(key, params, { signal }),
      }),
    detail: <K extends EndpointKey>(key: K, id: string, params: GetParams = {}) =>
      queryOptions({
        queryKey: [...nautobotKeys.detail(key, id), params] as const,
        queryFn: ({ signal }) => client.get(key, id, params, { signal }),
      }),
    changes: (key: EndpointKey, id: string, params: ListParams = {}) =>
      queryOptions({
        queryKey: [...nautobotKeys.detail(key, id), 'changes', params] as const,
        queryFn: ({ signal }) => client.changes(key, id, params, { signal }),
      }),
    notes: (key: EndpointKey, id: string, params: ListParams = {}) =>
      queryOptions({
        queryKey: [...nautobotKeys.detail(key, id), 'notes', params] as const,
        queryFn: ({ signal }) => client.notes(key, id, params, { signal }),
      }),
    /** Every member of these pools, read flat, for status roll-ups (filled in through `references`). */
    membersOfPools: (poolIds: readonly string[]) => {
      const ids = idSet(poolIds);
      return queryOptions({
        queryKey: [...nautobotKeys.batches('load-balancer-pool-members'), 'load_balancer_pool', ids] as const,
        queryFn: ({ signal }) => whereIn('load-balancer-pool-members', 'load_balancer_pool', ids, 0, signal),
      });
    },
    /**
     * Certificate profiles expiring in a window of days from now. The dates are worked out when the request is
     * sent, not put in the key, so a refresh asks about the window as of then and the key stays the same.
     */
    certificatesExpiring: (range: ExpiryRange, params: Pick<ListParams, 'limit' | 'sort'>) =>
      queryOptions({
        queryKey: [...nautobotKeys.lists('certificate-profiles'), 'expiring', range, params] as const,
        queryFn: ({ signal }) =>
          client.list(
            'certificate-profiles',
            { ...params, filters: expiryRangeFilters(range, Date.now()) },
            { signal },
          ),
      }),
    apiVersion: () =>
      queryOptions({
        queryKey: nautobotKeys.version(),
        queryFn: ({ signal }) => client.apiVersion({ signal }),
        staleTime: Infinity,
      }),
    estate: () =>
      queryOptions({
        queryKey: nautobotKeys.estate(),
        queryFn: ({ signal }) => client.estate({ signal }),
        // Saving a member invalidates that endpoint's keys, not this one: stale at once, the map and the
        // dashboard show what they have and re-read it in the background whenever they mount.
        staleTime: 0,
      }),
  };
}

export type NautobotQueries = ReturnType<typeof createNautobotQueries>;
