import type { ResourceKey } from '@/lib/api/resources';

/** URLs of this app's pages for a resource; Nautobot's own UI uses the same path segments. */
export const listHref = (key: ResourceKey) => `/load-balancers/${key}/`;
export const addHref = (key: ResourceKey) => `/load-balancers/${key}/add/`;
export const detailHref = (key: ResourceKey, id: string) => `/load-balancers/${key}/${id}/`;

/** Nautobot's page for the same object, for "Open in Nautobot". */
export const nautobotHref = (nautobotUiUrl: string, key: ResourceKey, id: string) =>
  `${nautobotUiUrl.replace(/\/+$/, '')}/load-balancers/${key}/${id}/`;
