'use client';
import { useQuery } from '@tanstack/react-query';
import { rollUpEstate } from '@/lib/status/estate';
import { useDashboard } from './dashboard-context';

/** The estate with every object's F5 status, from the dashboard's one GraphQL read. */
export function useEstate() {
  const { plan } = useDashboard();
  // A module-level select: React Query runs it once per answer, not once per render.
  return useQuery({ ...plan.estate, select: rollUpEstate });
}
