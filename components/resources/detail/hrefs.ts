import type { ResourceKey } from '@/lib/api/resources';

/**
 * Links to this app's edit, clone, add and filtered-list pages. Query parameters carry Nautobot's own names
 * (`?load_balancer_pool=<id>`): the add form pre-fills a reference field of that name, the list filters by it.
 */
export type HrefParams = Readonly<Record<string, string>>;

function withQuery(path: string, params: HrefParams): string {
  const search = new URLSearchParams(params).toString();
  return search ? `${path}?${search}` : path;
}

export const editHref = (key: ResourceKey, id: string) => `/load-balancers/${key}/${id}/edit/`;

export const cloneHref = (key: ResourceKey, id: string) =>
  withQuery(`/load-balancers/${key}/add/`, { clone: id });

export const addHref = (key: ResourceKey, prefill: HrefParams = {}) =>
  withQuery(`/load-balancers/${key}/add/`, prefill);

export const filteredListHref = (key: ResourceKey, filters: HrefParams) =>
  withQuery(`/load-balancers/${key}/`, filters);
