'use client';
import { memo, type Ref } from 'react';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ResourceKey } from '@/lib/api/resources';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import type { Column, Columns } from './column';
import { detailHref } from './paths';
import type { ActiveSort } from './sort';

type Props<Row extends { id: string }> = {
  resource: ResourceKey;
  columns: Columns<Row>;
  /** Undefined while the first page loads. */
  rows: readonly Row[] | undefined;
  sort: ActiveSort | null;
  onSort: (key: string) => void;
  busy: boolean;
  skeletonRows: number;
  labelledBy: string;
  containerRef?: Ref<HTMLDivElement>;
};

function BodyRowInner<Row extends { id: string }>({
  row,
  columns,
  resource,
}: {
  row: Row;
  columns: Columns<Row>;
  resource: ResourceKey;
}) {
  const [primary, ...rest] = columns;
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" align={primary.align}>
        <Link component={NextLink} href={detailHref(resource, row.id)} sx={{ fontWeight: 500 }}>
          {primary.render(row)}
        </Link>
      </TableCell>
      {rest.map((c) => (
        <TableCell key={c.id} align={c.align}>
          {c.render(row)}
        </TableCell>
      ))}
    </TableRow>
  );
}
// Rows keep their identity across refetches (structural sharing), so a 1000-row page re-renders only what changed.
const BodyRow = memo(BodyRowInner) as typeof BodyRowInner;

function HeaderCell<Row>({
  column,
  sort,
  onSort,
}: {
  column: Column<Row>;
  sort: ActiveSort | null;
  onSort: (key: string) => void;
}) {
  const { sortKey } = column;
  const active = !!sortKey && sort?.key === sortKey;
  const direction = active && sort ? sort.direction : 'asc';
  return (
    <TableCell
      align={column.align}
      sortDirection={active ? direction : false}
      sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {sortKey ? (
        <TableSortLabel active={active} direction={direction} onClick={() => onSort(sortKey)}>
          {column.label}
          {active && (
            <Box component="span" sx={visuallyHidden}>
              {direction === 'desc' ? ', sorted descending' : ', sorted ascending'}
            </Box>
          )}
        </TableSortLabel>
      ) : (
        column.label
      )}
    </TableCell>
  );
}

export function ResourceTable<Row extends { id: string }>(props: Props<Row>) {
  const { resource, columns, rows, sort, onSort, busy, skeletonRows, labelledBy, containerRef } = props;
  return (
    <TableContainer ref={containerRef} sx={{ flex: '1 1 auto', minHeight: 0 }}>
      <Table size="small" stickyHeader aria-labelledby={labelledBy} aria-busy={busy}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <HeaderCell key={c.id} column={c} sort={sort} onSort={onSort} />
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows
            ? rows.map((row) => <BodyRow key={row.id} row={row} columns={columns} resource={resource} />)
            : Array.from({ length: skeletonRows }, (_, i) => (
                <TableRow key={i}>
                  {columns.map((c) => (
                    <TableCell key={c.id}>
                      <Skeleton variant="text" width={c.align === 'right' ? '40%' : '70%'} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
