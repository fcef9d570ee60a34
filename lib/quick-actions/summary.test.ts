import { describe, expect, it } from 'vitest';
import { countOutcomes, type ApplyResult, type ObjectResult, type Outcome } from '../bulk/apply';
import { quickActionsFor } from './actions';
import { actionNotice, undoNotice } from './summary';

const drain = quickActionsFor('load-balancer-pool-members')[1];
if (!drain) throw new Error('no drain action');

function result(outcomes: Outcome[], cancelled = false): ApplyResult {
  const objects = outcomes.map(
    (outcome, i) =>
      ({
        id: `id${i}`,
        display: `10.0.0.${i}:80`,
        outcome,
        reason: outcome === 'failed' ? 'Locked.' : undefined,
      }) as ObjectResult,
  );
  return { resource: 'load-balancer-pool-members', objects, cancelled, counts: countOutcomes(objects) };
}

describe('actionNotice', () => {
  it('names the one object', () => {
    expect(actionNotice(drain, result(['applied']))).toEqual({
      severity: 'success',
      message: '10.0.0.0:80 drained (Maintenance).',
    });
    expect(actionNotice(drain, result(['failed']))).toEqual({
      severity: 'error',
      message: 'Drain (Maintenance) failed for 10.0.0.0:80: Locked.',
    });
    expect(actionNotice(drain, result(['unchanged'])).message).toBe(
      '10.0.0.0:80 was already in Maintenance.',
    );
  });

  it('counts many', () => {
    expect(actionNotice(drain, result(['applied', 'applied', 'failed', 'unchanged']))).toEqual({
      severity: 'warning',
      message: '2 pool members drained (Maintenance); 1 already were; 1 failed.',
    });
    expect(actionNotice(drain, result(['applied', 'not-attempted'], true)).message).toBe(
      '1 pool member drained (Maintenance); 1 not attempted (cancelled).',
    );
  });
});

describe('undoNotice', () => {
  it('says what was restored and what was left alone', () => {
    expect(undoNotice(result(['applied']), [])).toEqual({
      severity: 'success',
      message: 'Undone: 10.0.0.0:80 restored.',
    });
    expect(undoNotice(result(['applied', 'applied', 'failed']), ['10.9.9.9:80']).message).toBe(
      'Undone: 2 restored; couldn’t restore 10.0.0.2:80: Locked.; 10.9.9.9:80 changed since and left as they are.',
    );
    expect(undoNotice(result([]), [])).toEqual({ severity: 'info', message: 'Nothing to undo.' });
  });
});
