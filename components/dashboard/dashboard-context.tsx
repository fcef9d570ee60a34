'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useNautobot } from '@/components/providers/nautobot-context';
import { dashboardPlan, type DashboardPlan } from '@/lib/dashboard/dashboard-plan';

type DashboardContextValue = { plan: DashboardPlan; refetchInterval: number };

const DashboardContext = createContext<DashboardContextValue | null>(null);

/** The dashboard's queries, and how often every tile re-reads them. */
export function DashboardProvider({
  refetchInterval,
  children,
}: {
  refetchInterval: number;
  children: ReactNode;
}) {
  const { queries } = useNautobot();
  const value = useMemo(
    () => ({ plan: dashboardPlan(queries), refetchInterval }),
    [queries, refetchInterval],
  );
  return <DashboardContext.Provider value={value}>{children}</DashboardContext.Provider>;
}

export function useDashboard(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard must be used inside <DashboardProvider>');
  return value;
}
