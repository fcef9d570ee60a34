import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { GetParams, ListParams, NautobotClient } from '../api/client';
import type { EndpointKey } from '../api/endpoints';

/**
 * The one query-key factory. Keys run general → specific so that invalidating `all(key)` refreshes every
 * list, count and detail of that endpoint, and `lists(key)` every page and filter of it:
 *   ['nautobot', key] → [.., 'list'] → [.., 'list', params]
 *                     → [.., 'count'] → [.., 'count', params]
 *                     → [.., 'detail'] → [.., 'detail', id, params] → [.., 'changes' | 'notes', ..]
 */
export const nautobotKeys = {
  root: ['nautobot'] as const,
  all: (key: EndpointKey) => ['nautobot', key] as const,
  lists: (key: EndpointKey) => [...nautobotKeys.all(key), 'list'] as const,
  counts: (key: EndpointKey) => [...nautobotKeys.all(key), 'count'] as const,
  details: (key: EndpointKey) => [...nautobotKeys.all(key), 'detail'] as const,
  detail: (key: EndpointKey, id: string) => [...nautobotKeys.details(key), id] as const,
  version: () => ['nautobot', 'api-version'] as const,
};

export function createNautobotQueries(client: NautobotClient) {
  return {
    list: <K extends EndpointKey>(key: K, params: ListParams) =>
      queryOptions({
        queryKey: [...nautobotKeys.lists(key), params] as const,
        queryFn: ({ signal }) => client.list(key, params, { signal }),
        placeholderData: keepPreviousData,
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
    apiVersion: () =>
      queryOptions({
        queryKey: nautobotKeys.version(),
        queryFn: ({ signal }) => client.apiVersion({ signal }),
        staleTime: Infinity,
      }),
  };
}

export type NautobotQueries = ReturnType<typeof createNautobotQueries>;
