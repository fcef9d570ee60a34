'use client';
import NextLink from 'next/link';
import { useQueries, useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ExpiryDate } from '@/components/resources/expiry-date';
import { detailHref, filteredListHref } from '@/components/resources/paths';
import { EXPIRES_PARAM } from '@/components/resources/list/list-filters';
import { useNautobot } from '@/components/providers/nautobot-context';
import type { ResourceKey } from '@/lib/api/resources';
import type { CertificateProfile } from '@/lib/api/schemas/load-balancers';
import { certificateUsersPlan } from '@/lib/dashboard/dashboard-plan';
import { usersByProfile, type CertificateUser } from '@/lib/dashboard/certificate-users';
import { cumulativeExpiryCounts, type ExpiryBucket } from '@/lib/dashboard/expiry-buckets';
import { useDashboard } from './dashboard-context';
import { DashboardTile } from './dashboard-tile';

const PROFILES = 'certificate-profiles';
const USERS_SHOWN = 3;

/** The first few users of a profile as links, then "+N more" to the list filtered by the profile. */
function Users({
  users,
  resource,
  profileId,
  complete,
}: {
  users: readonly CertificateUser[] | undefined;
  resource: ResourceKey;
  profileId: string;
  /** False when the page of users was cut short, so counts here are only a lower bound. */
  complete: boolean;
}) {
  if (users === undefined) return <>…</>;
  const all = filteredListHref(resource, { certificate_profiles: profileId });
  if (users.length === 0)
    return complete ? (
      <Typography component="span" variant="body2" color="text.secondary">
        None
      </Typography>
    ) : (
      <Link component={NextLink} href={all}>
        See list
      </Link>
    );
  const more = users.length - USERS_SHOWN;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5 }}>
      {users.slice(0, USERS_SHOWN).map((u) => (
        <Link key={u.id} component={NextLink} href={detailHref(resource, u.id)}>
          {u.name}
        </Link>
      ))}
      {(more > 0 || !complete) && (
        <Link component={NextLink} href={all}>
          {complete ? `+${more} more` : 'see all'}
        </Link>
      )}
    </Box>
  );
}

/** Certificates expired and expiring within 90 days, with the virtual servers and members that use them. */
export function CertificateExpiry() {
  const { plan, refetchInterval } = useDashboard();
  const { queries } = useNautobot();
  const buckets = useQueries({ queries: plan.certificates.map((c) => c.options) });
  const pages = plan.certificates.map((c, i) => ({ bucket: c.bucket, page: buckets[i]?.data }));
  const ids = pages.flatMap((p) => p.page?.results.map((r) => r.id) ?? []);
  const usersPlan = certificateUsersPlan(queries, ids);
  const enabled = ids.length > 0;
  // Keyed by the profiles' ids, which a refresh rarely changes: these keep their own interval.
  const vsUsers = useQuery({ ...usersPlan.virtualServers, enabled, refetchInterval });
  const memberUsers = useQuery({ ...usersPlan.members, enabled, refetchInterval });
  const users =
    vsUsers.data && memberUsers.data ? usersByProfile(vsUsers.data.results, memberUsers.data.results) : null;
  const vsComplete = !vsUsers.data || vsUsers.data.count <= vsUsers.data.results.length;
  const membersComplete = !memberUsers.data || memberUsers.data.count <= memberUsers.data.results.length;

  const loaded = pages.every((p) => p.page);
  const counts = loaded
    ? cumulativeExpiryCounts({
        expired: pages[0]?.page?.count ?? 0,
        d30: pages[1]?.page?.count ?? 0,
        d60: pages[2]?.page?.count ?? 0,
        d90: pages[3]?.page?.count ?? 0,
      })
    : null;
  const error = buckets.find((b) => b.error && !b.data)?.error;

  return (
    <DashboardTile
      title="Certificates expiring"
      href={filteredListHref(PROFILES, { [EXPIRES_PARAM]: '90' })}
      count={counts?.[3].count}
    >
      {counts ? (
        <Box
          component="ul"
          aria-label="Certificates by expiry"
          sx={{ display: 'flex', gap: 1, p: 0, m: 0, listStyle: 'none', flexWrap: 'wrap' }}
        >
          {counts.map((c) => (
            <Box component="li" key={c.listWindow} sx={{ flex: '1 1 0', minWidth: 96 }}>
              <Link
                component={NextLink}
                href={filteredListHref(PROFILES, { [EXPIRES_PARAM]: c.listWindow })}
                underline="none"
                sx={{
                  display: 'block',
                  p: 1,
                  border: 1,
                  borderColor: c.listWindow === 'expired' && c.count > 0 ? 'error.main' : 'divider',
                  borderRadius: 1,
                  color: 'text.primary',
                  '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
                }}
              >
                <Typography variant="h5" component="span" sx={{ display: 'block' }}>
                  {c.count.toLocaleString()}
                </Typography>
                <Typography variant="body2" component="span" color="text.secondary">
                  {c.label}
                </Typography>
              </Link>
            </Box>
          ))}
        </Box>
      ) : error ? (
        <Typography variant="body2" sx={{ color: 'error.main' }}>
          Couldn’t load certificates: {error.message}
        </Typography>
      ) : (
        <Typography variant="body2" color="text.secondary">
          Loading certificates…
        </Typography>
      )}
      {pages.map(({ bucket, page }) =>
        page?.results.length ? (
          <BucketTable
            key={bucket.id}
            bucket={bucket}
            profiles={page.results}
            total={page.count}
            users={users}
            vsComplete={vsComplete}
            membersComplete={membersComplete}
          />
        ) : null,
      )}
    </DashboardTile>
  );
}

function BucketTable({
  bucket,
  profiles,
  total,
  users,
  vsComplete,
  membersComplete,
}: {
  bucket: ExpiryBucket;
  profiles: readonly CertificateProfile[];
  total: number;
  users: ReturnType<typeof usersByProfile> | null;
  vsComplete: boolean;
  membersComplete: boolean;
}) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {bucket.label} · {total.toLocaleString()}
      </Typography>
      <Table size="small" aria-label={`Certificates ${bucket.label.toLowerCase()}`}>
        <TableHead>
          <TableRow>
            <TableCell>Profile</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell>Virtual servers</TableCell>
            <TableCell>Pool members</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {profiles.map((p) => {
            const used = users
              ? (users.get(p.id.toLowerCase()) ?? { virtualServers: [], members: [] })
              : null;
            return (
              <TableRow key={p.id}>
                <TableCell component="th" scope="row">
                  <Link component={NextLink} href={detailHref(PROFILES, p.id)}>
                    {p.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <ExpiryDate value={p.expiration_date} />
                </TableCell>
                <TableCell>
                  <Users
                    users={used?.virtualServers}
                    resource="virtual-servers"
                    profileId={p.id}
                    complete={vsComplete}
                  />
                </TableCell>
                <TableCell>
                  <Users
                    users={used?.members}
                    resource="load-balancer-pool-members"
                    profileId={p.id}
                    complete={membersComplete}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {total > profiles.length && (
        <Typography variant="body2" color="text.secondary">
          Showing the {profiles.length} soonest of {total.toLocaleString()}.
        </Typography>
      )}
    </Box>
  );
}
