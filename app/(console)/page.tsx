import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard/dashboard';
import { refreshIntervalMs } from '@/lib/dashboard/refresh-interval';

export const metadata: Metadata = { title: 'Overview' };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { refresh } = await searchParams;
  return <Dashboard refetchInterval={refreshIntervalMs(refresh)} />;
}
