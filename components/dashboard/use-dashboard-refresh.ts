'use client';
import { useQueries } from '@tanstack/react-query';
import { isNautobotError } from '@/lib/api/errors';
import { independentQueries } from '@/lib/dashboard/dashboard-plan';
import { useDashboard } from './dashboard-context';

export type Freshness = {
  /** When the oldest figure on screen was read; null until a query has answered. */
  updatedAt: number | null;
  /** Nautobot (or the way to it) stopped answering: what is on screen is as of `updatedAt`. */
  unreachable: boolean;
};

/** Errors that say nothing about the data, only that Nautobot could not be asked; a refresh may cure them. */
function isOutage(error: unknown): boolean {
  if (!isNautobotError(error)) return true;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';
}

/**
 * Runs the dashboard's independent queries on its refresh interval, and says how fresh the screen is. The
 * interval lives here alone: one observer per query owning the timer means one request per query per period,
 * however many tiles read the same answer.
 */
export function useDashboardRefresh(): Freshness {
  const { plan, refetchInterval } = useDashboard();
  return useQueries({
    queries: independentQueries(plan).map((options) => ({ ...options, refetchInterval })),
    combine: (results): Freshness => {
      const answered = results.filter((r) => r.dataUpdatedAt > 0);
      return {
        updatedAt: answered.length ? Math.min(...answered.map((r) => r.dataUpdatedAt)) : null,
        unreachable: results.some((r) => r.isError && isOutage(r.error)),
      };
    },
  });
}
