'use client';
import { useState } from 'react';
import { ClientPagination, useClientPages } from '@/components/ui/client-pages';

const PER_PAGE = [25, 50, 100] as const;

/**
 * Paging for the import's grids: a file may have 50,000 rows, and rendering them all would freeze the tab, so
 * only one page of them is in the DOM.
 */
export function useRowPages<T>(items: readonly T[]) {
  const [perPage, setPerPage] = useState<number>(PER_PAGE[1]);
  const { page, setPage, rows } = useClientPages(items, perPage);
  return {
    rows,
    reset: () => setPage(0),
    pagination: (
      <ClientPagination
        count={items.length}
        page={page}
        perPage={perPage}
        onPage={setPage}
        perPageOptions={PER_PAGE}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(0);
        }}
      />
    ),
  };
}
