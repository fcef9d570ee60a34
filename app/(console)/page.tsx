import type { Metadata } from 'next';
import Typography from '@mui/material/Typography';
import { OverviewCards } from '@/components/resources/overview-cards';

export const metadata: Metadata = { title: 'Overview' };

export default function OverviewPage() {
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Overview
      </Typography>
      <OverviewCards />
    </>
  );
}
