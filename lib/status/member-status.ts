import type { MemberStatusInput, ObjectStatus } from './types';

/** Nautobot status names are user-editable labels; "active" and "Active" mean the same status. */
const norm = (name: string | null | undefined): string => (name ?? '').trim().toLowerCase();

/** Callers may pass "" where a name is missing; a blank name says no more than null. */
const named = (name: string | null | undefined): name is string =>
  typeof name === 'string' && name.trim() !== '';

function ownStatus(input: MemberStatusInput): ObjectStatus {
  const { status, memberMonitor, poolMonitor } = input;
  const monitored = named(memberMonitor) || named(poolMonitor);
  switch (norm(status)) {
    case '':
      return { availability: 'unknown', admin: 'enabled', reason: 'Pool member has no status' };
    case 'active':
      if (named(memberMonitor)) {
        return {
          availability: 'available',
          admin: 'enabled',
          reason: `Pool member is Active, monitored by ${memberMonitor.trim()}`,
        };
      }
      if (named(poolMonitor)) {
        return {
          availability: 'available',
          admin: 'enabled',
          reason: `Pool member is Active, monitored by pool monitor ${poolMonitor.trim()}`,
        };
      }
      // F5's blue "unchecked": nothing would ever mark it down, so it keeps getting traffic.
      return { availability: 'unknown', admin: 'enabled', reason: 'No health monitor on member or pool' };
    case 'failed':
      return { availability: 'offline', admin: 'enabled', reason: 'Pool member is marked Failed' };
    case 'maintenance':
      // Drained by an administrator: F5's "disabled", black with the monitor's shape kept.
      return monitored
        ? {
            availability: 'available',
            admin: 'disabled',
            reason: 'Pool member is in Maintenance (drained by an administrator)',
          }
        : {
            availability: 'unknown',
            admin: 'disabled',
            reason: 'Pool member is in Maintenance (drained); no health monitor',
          };
    case 'planned':
      return {
        availability: 'unknown',
        admin: 'enabled',
        reason: 'Pool member is Planned, not yet in service',
      };
    case 'decommissioning':
      // F5's "forced offline" is always a black diamond, monitored or not.
      return {
        availability: 'offline',
        admin: 'disabled',
        reason: 'Pool member is Decommissioning (forced offline)',
      };
    default:
      return {
        availability: 'unknown',
        admin: 'enabled',
        reason: `Status “${(status ?? '').trim()}” has no F5 equivalent`,
      };
  }
}

/**
 * A pool member's F5 status from its intended state in Nautobot. A Deprecated IP address plays F5's
 * disabled node: the member turns gray, but its shape still says what its own status would give.
 */
export function memberStatus(input: MemberStatusInput): ObjectStatus {
  const own = ownStatus(input);
  if (norm(input.ipStatus) !== 'deprecated') return own;
  const ip = named(input.ipAddress) ? `IP address ${input.ipAddress.trim()}` : 'IP address';
  return { availability: own.availability, admin: 'disabled-by-parent', reason: `${ip} is Deprecated` };
}
