import type { Availability, ObjectStatus, PoolObjectStatus, PoolStatusInput } from './types';

/** "All 4 members offline", but "The only member is offline" rather than "All 1 members". */
const allMembers = (n: number, state: string): string =>
  n === 1 ? `The only member is ${state}` : `All ${n} members ${state}`;

/** "2 forced offline, 1 disabled by parent": counts of zero are left out. */
const counts = (parts: readonly (readonly [number, string])[]): string =>
  parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');

const inService = (m: ObjectStatus): boolean => m.admin === 'enabled';
/** Disabled by an administrator without being forced offline: a Maintenance drain, which ends by itself. */
const drained = (m: ObjectStatus): boolean => m.admin === 'disabled' && m.availability !== 'offline';
const forcedOffline = (m: ObjectStatus): boolean => m.admin === 'disabled' && m.availability === 'offline';
const byParent = (m: ObjectStatus): boolean => m.admin === 'disabled-by-parent';

/**
 * A pool's F5 status rolled up from its members' statuses. Nautobot pools have no admin state (and F5
 * pools are never disabled themselves), so a pool is always enabled; its availability and counts vary.
 */
export function poolStatus({ members }: PoolStatusInput): PoolObjectStatus {
  const total = members.length;
  const serving = members.filter(inService);
  const available = serving.filter((m) => m.availability === 'available').length;
  const result = (
    availability: Availability,
    reason: string,
    lossOfRedundancy = false,
  ): PoolObjectStatus => ({
    availability,
    admin: 'enabled',
    reason,
    available,
    total,
    lossOfRedundancy,
  });
  const forced = members.filter(forcedOffline).length;
  const parent = members.filter(byParent).length;

  if (total === 0) return result('unknown', 'Pool has no members');

  if (available === total) return result('available', allMembers(total, 'available'));
  // One member carrying a pool of two or more: still green, but one failure away from offline.
  if (available === 1) return result('available', `1/${total} members available: loss of redundancy`, true);
  if (available > 1) return result('available', `${available}/${total} members available`);

  if (serving.length > 0) {
    // F5 ranks unknown above offline: an unchecked member still gets traffic.
    const unchecked = serving.filter((m) => m.availability === 'unknown').length;
    if (unchecked > 0) return result('unknown', `No member available; ${unchecked} of ${total} unchecked`);
    const offline = serving.filter((m) => m.availability === 'offline').length;
    if (offline === serving.length) {
      const disabled = total - serving.length;
      if (disabled === 0) return result('offline', allMembers(total, 'offline'));
      const servingOffline =
        offline === 1 ? 'The only member in service is offline' : `All ${offline} members in service offline`;
      return result('offline', `${servingOffline}; ${disabled} disabled`);
    }
    // memberStatus never says unavailable, but an ObjectStatus may (F5: a member at its connection limit).
    // The rest of the serving members are offline, so the pool is as temporarily unavailable as they are.
    return result('unavailable', `No member available; ${serving.length - offline} of ${total} unavailable`);
  }

  const drainedCount = members.filter(drained).length;
  if (drainedCount > 0) {
    // Yellow, not red: the pool comes back when maintenance ends, without anyone fixing anything.
    const why =
      drainedCount === total
        ? allMembers(total, 'disabled (Maintenance)')
        : `No member in service: ${counts([
            [drainedCount, 'in Maintenance'],
            [forced, 'forced offline'],
            [parent, 'disabled by parent'],
          ])}`;
    return result('unavailable', `${why}; no traffic until ${total === 1 ? 'it returns' : 'one returns'}`);
  }
  return result(
    'offline',
    `No member in service: ${counts([
      [forced, 'forced offline'],
      [parent, 'disabled by parent'],
    ])}`,
  );
}
