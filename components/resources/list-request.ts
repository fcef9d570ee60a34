import type { ListParams } from '@/lib/api/client';
import type { PageParams } from '@/lib/query/nautobot-queries';
import type { Column } from './column';
import { resources, type ResourceKey } from '@/lib/api/resources';
import type { ListUrlState } from './list-url';
import { toServerFilters, validFilters } from './list/list-filters';
import { requestSort } from './sort';

/**
 * What a list asks Nautobot for, from its URL state and the columns shown: the one definition the screen and
 * the server's early read of a page share, so both make the same query key. `now` anchors relative expiry
 * windows. Only shown columns cost anything: many-to-many fields (tags too) are asked for, and references filled
 * in, only while a column shows them.
 */
export function listPageRequest(
  resource: ResourceKey,
  url: ListUrlState,
  { now, columns }: { now: number; columns: readonly Pick<Column<never>, 'id' | 'needsM2m'>[] },
): PageParams & { filters: NonNullable<ListParams['filters']> } {
  const def = resources[resource];
  const q = def.search ? url.q : '';
  const m2m = columns.some((c) => c.needsM2m);
  return {
    limit: url.perPage,
    offset: (url.page - 1) * url.perPage,
    sort: requestSort(url.sort, def.defaultSort),
    q: q || undefined,
    filters: toServerFilters(validFilters(resource, url.filters), now),
    // Nautobot sends tags unless told `exclude_m2m=true`; leaving them out makes a big page measurably cheaper.
    excludeM2m: !m2m,
    expand: columns
      .map((c) => c.id)
      .filter((id) => id in def.references)
      .sort(),
  };
}
