'use client';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { StatusIcon } from '@/components/status/status-icon';
import { detailHref, filteredListHref } from '@/components/resources/paths';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import type { LoadBalancerPoolMember } from '@/lib/api/schemas/load-balancers';
import { PROBLEM_MEMBER_STATUSES } from '@/lib/dashboard/dashboard-plan';
import type { Estate } from '@/lib/status/estate';
import { memberStatus } from '@/lib/status/member-status';
import type { ObjectStatus } from '@/lib/status/types';
import { useDashboard } from './dashboard-context';
import { DashboardTile } from './dashboard-tile';
import { QueryBody } from './query-body';
import { useEstate } from './use-estate';

const MEMBERS = 'load-balancer-pool-members';

/** The member's icon as the estate rolled it up; before the estate arrives, from its own status alone. */
function statusOf(member: LoadBalancerPoolMember, estate: Estate | undefined): ObjectStatus {
  const pool = estate?.poolById.get(member.load_balancer_pool.id);
  const rolled = pool?.members.find((m) => m.id === member.id)?.status;
  return (
    rolled ??
    memberStatus({
      status: member.status.name ?? null,
      memberMonitor: member.health_check_monitor?.name ?? null,
      poolMonitor: null,
    })
  );
}

/** Members out of service (marked Failed, or drained for Maintenance), the most recently changed first. */
export function ProblemMembers() {
  const { plan } = useDashboard();
  const page = useQuery(plan.problemMembers);
  const estate = useEstate();
  const byStatus = PROBLEM_MEMBER_STATUSES.map((status) => ({
    status,
    count: estate.data?.pools.reduce(
      (n, p) => n + p.members.filter((m) => m.statusName === status).length,
      0,
    ),
  }));
  return (
    <DashboardTile
      title="Members failed or in maintenance"
      href={filteredListHref(MEMBERS, { status: PROBLEM_MEMBER_STATUSES })}
      count={page.data?.count}
    >
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {byStatus.map(({ status, count }) => (
          <Chip
            key={status}
            component={NextLink}
            href={filteredListHref(MEMBERS, { status })}
            clickable
            variant="outlined"
            label={count === undefined ? status : `${status} · ${count.toLocaleString()}`}
          />
        ))}
      </Box>
      <QueryBody query={page} what="members">
        {({ results, count }) =>
          results.length ? (
            <>
              <Table size="small" aria-label="Members failed or in maintenance">
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: 32, px: 0.5 }}>
                      <Box component="span" sx={visuallyHidden}>
                        Icon
                      </Box>
                    </TableCell>
                    <TableCell>Member</TableCell>
                    <TableCell>Pool</TableCell>
                    <TableCell>Status</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {results.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell sx={{ px: 0.5 }}>
                        <StatusIcon status={statusOf(m, estate.data)} />
                      </TableCell>
                      <TableCell component="th" scope="row">
                        <Link component={NextLink} href={detailHref(MEMBERS, m.id)}>
                          {m.label ? `${m.label} (${m.display})` : m.display}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <Link
                          component={NextLink}
                          href={detailHref('load-balancer-pools', m.load_balancer_pool.id)}
                        >
                          {m.load_balancer_pool.name ?? m.load_balancer_pool.display}
                        </Link>
                      </TableCell>
                      <TableCell>{m.status.name ?? m.status.display}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {count > results.length && (
                <Typography variant="body2" color="text.secondary">
                  Showing the {results.length} changed last of {count.toLocaleString()}.
                </Typography>
              )}
            </>
          ) : (
            <Typography variant="body2">No member is marked Failed or in Maintenance.</Typography>
          )
        }
      </QueryBody>
    </DashboardTile>
  );
}
