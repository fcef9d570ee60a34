// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { iconName } from './describe';
import { memberStatus } from './member-status';
import { statusMappingTable, type StatusMappingId } from './mapping-table';
import { poolStatus } from './pool-status';
import type { MemberStatusInput, ObjectStatus } from './types';
import { virtualServerStatus } from './virtual-server-status';

const member = (status: string | null, more: Partial<MemberStatusInput> = {}): MemberStatusInput => ({
  status,
  memberMonitor: null,
  poolMonitor: 'tcp-443',
  ...more,
});
const up = member('Active');
const failed = member('Failed');
const drained = member('Maintenance');
const unchecked = member('Active', { poolMonitor: null });
const forcedOffline = member('Decommissioning');
const deprecatedIp = member('Failed', { ipStatus: 'Deprecated', ipAddress: '10.0.0.5' });

// Pools and virtual servers are built from member inputs, so each row also exercises the roll-up below it.
const pools = {
  threeOfFour: [up, up, up, failed],
  oneOfFour: [up, failed, failed, drained],
  twoUnchecked: [unchecked, member('Planned'), failed, failed],
  allOffline: [failed, failed, failed, failed],
  allDrained: [drained, drained, drained, drained],
} as const;

type Fixture =
  | { object: 'member'; input: MemberStatusInput }
  | { object: 'pool'; members: readonly MemberStatusInput[] }
  | {
      object: 'virtual server';
      enabled: boolean;
      pool: { name: string; members: readonly MemberStatusInput[] } | null;
    };

const vs = (enabled: boolean, members: readonly MemberStatusInput[] | null): Fixture => ({
  object: 'virtual server',
  enabled,
  pool: members ? { name: 'web', members } : null,
});

const fixtures: Record<StatusMappingId, Fixture> = {
  M1: { object: 'member', input: member('Active', { memberMonitor: 'http-200' }) },
  M2: { object: 'member', input: up },
  M3: { object: 'member', input: unchecked },
  M4: { object: 'member', input: failed },
  M5: { object: 'member', input: drained },
  M6: { object: 'member', input: member('Maintenance', { poolMonitor: null }) },
  M7: { object: 'member', input: member('Planned') },
  M8: { object: 'member', input: forcedOffline },
  M9: {
    object: 'member',
    input: member('Active', { memberMonitor: 'http-200', ipStatus: 'Deprecated', ipAddress: '10.0.0.5' }),
  },
  M10: { object: 'member', input: member(null) },
  M11: { object: 'member', input: member('Staged') },
  P1: { object: 'pool', members: [] },
  P2: { object: 'pool', members: [up, up, up, up] },
  P3: { object: 'pool', members: pools.threeOfFour },
  P4: { object: 'pool', members: pools.oneOfFour },
  P5: { object: 'pool', members: pools.twoUnchecked },
  P6: { object: 'pool', members: pools.allOffline },
  P7: { object: 'pool', members: pools.allDrained },
  P8: { object: 'pool', members: [forcedOffline, forcedOffline, deprecatedIp] },
  V1: vs(true, null),
  V2: vs(true, pools.threeOfFour),
  V3: vs(true, pools.oneOfFour),
  V4: vs(true, pools.allOffline),
  V5: vs(true, pools.allDrained),
  V6: vs(true, pools.twoUnchecked),
  V7: vs(false, [up, up, up, up]),
};

const rollUp = (members: readonly MemberStatusInput[]) => poolStatus({ members: members.map(memberStatus) });

function statusOf(fixture: Fixture): ObjectStatus {
  switch (fixture.object) {
    case 'member':
      return memberStatus(fixture.input);
    case 'pool':
      return rollUp(fixture.members);
    case 'virtual server':
      return virtualServerStatus({
        enabled: fixture.enabled,
        pool: fixture.pool && { name: fixture.pool.name, status: rollUp(fixture.pool.members) },
      });
  }
}

describe('the status mapping table', () => {
  it('has one input fixture per row, and none for rows that are gone', () => {
    const ids = statusMappingTable.map((row) => row.id);
    expect(Object.keys(fixtures).sort()).toEqual([...ids].sort());
  });

  it('has unique row ids', () => {
    const ids = statusMappingTable.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(statusMappingTable.map((row) => [row.id, row] as const))(
    '%s: the row says what the status functions return',
    (id, row) => {
      const fixture = fixtures[id];
      expect(fixture, `no input fixture for row ${id}`).toBeDefined();
      expect(fixture.object).toBe(row.object);
      const status = statusOf(fixture);
      expect({ availability: status.availability, admin: status.admin, reason: status.reason }).toEqual({
        availability: row.availability,
        admin: row.admin,
        reason: row.reason,
      });
      expect(iconName(status)).toBe(row.icon);
    },
  );

  it('keeps every reason on one line', () => {
    for (const row of statusMappingTable) expect(row.reason).not.toMatch(/\n/);
  });
});
