'use client';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { StatusIcon } from '@/components/status/status-icon';
import { detailHref, listHref } from '@/components/resources/paths';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { poolsAtRisk } from '@/lib/dashboard/pools-at-risk';
import { DashboardTile } from './dashboard-tile';
import { QueryBody } from './query-body';
import { useEstate } from './use-estate';

const SHOWN = 10;

/** Pools taking no traffic, or one failure away from it, worst first. */
export function PoolsAtRisk() {
  const estate = useEstate();
  const atRisk = estate.data ? poolsAtRisk(estate.data.pools) : null;
  return (
    <DashboardTile title="Pools at risk" href={listHref('load-balancer-pools')} count={atRisk?.length}>
      <QueryBody query={estate} what="pools">
        {() =>
          atRisk?.length ? (
            <>
              <Table size="small" aria-label="Pools at risk">
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: 32, px: 0.5 }}>
                      <Box component="span" sx={visuallyHidden}>
                        Status
                      </Box>
                    </TableCell>
                    <TableCell>Pool</TableCell>
                    <TableCell>Why</TableCell>
                    <TableCell align="right">Virtual servers</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {atRisk.slice(0, SHOWN).map((pool) => (
                    <TableRow key={pool.id}>
                      <TableCell sx={{ px: 0.5 }}>
                        <StatusIcon status={pool.status} />
                      </TableCell>
                      <TableCell component="th" scope="row">
                        <Link component={NextLink} href={detailHref('load-balancer-pools', pool.id)}>
                          {pool.name}
                        </Link>
                      </TableCell>
                      <TableCell>{pool.status.reason}</TableCell>
                      <TableCell align="right">{pool.virtualServerIds.length}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {atRisk.length > SHOWN && (
                <Typography variant="body2" color="text.secondary">
                  and {atRisk.length - SHOWN} more
                </Typography>
              )}
            </>
          ) : (
            <Typography variant="body2">No pool is offline or down to its last member.</Typography>
          )
        }
      </QueryBody>
    </DashboardTile>
  );
}
