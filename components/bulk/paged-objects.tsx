'use client';
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ResourceKey } from '@/lib/api/resources';
import { IDS_PER_REQUEST } from '@/lib/api/batched-list';
import { ClientPagination, useClientPages } from '@/components/ui/client-pages';
import { useObjectNames } from './use-object-names';
import { ActivityBar } from '@/components/ui/activity-bar';

type Props<T extends { id: string }> = {
  resource: ResourceKey;
  items: readonly T[];
  /** The list's accessible name. */
  label: string;
  /** At most IDS_PER_REQUEST: one page's names are one request. */
  perPage?: number;
  /** One entry; `name` is the object's name, or its id while that is read or when Nautobot has no such object. */
  children: (item: T, name: string) => ReactNode;
};

/**
 * A selection of any size as a list a page at a time, each page's names read when it is shown: thousands of ids
 * cost one short request per page looked at, not a read of everything up front.
 */
export function PagedObjects<T extends { id: string }>({
  resource,
  items,
  label,
  perPage = IDS_PER_REQUEST,
  children,
}: Props<T>) {
  const { page, setPage, rows: shown } = useClientPages(items, perPage);
  const { names, loading, error, missing } = useObjectNames(
    resource,
    shown.map((o) => o.id),
  );
  const nameOf = (id: string) =>
    names.get(id.toLowerCase()) ?? (missing(id) ? `${id} (not found in Nautobot)` : id);

  return (
    <Box>
      <Box sx={{ height: 4 }}>{loading && <ActivityBar aria-label={`Loading names: ${label}`} />}</Box>
      {error && (
        <Alert severity="warning" sx={{ my: 1 }}>
          Couldn’t read the names ({error}); the objects are shown by id.
        </Alert>
      )}
      <Box component="ul" aria-label={label} sx={{ m: 0, pl: 3, py: 0.5 }}>
        {shown.map((o) => (
          <Box component="li" key={o.id} sx={{ py: 0.25, overflowWrap: 'anywhere' }}>
            {children(o, nameOf(o.id))}
          </Box>
        ))}
      </Box>
      {items.length > perPage && (
        // Several pagers may share a dialog; each button says which list it pages.
        <ClientPagination count={items.length} page={page} perPage={perPage} onPage={setPage} label={label} />
      )}
    </Box>
  );
}
