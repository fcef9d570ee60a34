// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memberStatus } from './member-status';
import type { MemberStatusInput } from './types';

const member = (status: string | null, more: Partial<MemberStatusInput> = {}): MemberStatusInput => ({
  status,
  memberMonitor: null,
  poolMonitor: null,
  ...more,
});

describe('memberStatus', () => {
  it('compares status names case-insensitively and ignores surrounding spaces', () => {
    for (const name of ['active', 'ACTIVE', ' Active ']) {
      expect(memberStatus(member(name, { memberMonitor: 'http-200' }))).toEqual({
        availability: 'available',
        admin: 'enabled',
        reason: 'Pool member is Active, monitored by http-200',
      });
    }
    expect(memberStatus(member('maintenance')).admin).toBe('disabled');
    expect(memberStatus(member('DECOMMISSIONING'))).toMatchObject({
      availability: 'offline',
      admin: 'disabled',
    });
    expect(memberStatus(member('failed')).reason).toBe('Pool member is marked Failed');
  });

  it("names the member's own monitor when both member and pool have one", () => {
    const status = memberStatus(member('Active', { memberMonitor: 'http-200', poolMonitor: 'tcp-443' }));
    expect(status.reason).toBe('Pool member is Active, monitored by http-200');
  });

  it('treats an empty monitor name as no monitor', () => {
    expect(memberStatus(member('Active', { memberMonitor: '', poolMonitor: 'tcp-443' })).reason).toBe(
      'Pool member is Active, monitored by pool monitor tcp-443',
    );
    expect(memberStatus(member('Active', { memberMonitor: '', poolMonitor: ' ' }))).toMatchObject({
      availability: 'unknown',
      reason: 'No health monitor on member or pool',
    });
  });

  it('counts a pool monitor alone as monitoring a member in Maintenance', () => {
    expect(memberStatus(member('Maintenance', { poolMonitor: 'tcp-443' }))).toMatchObject({
      availability: 'available',
      admin: 'disabled',
    });
  });

  it('forces a Decommissioning member offline whether or not it is monitored', () => {
    expect(memberStatus(member('Decommissioning', { memberMonitor: 'http-200' }))).toMatchObject({
      availability: 'offline',
      admin: 'disabled',
    });
  });

  it('treats a blank status like a missing one', () => {
    expect(memberStatus(member(''))).toMatchObject({
      availability: 'unknown',
      reason: 'Pool member has no status',
    });
  });

  it('quotes a custom status as Nautobot spells it', () => {
    expect(memberStatus(member('Staging-B')).reason).toBe('Status “Staging-B” has no F5 equivalent');
  });

  describe('a Deprecated IP address', () => {
    const deprecated = (status: string | null, more: Partial<MemberStatusInput> = {}) =>
      memberStatus(member(status, { ipStatus: 'Deprecated', ipAddress: '10.0.0.5', ...more }));

    it('grays the member but keeps the availability its own status gives', () => {
      expect(deprecated('Active', { poolMonitor: 'tcp-443' }).availability).toBe('available');
      expect(deprecated('Active').availability).toBe('unknown');
      expect(deprecated('Failed').availability).toBe('offline');
      expect(deprecated('Maintenance', { memberMonitor: 'http-200' }).availability).toBe('available');
      expect(deprecated('Decommissioning').availability).toBe('offline');
      expect(deprecated(null).availability).toBe('unknown');
      for (const status of ['Active', 'Failed', 'Maintenance', 'Decommissioning', 'Planned', null]) {
        expect(deprecated(status)).toMatchObject({
          admin: 'disabled-by-parent',
          reason: 'IP address 10.0.0.5 is Deprecated',
        });
      }
    });

    it('is recognised whatever its case', () => {
      expect(memberStatus(member('Failed', { ipStatus: 'deprecated' })).admin).toBe('disabled-by-parent');
    });

    it('still reads as one sentence when the address is not known', () => {
      expect(memberStatus(member('Failed', { ipStatus: 'Deprecated' })).reason).toBe(
        'IP address is Deprecated',
      );
    });
  });

  it.each(['Active', 'Reserved', 'DHCP', 'SLAAC', 'Quarantined', null, undefined])(
    'ignores an IP address status of %s',
    (ipStatus) => {
      const input = member('Failed', { ipAddress: '10.0.0.5' });
      expect(memberStatus({ ...input, ipStatus })).toEqual(memberStatus(input));
    },
  );
});
