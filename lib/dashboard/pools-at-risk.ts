import { statusRank } from '../status/describe';
import type { EstatePool } from '../status/estate';

/**
 * Pools that carry no traffic (offline, or unavailable while every member is drained) or are one failure
 * away from it (a single member left of two or more). A pool without members, or one nobody monitors, is
 * unknown rather than at risk: the availability summary counts those.
 */
export function isPoolAtRisk(pool: EstatePool): boolean {
  if (pool.members.length === 0) return false;
  const { availability, lossOfRedundancy } = pool.status;
  return availability === 'offline' || availability === 'unavailable' || lossOfRedundancy;
}

/** At-risk pools, worst first; pools in front of a virtual server before unused ones, then by name. */
export function poolsAtRisk(pools: readonly EstatePool[]): EstatePool[] {
  return pools
    .filter(isPoolAtRisk)
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        Number(b.virtualServerIds.length > 0) - Number(a.virtualServerIds.length > 0) ||
        a.name.localeCompare(b.name),
    );
}
