'use client';
import { memo, useRef, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useRouter } from 'next/navigation';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { Theme } from '@mui/material/styles';
import type { ResourceKey } from '@/lib/api/resources';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { CLIENT_NAV } from '@/components/ui/client-navigation';
import { plain } from '@/components/ui/plain-styles';
import { StatusTips, type StatusTipsHandle } from '@/components/status/status-tips';
import { RowStatusIcon, RowStatusProvider } from '@/components/status/row-status';
import { usePageStatuses } from '@/components/status/use-page-statuses';
import { hasQuickActions } from '@/lib/quick-actions/actions';
import { cellPartStyles } from '@/components/quick-actions/cell-parts';
import { QuickFeedbackProvider } from '@/components/quick-actions/quick-feedback';
import { RowQuickActions } from '@/components/quick-actions/row-quick-actions';
import type { Column, Columns } from './column';
import type { Density } from './list/list-prefs';
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
  density: Density;
  containerRef?: Ref<HTMLDivElement>;
  /** A checkbox column for choosing rows (bulk edit); none when absent. */
  selection?: RowSelection<Row>;
};

export type RowSelection<Row> = {
  isSelected: (id: string) => boolean;
  /** Stable across renders, so unchanged rows are not re-rendered. */
  onToggle: (id: string) => void;
  onTogglePage: (ids: string[], selected: boolean) => void;
  /** The row's name, for its checkbox's label. */
  name: (row: Row) => string;
};

/**
 * The body rows' look, as MUI's TableRow and TableCell give the head (hover and selected shading, borders,
 * density), given once to the table rather than computed per cell. Margins and paddings are strings: `sx` reads
 * a bare number there as theme spacing units (8 → 64 px).
 */
const bodyStyles = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  const selected = theme.alpha(palette.primary.main, palette.action.selectedOpacity);
  return {
    '& tbody tr[data-href]': { cursor: 'pointer', scrollMarginTop: HEADER_CLEARANCE },
    '& tbody tr[data-href]:hover': { backgroundColor: palette.action.hover },
    '& tbody tr[data-selected]': { backgroundColor: selected },
    '& tbody tr[data-selected]:hover': {
      backgroundColor: theme.alpha(
        palette.primary.main,
        `${palette.action.selectedOpacity} + ${palette.action.hoverOpacity}`,
      ),
    },
    '& tbody tr[data-href] > td, & tbody tr[data-href] > th': {
      ...theme.typography.body2,
      color: palette.text.primary,
      borderBottom: `1px solid ${theme.vars ? theme.vars.palette.TableCell.border : palette.divider}`,
      textAlign: 'left',
      verticalAlign: 'inherit',
      padding: '16px',
    },
    '& tbody tr[data-href] > [data-align="right"]': { textAlign: 'right' },
    '& tbody tr[data-href] > th a': { fontWeight: 500 },
    '& tbody tr[data-href] > [data-checkbox]': { width: 48, padding: '0 0 0 4px', textAlign: 'center' },
    '& tbody input[type="checkbox"]': {
      width: 18,
      height: 18,
      margin: '3px',
      verticalAlign: 'middle',
      accentColor: palette.primary.main,
      cursor: 'pointer',
    },
    '& tbody [data-row-icon]': {
      display: 'inline-flex',
      verticalAlign: 'middle',
      marginRight: '8px',
      color: palette.text.primary,
    },
    '& tbody [data-row-icon][data-placeholder]': { color: palette.text.disabled },
    // Compact, as the head's size="small" (and the theme's 4 px for small cells).
    '& table[data-density="compact"] tbody tr[data-href] > td, & table[data-density="compact"] tbody tr[data-href] > th':
      { padding: '4px 16px' },
    '& table[data-density="compact"] tbody tr[data-href] > [data-checkbox]': {
      width: 24,
      padding: '0 12px 0 16px',
    },
  } as const;
};

/** Marks each row's primary link: the one arrow keys move between and a row click follows. */
const ROW_LINK = 'data-row-link';
// Leaves room under the sticky header when a focused row scrolls into view.
const HEADER_CLEARANCE = '3rem';

function BodyRowInner<Row extends { id: string }>({
  row,
  columns,
  resource,
  selected,
  onToggle,
  name,
  actions,
}: {
  row: Row;
  columns: Columns<Row>;
  resource: ResourceKey;
  /** A trailing cell with the row's quick actions (Drain, Disable…). */
  actions: boolean;
  /** Undefined when the table has no selection column. */
  selected?: boolean;
  onToggle?: (id: string) => void;
  name?: string;
}) {
  const [primary, ...rest] = columns;
  const href = detailHref(resource, row.id);
  // Plain elements styled by the table (`bodyStyles`): MUI's TableRow, TableCell, Checkbox and Link a row,
  // times a thousand rows, kept a page from showing for about a second.
  return (
    <tr data-href={href} data-selected={selected ? '' : undefined}>
      {onToggle && (
        <td data-checkbox="">
          <input
            type="checkbox"
            checked={!!selected}
            onChange={() => onToggle(row.id)}
            aria-label={`Select ${name ?? row.id}`}
          />
        </td>
      )}
      <th scope="row" data-align={primary.align}>
        <RowStatusIcon id={row.id} />
        <a href={href} className={plain.link} data-row-link="" {...CLIENT_NAV}>
          {primary.render(row)}
        </a>
      </th>
      {rest.map((c) => (
        <td key={c.id} data-align={c.align}>
          {c.render(row)}
        </td>
      ))}
      {actions && (
        <td data-checkbox="" data-row-action="">
          <RowQuickActions resource={resource} row={row} />
        </td>
      )}
    </tr>
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

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** ArrowDown/ArrowUp step between rows' primary links, Home/End jump to the first/last; Enter is the link's own. */
function moveRowFocus(e: KeyboardEvent<HTMLTableSectionElement>) {
  if (!NAV_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  // In a cell's editor the keys are the editor's (caret, number steps, options).
  if ((e.target as HTMLElement).closest(EDITOR)) return;
  const row = (e.target as HTMLElement).closest('tr');
  if (!row) return;
  const links = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(`[${ROW_LINK}]`));
  const at = links.findIndex((l) => row.contains(l));
  if (at < 0) return;
  const to =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? links.length - 1
        : Math.min(links.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
  const link = links[to];
  if (!link) return;
  e.preventDefault();
  link.focus({ preventScroll: true });
  // jsdom has no scrollIntoView.
  link.closest('tr')?.scrollIntoView?.({ block: 'nearest' });
}

/** Anything that handles its own click; a click there is not a click on the row. */
const INTERACTIVE =
  'a, button, input, select, textarea, label, [role="button"], [role="checkbox"], [role="link"], [data-row-action]';
const EDITOR = 'input:not([type="checkbox"]), select, textarea';

export function ResourceTable<Row extends { id: string }>(props: Props<Row>) {
  const { resource, columns, rows, sort, onSort, busy, skeletonRows, labelledBy, density, containerRef } =
    props;
  const { selection } = props;
  const pageIds = rows?.map((r) => r.id) ?? [];
  const pageSelected = selection ? pageIds.filter((id) => selection.isSelected(id)).length : 0;
  const router = useRouter();
  const statuses = usePageStatuses(resource, rows);
  const actions = hasQuickActions(resource);
  const tips = useRef<StatusTipsHandle>(null);

  // One listener for the whole body rather than one per row: a 1000-row page stays cheap to render.
  const openRow = (e: MouseEvent<HTMLTableSectionElement>) => {
    if (e.button !== 0 || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (target.closest(INTERACTIVE)) return;
    // A click beside a cell being edited ends the edit; it does not leave the page under it.
    if (target.closest('tr')?.querySelector('[data-editing]')) return;
    // Selecting a cell's text is not a request to open the row.
    if (window.getSelection()?.toString()) return;
    const href = target.closest<HTMLElement>('tr[data-href]')?.dataset.href;
    if (!href) return;
    if (e.metaKey || e.ctrlKey) window.open(href, '_blank', 'noopener');
    else router.push(href);
  };

  return (
    <QuickFeedbackProvider>
      <TableContainer
        ref={containerRef}
        sx={[{ flex: '1 1 auto', minHeight: 0 }, cellPartStyles, bodyStyles]}
      >
        <Table
          size={density === 'compact' ? 'small' : 'medium'}
          data-density={density}
          stickyHeader
          aria-labelledby={labelledBy}
          aria-busy={busy}
        >
          <TableHead>
            <TableRow>
              {selection && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={pageIds.length > 0 && pageSelected === pageIds.length}
                    indeterminate={pageSelected > 0 && pageSelected < pageIds.length}
                    disabled={pageIds.length === 0}
                    onChange={(e) => selection.onTogglePage(pageIds, e.target.checked)}
                    slotProps={{ input: { 'aria-label': 'Select this page' } }}
                  />
                </TableCell>
              )}
              {columns.map((c) => (
                <HeaderCell key={c.id} column={c} sort={sort} onSort={onSort} />
              ))}
              {actions && (
                <TableCell padding="checkbox">
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody
            onClick={openRow}
            onKeyDown={moveRowFocus}
            onMouseOver={(e) => tips.current?.show(e.target)}
            onMouseLeave={() => tips.current?.show(null)}
          >
            {rows ? (
              <RowStatusProvider value={statuses}>
                {rows.map((row) => (
                  <BodyRow
                    key={row.id}
                    row={row}
                    columns={columns}
                    resource={resource}
                    selected={selection?.isSelected(row.id)}
                    onToggle={selection?.onToggle}
                    name={selection?.name(row)}
                    actions={actions}
                  />
                ))}
              </RowStatusProvider>
            ) : (
              Array.from({ length: skeletonRows }, (_, i) => (
                <TableRow key={i}>
                  {selection && <TableCell padding="checkbox" />}
                  {columns.map((c) => (
                    <TableCell key={c.id}>
                      {/* Still: the list's activity bar shows the wait, and fifty pulsing cells cost the
                          machine more than the bar (their frames are composited as long as the read lasts). */}
                      <Skeleton
                        variant="text"
                        animation={false}
                        width={c.align === 'right' ? '40%' : '70%'}
                      />
                    </TableCell>
                  ))}
                  {actions && <TableCell padding="checkbox" />}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <StatusTips ref={tips} />
    </QuickFeedbackProvider>
  );
}
