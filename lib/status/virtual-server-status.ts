import type { ObjectStatus, VirtualServerStatusInput } from './types';

/**
 * A virtual server's F5 status: its pool's availability, black when the virtual server is disabled
 * (F5 virtual servers are only enabled or disabled, and a disabled one keeps its pool's shape).
 */
export function virtualServerStatus({ enabled, pool }: VirtualServerStatusInput): ObjectStatus {
  if (!enabled) {
    return {
      availability: pool?.status.availability ?? 'unknown',
      admin: 'disabled',
      reason: 'Virtual server disabled',
    };
  }
  if (!pool) return { availability: 'unknown', admin: 'enabled', reason: 'No pool assigned' };
  // "Pool web: Pool has no members" would say "pool" twice.
  const reason =
    pool.status.total === 0 ? `Pool ${pool.name} has no members` : `Pool ${pool.name}: ${pool.status.reason}`;
  return { availability: pool.status.availability, admin: 'enabled', reason };
}
