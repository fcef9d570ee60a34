import type { ResourceKey } from '@/lib/api/resources';

/**
 * URLs of this app's pages for a resource; Nautobot's own UI uses the same path segments. Query parameters carry
 * Nautobot's own names (`?load_balancer_pool=<id>`): the add form pre-fills a reference field of that name, the
 * list filters by it.
 */
export type HrefParams = Readonly<Record<string, string | readonly string[]>>;

function withQuery(path: string, params: HrefParams): string {
  // A repeated parameter ORs its values in Nautobot's filters (`?status=Failed&status=Maintenance`).
  const entries = Object.entries(params).flatMap(([k, v]) =>
    typeof v === 'string' ? [[k, v]] : v.map((x) => [k, x]),
  );
  const search = new URLSearchParams(entries).toString();
  return search ? `${path}?${search}` : path;
}

export const listHref = (key: ResourceKey) => `/load-balancers/${key}/`;
export const detailHref = (key: ResourceKey, id: string) => `/load-balancers/${key}/${id}/`;
export const editHref = (key: ResourceKey, id: string) => `/load-balancers/${key}/${id}/edit/`;
export const addHref = (key: ResourceKey, prefill: HrefParams = {}) =>
  withQuery(`/load-balancers/${key}/add/`, prefill);
export const cloneHref = (key: ResourceKey, id: string) => addHref(key, { clone: id });
export const filteredListHref = (key: ResourceKey, filters: HrefParams) =>
  withQuery(`/load-balancers/${key}/`, filters);

/** Nautobot's page for the same object, for "Open in Nautobot". */
export const nautobotHref = (nautobotUiUrl: string, key: ResourceKey, id: string) =>
  `${nautobotUiUrl.replace(/\/+$/, '')}/load-balancers/${key}/${id}/`;
