'use client';
import { useState } from 'react';
import TablePagination from '@mui/material/TablePagination';

const PER_PAGE = [25, 50, 100] as const;

/**
 * Paging for the import's grids: a file may have 50,000 rows, and rendering them all would freeze the tab, so
 * only one page of them is in the DOM.
 */
export function useRowPages<T>(items: readonly T[]) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState<number>(PER_PAGE[1]);
  const last = Math.max(0, Math.ceil(items.length / perPage) - 1);
  const current = Math.min(page, last);
  return {
    rows: items.slice(current * perPage, (current + 1) * perPage),
    reset: () => setPage(0),
    pagination: (
      <TablePagination
        component="div"
        count={items.length}
        page={current}
        rowsPerPage={perPage}
        rowsPerPageOptions={[...PER_PAGE]}
        onPageChange={(_, n) => setPage(n)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
        labelDisplayedRows={({ from, to, count }) =>
          `${from.toLocaleString()}–${to.toLocaleString()} of ${count.toLocaleString()}`
        }
      />
    ),
  };
}
