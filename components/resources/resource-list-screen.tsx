'use client';
import { useId, useMemo, useRef, useState } from 'react';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { SelectionActions } from '@/components/bulk/selection-actions';
import { ListCsvActions } from '@/components/csv/list-csv-actions';
import { SelectionBar } from '@/components/bulk/selection-bar';
import { useRowSelection } from '@/components/bulk/use-row-selection';
import { ColumnMenu } from './list/column-menu';
import { DensityToggle } from './list/density-toggle';
import { FilterChips } from './list/filter-chips';
import { FilterPanel, FiltersButton } from './list/filter-panel';
import { listFilters, panelFilters, validFilters } from './list/list-filters';
import { listPageRequest } from './list-request';
import { visibleColumns } from './column';
import { useListPrefs } from './list/list-prefs';
import { EmptyState, ErrorState, NoMatchState, PastEndState } from './list-states';
import { countFilterValues, PER_PAGE_OPTIONS } from './list-url';
import { useListUrlState } from './list-url-state';
import { addHref } from './paths';
import { ResourceTable } from './resource-table';
import { SearchField } from './search-field';
import { activeSort, toggledSort } from './sort';
import { uiFor } from './ui-registry';
import { ActivityBar } from '@/components/ui/activity-bar';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The list of one load-balancer model: server-side paging, sorting, search and filters, all kept in the URL;
 * which columns show and how dense the rows are, remembered per user.
 */
export function ResourceListScreen<K extends ResourceKey>({
  resource,
  openedAt,
}: {
  resource: K;
  /** When the server opened the page (it reads the first page early with the same expiry windows). */
  openedAt?: number;
}) {
  const def = resources[resource];
  const { columns } = uiFor(resource);
  const { queries } = useNautobot();
  const filterDefs = useMemo(() => listFilters(resource), [resource]);
  const panel = useMemo(() => panelFilters(resource), [resource]);
  const [url, update] = useListUrlState(filterDefs.map((f) => f.param));
  const filters = useMemo(() => validFilters(resource, url.filters), [resource, url.filters]);
  const activeFilters = countFilterValues(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Expiry windows count from when the list opened, so the query stays the same while it is on screen.
  const [now] = useState(() => openedAt ?? Date.now());
  const prefs = useListPrefs(resource);
  const shown = useMemo(() => visibleColumns(columns, prefs.prefs), [columns, prefs.prefs]);
  const headingId = useId();
  const panelId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const q = def.search ? url.q : '';
  const shownSort = activeSort(url.sort ?? def.defaultSort);

  const request = useMemo(
    () => listPageRequest(resource, url, { now, columns: shown }),
    [resource, url, now, shown],
  );
  const serverFilters = request.filters;
  const { selection, rowSelection } = useRowSelection(resource, {
    q: request.q,
    filters: serverFilters,
  });

  const list = useQuery(queries.page(resource, request));
  // Our server renders this screen while the page's read it started is still under way, and streams the read
  // after it (early-read.ts). Whether the rows land before React hydrates or after, the hydration render shows
  // the read under way, as the server did; otherwise React discards the HTML and a click made on it is lost.
  const hydrated = useHydrated();
  const page = hydrated ? list.data : undefined;
  const fetching = !hydrated || list.isFetching;
  const lastPage = page ? Math.max(1, Math.ceil(page.count / url.perPage)) : 1;
  const goToPage = (n: number) => {
    if (tableRef.current) tableRef.current.scrollTop = 0;
    update({ page: n });
  };
  const setFilter = (param: string, values: string[]) =>
    update((current) => ({ filters: { ...current.filters, [param]: values } }));
  const removeFilter = (param: string, value: string) =>
    update((current) => ({
      filters: { ...current.filters, [param]: (current.filters[param] ?? []).filter((v) => v !== value) },
    }));
  const clearFilters = () => update({ filters: {} });

  let content;
  if (hydrated && list.isError) {
    content = (
      <ErrorState
        title={`Couldn’t load ${def.plural.toLowerCase()}`}
        message={list.error.message}
        onRetry={() => void list.refetch()}
        retrying={fetching}
      />
    );
  } else if (page && page.count === 0) {
    content =
      q || activeFilters > 0 ? (
        <NoMatchState
          plural={def.plural}
          q={q}
          filtered={activeFilters > 0}
          onClearSearch={() => update({ q: '' })}
          onClearFilters={clearFilters}
        />
      ) : (
        <EmptyState plural={def.plural} addHref={addHref(resource)} />
      );
  } else if (page && page.results.length === 0) {
    content = <PastEndState lastPage={lastPage} onGo={() => goToPage(lastPage)} />;
  } else {
    content = (
      <ResourceTable
        resource={resource}
        columns={shown}
        rows={page?.results}
        sort={shownSort}
        onSort={(key) => update({ sort: toggledSort(key, shownSort) })}
        busy={fetching}
        skeletonRows={Math.min(url.perPage, 10)}
        labelledBy={headingId}
        density={prefs.density}
        containerRef={tableRef}
        selection={rowSelection}
      />
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, flex: 1, minHeight: 0 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h5" component="h1" id={headingId}>
          {def.plural}
          {page && (
            <>
              {' '}
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                · {page.count.toLocaleString()}
              </Box>
            </>
          )}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <ListCsvActions
            resource={resource}
            q={q || undefined}
            filters={serverFilters}
            sort={request.sort}
            columns={shown.map((c) => c.id)}
            selectedIds={selection.ids}
          />
          <Button component={NextLink} href={addHref(resource)} variant="contained" startIcon={<AddIcon />}>
            Add
          </Button>
        </Stack>
      </Stack>
      <Paper
        variant="outlined"
        sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 320, overflow: 'hidden' }}
      >
        <Box sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            {def.search && (
              <SearchField
                value={url.q}
                label={`Search ${def.plural.toLowerCase()}`}
                onCommit={(next) => update({ q: next }, { replace: true })}
              />
            )}
            {panel.length > 0 && (
              <FiltersButton
                active={activeFilters}
                open={filtersOpen}
                panelId={panelId}
                onToggle={() => setFiltersOpen((o) => !o)}
              />
            )}
            <Box sx={{ flex: 1 }} />
            <ColumnMenu
              columns={columns.map((c) => ({ id: c.id, label: c.label, visible: shown.includes(c) }))}
              onToggle={prefs.setColumn}
              onReset={prefs.resetColumns}
            />
            <DensityToggle density={prefs.density} onChange={prefs.setDensity} />
          </Box>
          {filtersOpen && (
            <FilterPanel
              id={panelId}
              resource={resource}
              defs={panel}
              filters={filters}
              onChange={setFilter}
            />
          )}
          <FilterChips
            filters={filters}
            defs={filterDefs}
            onRemove={removeFilter}
            onClearAll={clearFilters}
          />
        </Box>
        <Box sx={{ height: 4 }}>
          {fetching && <ActivityBar aria-label={`Loading ${def.plural.toLowerCase()}`} />}
        </Box>
        <SelectionBar
          selection={selection}
          matching={page?.count}
          filtered={!!q || activeFilters > 0}
          actions={
            <SelectionActions
              resource={resource}
              ids={selection.ids}
              onDeselect={(gone) => selection.setMany(gone, false)}
            />
          }
        />
        {content}
        {page && page.count > 0 && !list.isError && (
          <TablePagination
            component="div"
            count={page.count}
            page={Math.min(url.page, lastPage) - 1}
            rowsPerPage={url.perPage}
            rowsPerPageOptions={[...PER_PAGE_OPTIONS]}
            onPageChange={(_, n) => goToPage(n + 1)}
            onRowsPerPageChange={(e) => update({ perPage: Number(e.target.value) })}
            labelDisplayedRows={({ from, to, count }) =>
              `${from.toLocaleString()}–${to.toLocaleString()} of ${count.toLocaleString()}`
            }
            sx={{ borderTop: 1, borderColor: 'divider', flexShrink: 0 }}
          />
        )}
      </Paper>
    </Box>
  );
}
