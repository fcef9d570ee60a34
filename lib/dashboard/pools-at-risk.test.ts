import { describe, expect, it } from 'vitest';
import type { EstatePool } from '@/lib/status/estate';
import { memberStatus } from '@/lib/status/member-status';
import { poolStatus } from '@/lib/status/pool-status';
import { poolsAtRisk } from './pools-at-risk';

/** A pool whose members have these Nautobot statuses, all monitored by the pool. */
function pool(name: string, statuses: string[], virtualServerIds: string[] = ['vs']): EstatePool {
  const members = statuses.map((status, i) => ({
    id: `${name}-${i}`,
    poolId: name,
    label: '',
    ip: `10.0.0.${i}`,
    port: 80,
    statusName: status,
    ipStatusName: 'Active',
    monitor: null,
    status: memberStatus({ status, memberMonitor: null, poolMonitor: 'http' }),
  }));
  return {
    id: name,
    name,
    monitor: 'http',
    members,
    status: poolStatus({ members: members.map((m) => m.status) }),
    virtualServerIds,
  };
}

describe('pools at risk', () => {
  it('keeps pools taking no traffic or down to their last member, worst first, used before unused', () => {
    const pools = [
      pool('healthy', ['Active', 'Active']),
      pool('last-one', ['Active', 'Failed', 'Failed']),
      pool('dead', ['Failed', 'Failed']),
      pool('drained', ['Maintenance', 'Maintenance']),
      pool('dead-unused', ['Failed'], []),
      pool('empty', []),
      pool('single', ['Active']),
    ];
    expect(poolsAtRisk(pools).map((p) => p.name)).toEqual(['dead', 'dead-unused', 'drained', 'last-one']);
  });
});
