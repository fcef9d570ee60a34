import { describe, expect, it } from 'vitest';
import type { ObjectResult } from '../bulk/apply';
import { inlineFailure, objectReason, planInlineEdit } from './inline-edit';

const ref = (id: string, name: string) => ({ id, object_type: 'x', url: 'u', display: name, name });
const member = {
  id: '44444444-4444-4444-8444-444444444444',
  display: '10.0.0.1:80',
  last_updated: '2026-01-01T00:00:00Z',
  load_balancer_pool: ref('55555555-5555-4555-8555-555555555555', 'web'),
  ip_address: ref('66666666-6666-4666-8666-666666666666', '10.0.0.1/32'),
  port: 80,
  status: ref('77777777-7777-4777-8777-777777777777', 'Active'),
  label: 'web-01',
  tenant: null,
  health_check_monitor: null,
  ssl_offload: false,
  tags: [],
};
const M = 'load-balancer-pool-members';

describe('planInlineEdit', () => {
  it('checks the value with the form’s rule for the field', () => {
    expect(planInlineEdit(M, member, 'port', '70000')).toEqual({
      kind: 'invalid',
      message: 'Enter a port from 0 to 65535.',
    });
    expect(planInlineEdit(M, member, 'port', '')).toEqual({
      kind: 'invalid',
      message: 'This field is required.',
    });
    expect(planInlineEdit(M, member, 'label', 'x'.repeat(256))).toEqual({
      kind: 'invalid',
      message: 'Use at most 255 characters.',
    });
  });

  it('sends nothing when the value does not change', () => {
    expect(planInlineEdit(M, member, 'port', ' 80 ')).toEqual({ kind: 'unchanged' });
    expect(planInlineEdit(M, member, 'label', 'web-01')).toEqual({ kind: 'unchanged' });
  });

  it('plans the one field as the bulk engine writes it', () => {
    const plan = planInlineEdit(M, member, 'port', '8080');
    if (plan.kind !== 'change') throw new Error(plan.kind);
    expect(plan.patch).toEqual({ port: 8080 });
    expect(plan.plan.objects[0]?.revert).toEqual({ port: 80 });
    const status = planInlineEdit(M, member, 'status', {
      id: '88888888-8888-4888-8888-888888888888',
      label: 'Failed',
    });
    if (status.kind !== 'change') throw new Error(status.kind);
    expect(status.patch).toEqual({ status: '88888888-8888-4888-8888-888888888888' });
  });
});

describe('failure messages', () => {
  const failed = (reason: string, fieldErrors?: Record<string, string[]>) =>
    ({ reason, fieldErrors }) as ObjectResult;
  it('prefer Nautobot’s words about the field', () => {
    expect(inlineFailure(failed('Port: Too high.', { port: ['Too high.'] }), 'port')).toBe('Too high.');
    expect(inlineFailure(failed('Label: Bad.', { label: ['Bad.'] }), 'port')).toBe('Label: Bad.');
  });
  it('say the whole reason when none is about the field, and say so when Nautobot gave none', () => {
    const reason = 'The fields ip_address, port, load_balancer_pool must make a unique set.';
    expect(objectReason(failed(reason))).toBe(reason);
    expect(inlineFailure(undefined, 'port')).toBe('Nautobot did not answer for this object.');
  });
});
