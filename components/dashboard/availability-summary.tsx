'use client';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import NextLink from 'next/link';
import { StatusIcon } from '@/components/status/status-icon';
import { listHref } from '@/components/resources/paths';
import type { ResourceKey } from '@/lib/api/resources';
import { countByIcon } from '@/lib/dashboard/availability';
import type { ObjectStatus } from '@/lib/status/types';
import { DashboardTile } from './dashboard-tile';
import { QueryBody } from './query-body';
import { useEstate } from './use-estate';

function IconCounts({
  title,
  resource,
  statuses,
}: {
  title: string;
  resource: ResourceKey;
  statuses: readonly ObjectStatus[];
}) {
  const rows = countByIcon(statuses);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        <Link component={NextLink} href={listHref(resource)} color="inherit" underline="hover">
          {title} · {statuses.length.toLocaleString()}
        </Link>
      </Typography>
      <Table size="small" aria-label={`${title} by status`}>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.availability}/${row.admin}`}>
              <TableCell sx={{ width: 32, px: 0.5 }}>
                <StatusIcon status={{ availability: row.availability, admin: row.admin, reason: row.icon }} />
              </TableCell>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                {row.title}
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {row.count.toLocaleString()}
              </TableCell>
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>None</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  );
}

/** How many virtual servers, pools and members show each F5 icon: the estate at a glance. */
export function AvailabilitySummary() {
  const estate = useEstate();
  return (
    <DashboardTile title="Availability" href={listHref('virtual-servers')}>
      <Typography variant="body2" color="text.secondary">
        Intended state kept in Nautobot, not live monitor results.
      </Typography>
      <QueryBody query={estate} what="the estate">
        {(e) => (
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <IconCounts
                title="Virtual servers"
                resource="virtual-servers"
                statuses={e.virtualServers.map((v) => v.status)}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <IconCounts
                title="Pools"
                resource="load-balancer-pools"
                statuses={e.pools.map((p) => p.status)}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <IconCounts
                title="Pool members"
                resource="load-balancer-pool-members"
                statuses={e.pools.flatMap((p) => p.members.map((m) => m.status))}
              />
            </Grid>
          </Grid>
        )}
      </QueryBody>
    </DashboardTile>
  );
}
