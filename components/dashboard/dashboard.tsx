'use client';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { OverviewCards } from '@/components/resources/overview-cards';
import { useKiosk } from '@/components/shell/kiosk';
import { AvailabilitySummary } from './availability-summary';
import { BreakdownTile } from './breakdown-tile';
import { CertificateExpiry } from './certificate-expiry';
import { DashboardProvider, useDashboard } from './dashboard-context';
import { StaleBanner, UpdatedAt } from './freshness-bar';
import { KioskButton } from './kiosk-button';
import { PoolsAtRisk } from './pools-at-risk';
import { ProblemMembers } from './problem-members';
import { TenantTile } from './tenant-tile';
import { useDashboardRefresh } from './use-dashboard-refresh';

/**
 * Title, freshness and the stale banner. It owns the refresh, so a query answering re-renders this header,
 * not every chart on the page.
 */
function DashboardHeader() {
  const freshness = useDashboardRefresh();
  const kiosk = useKiosk();
  return (
    <>
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap', pr: kiosk ? 16 : 0 }}
      >
        <Typography variant="h5" component="h1">
          Overview
        </Typography>
        <UpdatedAt freshness={freshness} />
        {!kiosk && (
          <Box sx={{ ml: 'auto' }}>
            <KioskButton />
          </Box>
        )}
      </Box>
      <StaleBanner freshness={freshness} />
    </>
  );
}

function DashboardContent() {
  const { plan } = useDashboard();
  return (
    <>
      <DashboardHeader />
      <Box sx={{ mb: 2 }}>
        <OverviewCards />
      </Box>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, xl: 6 }}>
          <AvailabilitySummary />
        </Grid>
        <Grid size={{ xs: 12, lg: 6, xl: 6 }}>
          <PoolsAtRisk />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ProblemMembers />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <CertificateExpiry />
        </Grid>
        {plan.breakdowns.map((entry) => (
          <Grid key={entry.breakdown.id} size={{ xs: 12, md: 6, xl: 3 }}>
            <BreakdownTile entry={entry} />
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <TenantTile />
        </Grid>
      </Grid>
    </>
  );
}

/**
 * The read-only home page: the estate's health, what needs attention, and how it is made up, refreshed every
 * `refetchInterval` ms. Each tile leads to the list behind it.
 */
export function Dashboard({ refetchInterval }: { refetchInterval: number }) {
  return (
    <DashboardProvider refetchInterval={refetchInterval}>
      <DashboardContent />
    </DashboardProvider>
  );
}
