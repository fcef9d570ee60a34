'use client';
import { useState } from 'react';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { filteredListHref, listHref } from '@/components/resources/paths';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { resources } from '@/lib/api/resources';
import { TENANT_RESOURCES, tenantTopList } from '@/lib/dashboard/tenant-counts';
import { ChartViewToggle, type ChartView } from './chart-view-toggle';
import { useDashboard } from './dashboard-context';
import { DashboardTile } from './dashboard-tile';

const TITLE = 'Objects per tenant';
const BAR_HEIGHT = 32;

const href = (resource: (typeof TENANT_RESOURCES)[number], tenant: string) =>
  filteredListHref(resource, { tenant });

/** Virtual servers, pools and members each tenant owns, as stacked bars; the busiest tenant first. */
export function TenantTile() {
  const { plan } = useDashboard();
  const router = useRouter();
  const [view, setView] = useState<ChartView>('chart');
  // The dashboard's estate read, seen another way: no request of its own.
  const top = useQuery({ ...plan.estate, select: tenantTopList });
  const loaded = top.data !== undefined;
  const rows = top.data?.rows ?? [];
  const error = top.data === undefined ? top.error : null;
  const labels = TENANT_RESOURCES.map((r) => resources[r].plural);

  let body;
  if (!loaded && error)
    body = (
      <Typography variant="body2" sx={{ color: 'error.main' }}>
        Couldn’t count per tenant: {error.message}
      </Typography>
    );
  else if (!loaded)
    body = (
      <>
        <Skeleton variant="rounded" height={160} />
        <Box component="span" sx={visuallyHidden}>
          Counting…
        </Box>
      </>
    );
  else if (rows.length === 0)
    body = (
      <Typography variant="body2" color="text.secondary">
        No load-balancer object has a tenant.
      </Typography>
    );
  else if (view === 'table')
    body = (
      <Table size="small" aria-label={TITLE}>
        <TableHead>
          <TableRow>
            <TableCell>Tenant</TableCell>
            {labels.map((l) => (
              <TableCell key={l} align="right">
                {l}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                {row.name}
              </TableCell>
              {TENANT_RESOURCES.map((resource, r) => (
                <TableCell key={resource} align="right">
                  <Link
                    component={NextLink}
                    href={href(resource, row.id)}
                    aria-label={`${resources[resource].plural} of ${row.name}: ${row.counts[r] ?? 0}`}
                  >
                    {(row.counts[r] ?? 0).toLocaleString()}
                  </Link>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  else
    body = (
      <figure style={{ margin: 0 }}>
        <Box sx={{ cursor: 'pointer' }}>
          <BarChart
            height={Math.max(140, rows.length * BAR_HEIGHT + 80)}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: rows.map((r) => r.name), width: 140 }]}
            xAxis={[{ tickMinStep: 1 }]}
            series={TENANT_RESOURCES.map((resource, r) => ({
              id: resource,
              label: labels[r],
              stack: 'objects',
              data: rows.map((row) => row.counts[r] ?? 0),
            }))}
            onItemClick={(_, item) => {
              const row = rows[item.dataIndex];
              const resource = TENANT_RESOURCES.find((k) => k === item.seriesId);
              if (row && resource) router.push(href(resource, row.id));
            }}
          />
        </Box>
        <Box component="figcaption" sx={visuallyHidden}>
          {TITLE}:{' '}
          {rows
            .map(
              (row) =>
                `${row.name}: ${labels.map((l, r) => `${row.counts[r] ?? 0} ${l.toLowerCase()}`).join(', ')}`,
            )
            .join('; ')}
        </Box>
      </figure>
    );

  return (
    <DashboardTile
      title={TITLE}
      href={listHref('virtual-servers')}
      action={loaded && rows.length > 0 && <ChartViewToggle title={TITLE} value={view} onChange={setView} />}
    >
      {body}
      {top.data && top.data.untenanted > 0 && (
        <Typography variant="body2" color="text.secondary">
          {`${top.data.untenanted.toLocaleString()} objects have no tenant.`}
        </Typography>
      )}
      {top.data && top.data.others.tenants > 0 && (
        <Typography variant="body2" color="text.secondary">
          {`${top.data.others.tenants.toLocaleString()} more tenants own ${top.data.others.objects.toLocaleString()} objects between them.`}
        </Typography>
      )}
    </DashboardTile>
  );
}
