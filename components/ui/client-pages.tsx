'use client';
import { useState } from 'react';
import TablePagination from '@mui/material/TablePagination';

/**
 * One page of a list held in memory. The page is clamped rather than reset when the list shrinks, so a
 * filter or a removal never leaves an empty page showing.
 */
export function useClientPages<T>(items: readonly T[], perPage: number) {
  const [page, setPage] = useState(0);
  const last = Math.max(0, Math.ceil(items.length / perPage) - 1);
  const current = Math.min(page, last);
  return { page: current, setPage, rows: items.slice(current * perPage, (current + 1) * perPage) };
}

type Props = {
  count: number;
  page: number;
  perPage: number;
  onPage: (page: number) => void;
  /** Offered when there is more than one; none by default. */
  perPageOptions?: readonly number[];
  onPerPage?: (perPage: number) => void;
  /** What the pager pages, for when several share a screen: each button then says which list it pages. */
  label?: string;
};

/** The footer for `useClientPages`: counts with thousands separators, since these lists can be long. */
export function ClientPagination({
  count,
  page,
  perPage,
  onPage,
  perPageOptions = [],
  onPerPage,
  label,
}: Props) {
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={perPage}
      rowsPerPageOptions={perPageOptions}
      onPageChange={(_, n) => onPage(n)}
      onRowsPerPageChange={onPerPage && ((e) => onPerPage(Number(e.target.value)))}
      getItemAriaLabel={label === undefined ? undefined : (type) => `Go to ${type} page: ${label}`}
      labelDisplayedRows={({ from, to, count: total }) =>
        `${from.toLocaleString()}–${to.toLocaleString()} of ${total.toLocaleString()}`
      }
    />
  );
}
