// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { poolStatus } from './pool-status';
import type { Availability, AdminState, ObjectStatus } from './types';

const s = (availability: Availability, admin: AdminState = 'enabled'): ObjectStatus => ({
  availability,
  admin,
  reason: 'test',
});
const up = s('available');
const down = s('offline');
const unchecked = s('unknown');
const drained = s('available', 'disabled');
const drainedUnchecked = s('unknown', 'disabled');
const forced = s('offline', 'disabled');
const grayUp = s('available', 'disabled-by-parent');
const grayDown = s('offline', 'disabled-by-parent');
const pool = (...members: ObjectStatus[]) => poolStatus({ members });

describe('poolStatus', () => {
  it('is always enabled: Nautobot pools have no admin state', () => {
    for (const members of [[], [up], [drained, drained], [forced], [grayUp]]) {
      expect(poolStatus({ members }).admin).toBe('enabled');
    }
  });

  it('counts available members in service against every member', () => {
    expect(pool(up, up, drained, grayUp, down)).toMatchObject({
      availability: 'available',
      available: 2,
      total: 5,
      reason: '2/5 members available',
      lossOfRedundancy: false,
    });
    expect(pool()).toMatchObject({ available: 0, total: 0, lossOfRedundancy: false });
  });

  it('does not call a one-member pool with its member up a loss of redundancy', () => {
    expect(pool(up)).toMatchObject({
      availability: 'available',
      reason: 'The only member is available',
      available: 1,
      total: 1,
      lossOfRedundancy: false,
    });
  });

  it('calls one available member out of two or more a loss of redundancy, whatever the others are', () => {
    expect(pool(up, down)).toMatchObject({
      reason: '1/2 members available: loss of redundancy',
      lossOfRedundancy: true,
    });
    expect(pool(up, drained, drained)).toMatchObject({ availability: 'available', lossOfRedundancy: true });
    expect(pool(up, grayUp)).toMatchObject({ available: 1, total: 2, lossOfRedundancy: true });
  });

  it('does not count a drained or gray member as available, even when its monitor is up', () => {
    expect(pool(up, up, drained)).toMatchObject({ available: 2, reason: '2/3 members available' });
    expect(pool(grayUp, down).availability).toBe('offline');
  });

  it('ranks unknown above offline when nothing is available', () => {
    expect(pool(unchecked, down, down)).toMatchObject({
      availability: 'unknown',
      reason: 'No member available; 1 of 3 unchecked',
      available: 0,
    });
  });

  it('ignores unknown members that are not in service', () => {
    expect(pool(down, drainedUnchecked)).toMatchObject({
      availability: 'offline',
      reason: 'The only member in service is offline; 1 disabled',
    });
  });

  it('says how many members are disabled when the ones in service are all offline', () => {
    expect(pool(down, down, down, forced)).toMatchObject({
      availability: 'offline',
      reason: 'All 3 members in service offline; 1 disabled',
    });
    expect(pool(down, drained, grayDown).reason).toBe('The only member in service is offline; 2 disabled');
    expect(pool(down).reason).toBe('The only member is offline');
  });

  it('is unavailable, not offline, when every member is drained in Maintenance', () => {
    expect(pool(drained, drainedUnchecked)).toMatchObject({
      availability: 'unavailable',
      reason: 'All 2 members disabled (Maintenance); no traffic until one returns',
    });
    expect(pool(drained).reason).toBe(
      'The only member is disabled (Maintenance); no traffic until it returns',
    );
  });

  it('is unavailable while one drained member can return, and lists the rest', () => {
    expect(pool(drained, forced, forced, grayUp)).toMatchObject({
      availability: 'unavailable',
      reason:
        'No member in service: 1 in Maintenance, 2 forced offline, 1 disabled by parent; no traffic until one returns',
    });
  });

  it('is offline when no member is in service and none is merely drained', () => {
    expect(pool(forced, forced)).toMatchObject({
      availability: 'offline',
      reason: 'No member in service: 2 forced offline',
    });
    expect(pool(grayUp, grayDown).reason).toBe('No member in service: 2 disabled by parent');
  });

  it('is unavailable when in-service members are unavailable (connection limit) or offline', () => {
    expect(pool(s('unavailable'), down, drained)).toMatchObject({
      availability: 'unavailable',
      reason: 'No member available; 1 of 3 unavailable',
    });
  });
});
