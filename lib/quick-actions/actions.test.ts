import { describe, expect, it } from 'vitest';
import {
  confirmationText,
  hasQuickActions,
  needsConfirmation,
  quickActionsFor,
  resolveActions,
} from './actions';

const ACTIVE = '11111111-1111-4111-8111-111111111111';
const MAINT = '22222222-2222-4222-8222-222222222222';
const FAILED = '33333333-3333-4333-8333-333333333333';
const statuses = [
  { id: ACTIVE, name: 'Active' },
  { id: MAINT, name: 'maintenance' },
  { id: FAILED, name: 'Failed' },
];
const MEMBER = 'load-balancer-pool-members';

describe('quick actions', () => {
  it('exist for members and virtual servers only', () => {
    expect(quickActionsFor(MEMBER).map((a) => a.label)).toEqual([
      'Set Active',
      'Drain (Maintenance)',
      'Mark Failed',
    ]);
    expect(quickActionsFor('virtual-servers').map((a) => a.label)).toEqual(['Enable', 'Disable']);
    expect(hasQuickActions('load-balancer-pools')).toBe(false);
  });

  it('set a member status found by name, whatever its case', () => {
    const [active, drain] = resolveActions(MEMBER, 'Pool members', statuses);
    expect(active?.change).toEqual({ status: { op: 'set', value: { id: ACTIVE, label: 'Active' } } });
    expect(drain?.change).toEqual({ status: { op: 'set', value: { id: MAINT, label: 'maintenance' } } });
    expect(drain?.reason).toBeNull();
  });

  it('say why a status this Nautobot lacks for the model cannot be set', () => {
    const failed = resolveActions(MEMBER, 'Pool members', statuses.slice(0, 2))[2];
    expect(failed?.change).toBeNull();
    expect(failed?.reason).toBe('This Nautobot has no “Failed” status for pool members.');
    expect(resolveActions(MEMBER, 'Pool members', undefined)[0]?.reason).toBe('Reading statuses…');
  });

  it('mark the action an object already matches', () => {
    const row = { status: { id: MAINT.toUpperCase() }, enabled: true };
    const resolved = resolveActions(MEMBER, 'Pool members', statuses, row);
    expect(resolved.map((r) => r.current)).toEqual([false, true, false]);
    expect(resolved[1]?.reason).toBe('Already maintenance');
    const [enable, disable] = resolveActions('virtual-servers', 'Virtual servers', undefined, row);
    expect(enable?.current).toBe(true);
    expect(disable?.change).toEqual({ enabled: { op: 'set', value: false } });
  });

  it('confirm only what takes traffic away from more than one object', () => {
    const [active, drain] = quickActionsFor(MEMBER);
    if (!active || !drain) throw new Error('missing actions');
    expect(needsConfirmation(drain, 1)).toBe(false);
    expect(needsConfirmation(drain, 2)).toBe(true);
    expect(needsConfirmation(active, 1000)).toBe(false);
    expect(confirmationText(drain, 1000, 'Pool members')).toMatch(
      /^Drain \(Maintenance\) 1,000 pool members\?/,
    );
  });
});
