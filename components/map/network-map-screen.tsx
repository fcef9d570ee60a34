'use client';
import { useCallback, useId, useMemo } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useNautobot } from '@/components/providers/nautobot-context';
import { ErrorState } from '@/components/resources/list-states';
import { detailHref } from '@/components/resources/paths';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { rollUpEstate, type Estate } from '@/lib/status/estate';
import { buildMapModel, flattenMap, type MapModel, type MapRow } from './map-model';
import { MapToolbar } from './map-toolbar';
import { MapTreeRow, ROW_HEIGHT, rowLabel } from './map-tree-row';
import { useMapUrlState } from './map-url-state';
import { useMapExpansion } from './use-map-expansion';
import { WindowedTree } from './windowed-tree';

// Module constants: the tree is memoised, and typing in the search box must not hand it new props.
const TREE_SX = { height: { xs: 480, md: 'calc(100vh - 300px)' }, minHeight: 320 };
const rowProps = (row: MapRow) => ({
  'aria-label': rowLabel(row),
  'data-match': row.match ? 'true' : undefined,
});
const renderMapRow = (row: MapRow) => <MapTreeRow row={row} />;

function rowHref(row: MapRow): string | null {
  switch (row.kind) {
    case 'vs':
      return detailHref('virtual-servers', row.vs.id);
    case 'pool':
      return detailHref('load-balancer-pools', row.pool.id);
    case 'member':
      return detailHref('load-balancer-pool-members', row.member.id);
    case 'group':
      return null;
  }
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** What the map holds, or how much of it a search or "Problems only" left. */
function summary(estate: Estate, model: MapModel, filtered: boolean): string {
  if (!filtered) {
    const unused = estate.unusedPools.length.toLocaleString();
    return `${count(estate.virtualServers.length, 'virtual server')}, ${count(estate.pools.length, 'pool')} (${unused} unused), ${count(estate.memberCount, 'member')}`;
  }
  const servers = `Showing ${model.servers.length.toLocaleString()} of ${count(estate.virtualServers.length, 'virtual server')}`;
  if (!estate.unusedPools.length) return servers;
  return `${servers} and ${model.unused.length.toLocaleString()} of ${count(estate.unusedPools.length, 'unused pool')}`;
}

function LoadingMap() {
  return (
    <Box aria-busy="true">
      <Box component="span" sx={visuallyHidden}>
        Loading the map…
      </Box>
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={ROW_HEIGHT} />
      ))}
    </Box>
  );
}

/**
 * Every virtual server, its pool and the pool's members, with F5 status icons rolled up from Nautobot's intended
 * state, from one GraphQL read. Searching, sorting and "Problems only" work on what was read, in the browser.
 */
export function NetworkMapScreen() {
  const { queries } = useNautobot();
  const router = useRouter();
  const hintId = useId();
  const estate = useQuery({ ...queries.estate(), select: rollUpEstate });
  const [{ q: term, sort, problemsOnly }, update] = useMapUrlState();
  const { isOpen, setOpen } = useMapExpansion(term);

  const model = useMemo(
    () => (estate.data ? buildMapModel(estate.data, { term, problemsOnly, sort }) : null),
    [estate.data, term, problemsOnly, sort],
  );
  const rows = useMemo(() => (model ? flattenMap(model, isOpen) : []), [model, isOpen]);

  const onToggle = useCallback((row: MapRow, open: boolean) => setOpen(row.key, open), [setOpen]);
  const onOpen = useCallback(
    (row: MapRow) => {
      const href = rowHref(row);
      if (href) router.push(href);
      else if (row.expanded !== null) setOpen(row.key, !row.expanded);
    },
    [router, setOpen],
  );

  if (estate.isPending) return <LoadingMap />;
  if (estate.isError)
    return (
      <ErrorState
        title="Couldn’t load the map"
        message={estate.error.message}
        onRetry={() => void estate.refetch()}
        retrying={estate.isFetching}
      />
    );
  if (!model) return null;

  const empty = estate.data.virtualServers.length === 0 && estate.data.pools.length === 0;
  const filtered = !!term || problemsOnly;
  return (
    <>
      <MapToolbar
        search={term}
        onSearch={(q) => update({ q }, { replace: true })}
        sort={sort}
        onSort={(next) => update({ sort: next })}
        problemsOnly={problemsOnly}
        onProblemsOnly={(on) => update({ problemsOnly: on })}
      />
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
        {summary(estate.data, model, filtered)}
      </Typography>
      {empty ? (
        <Typography sx={{ py: 6, textAlign: 'center' }}>No virtual servers or pools yet.</Typography>
      ) : rows.length === 0 ? (
        <Box
          sx={{
            py: 6,
            textAlign: 'center',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 2,
          }}
        >
          <Typography>
            {term
              ? `Nothing ${problemsOnly ? 'with a problem ' : ''}matches “${term}”.`
              : 'No problems: every virtual server, pool and member is available and enabled.'}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1 }}>
            {term && (
              <Button variant="outlined" onClick={() => update({ q: '' })}>
                Clear search
              </Button>
            )}
            {problemsOnly && (
              <Button variant="outlined" onClick={() => update({ problemsOnly: false })}>
                Show everything
              </Button>
            )}
          </Box>
        </Box>
      ) : (
        <>
          <Typography id={hintId} variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
            Up and Down move, Right and Left open and close, Enter or Space opens or closes a row;
            Shift+Enter, or Enter on a member, goes to its page.
          </Typography>
          <Paper variant="outlined">
            <WindowedTree
              rows={rows}
              label="Network map"
              rowHeight={ROW_HEIGHT}
              describedBy={hintId}
              renderRow={renderMapRow}
              rowProps={rowProps}
              onToggle={onToggle}
              onOpen={onOpen}
              sx={TREE_SX}
            />
          </Paper>
        </>
      )}
    </>
  );
}
