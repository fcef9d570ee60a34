'use client';
import type { ResourceKey } from '@/lib/api/resources';
import type { Query } from '@/lib/api/transport';

export type ListCsvActionsProps = {
  resource: ResourceKey;
  /** The list's current search, filters (as sent to Nautobot) and sort, for "export all matching". */
  q: string | undefined;
  filters: Query;
  sort: string | undefined;
  /** Keys of the columns on screen, in order. */
  columns: readonly string[];
  /** The selected ids; when any are selected, export offers the selection. */
  selectedIds: ReadonlySet<string>;
};

/** Export and import, in the list's header. */
export function ListCsvActions(_props: ListCsvActionsProps) {
  return null;
}
