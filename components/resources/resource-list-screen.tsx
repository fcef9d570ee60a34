'use client';
import { useId, useRef } from 'react';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { EmptyState, ErrorState, NoMatchState, PastEndState } from './list-states';
import { PER_PAGE_OPTIONS, useListUrlState } from './list-url-state';
import { addHref } from './paths';
import { ResourceTable } from './resource-table';
import { SearchField } from './search-field';
import { activeSort, requestSort, toggledSort } from './sort';
import { uiFor } from './ui-registry';

/** The list of one load-balancer model: server-side paging, sorting and search, all kept in the URL. */
export function ResourceListScreen<K extends ResourceKey>({ resource }: { resource: K }) {
  const def = resources[resource];
  const { columns } = uiFor(resource);
  const { queries } = useNautobot();
  const [url, update] = useListUrlState();
  const headingId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const q = def.search ? url.q : '';
  const shownSort = activeSort(url.sort ?? def.defaultSort);

  const list = useQuery(
    queries.list(resource, {
      limit: url.perPage,
      offset: (url.page - 1) * url.perPage,
      sort: requestSort(url.sort, def.defaultSort),
      q: q || undefined,
      depth: 1,
    }),
  );
  const page = list.data;
  const lastPage = page ? Math.max(1, Math.ceil(page.count / url.perPage)) : 1;
  const goToPage = (n: number) => {
    if (tableRef.current) tableRef.current.scrollTop = 0;
    update({ page: n });
  };

  let content;
  if (list.isError) {
    content = (
      <ErrorState
        title={`Couldn’t load ${def.plural.toLowerCase()}`}
        message={list.error.message}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else if (page && page.count === 0) {
    content = q ? (
      <NoMatchState plural={def.plural} q={q} onClear={() => update({ q: '' })} />
    ) : (
      <EmptyState plural={def.plural} addHref={addHref(resource)} />
    );
  } else if (page && page.results.length === 0) {
    content = <PastEndState lastPage={lastPage} onGo={() => goToPage(lastPage)} />;
  } else {
    content = (
      <ResourceTable
        resource={resource}
        columns={columns}
        rows={page?.results}
        sort={shownSort}
        onSort={(key) => update({ sort: toggledSort(key, shownSort) })}
        busy={list.isFetching}
        skeletonRows={Math.min(url.perPage, 10)}
        labelledBy={headingId}
        containerRef={tableRef}
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
        <Button component={NextLink} href={addHref(resource)} variant="contained" startIcon={<AddIcon />}>
          Add
        </Button>
      </Stack>
      <Paper
        variant="outlined"
        sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 320, overflow: 'hidden' }}
      >
        {def.search && (
          <Box sx={{ p: 1.5 }}>
            <SearchField
              value={url.q}
              label={`Search ${def.plural.toLowerCase()}`}
              onCommit={(next) => update({ q: next }, { replace: true })}
            />
          </Box>
        )}
        <Box sx={{ height: 4 }}>
          {list.isFetching && <LinearProgress aria-label={`Loading ${def.plural.toLowerCase()}`} />}
        </Box>
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
            sx={{ borderTop: 1, borderColor: 'divider', flexShrink: 0 }}
          />
        )}
      </Paper>
    </Box>
  );
}
