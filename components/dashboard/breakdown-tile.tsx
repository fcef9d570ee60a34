'use client';
import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { filteredListHref, listHref } from '@/components/resources/paths';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import type { DashboardPlan } from '@/lib/dashboard/dashboard-plan';
import type { ChartRow } from './chart-rows';
import { ChartViewToggle, type ChartView } from './chart-view-toggle';
import { CountChart } from './count-chart';
import { DashboardTile } from './dashboard-tile';

type Entry = DashboardPlan['breakdowns'][number];

/** One breakdown (virtual servers by protocol, ...): a count per choice, the choices nobody uses left out. */
export function BreakdownTile({ entry }: { entry: Entry }) {
  const { breakdown, counts } = entry;
  const [view, setView] = useState<ChartView>('chart');
  const results = useQueries({ queries: counts.map((c) => c.options) });
  const error = results.find((r) => r.error && r.data === undefined)?.error;
  const loaded = results.every((r) => r.data !== undefined);
  const rows: ChartRow[] = counts
    .map((c, i) => ({
      label: c.spec.label,
      value: results[i]?.data ?? 0,
      href: filteredListHref(c.spec.resource, c.spec.filters),
    }))
    .filter((r) => r.value > 0);
  if (breakdown.chart === 'bar') rows.sort((a, b) => b.value - a.value);
  return (
    <DashboardTile
      title={breakdown.title}
      href={listHref(breakdown.resource)}
      action={
        loaded &&
        rows.length > 0 && <ChartViewToggle title={breakdown.title} value={view} onChange={setView} />
      }
    >
      {error ? (
        <Typography variant="body2" sx={{ color: 'error.main' }}>
          Couldn’t count: {error.message}
        </Typography>
      ) : loaded ? (
        <CountChart title={breakdown.title} kind={breakdown.chart} rows={rows} view={view} />
      ) : (
        <>
          <Skeleton variant="rounded" height={160} />
          <Box component="span" sx={visuallyHidden}>
            Counting…
          </Box>
        </>
      )}
    </DashboardTile>
  );
}
