'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { ResourceKey } from '@/lib/api/resources';
import { applyPlan, type ApplyOptions, type ApplyResult } from '@/lib/bulk/apply';
import type { BulkChange, BulkPlan } from '@/lib/bulk/plan';
import { planForIds } from '@/lib/bulk/plan-for-ids';
import { prepareUndo, withoutObjects } from '@/lib/bulk/undo';
import { formDefs } from '@/lib/forms/registry';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';

export type Phase = 'reading' | 'applying' | 'checking' | 'undoing';
export type RunOptions = {
  signal?: AbortSignal;
  onProgress?: (phase: Phase, done: number, total: number) => void;
};

/**
 * Quick changes through the bulk engine, whatever their size: read the objects afresh (so Undo knows what they
 * were and when), one chunked bulk PATCH with split-on-refusal, then refresh every list, detail, status icon and
 * the estate the map and dashboard draw from.
 */
export function useQuickChange(resource: ResourceKey) {
  const { client } = useNautobot();
  const queryClient = useQueryClient();

  const refresh = () => invalidateAfterWrite(queryClient, [resource]);

  const apply = async (
    plan: BulkPlan,
    phase: Phase,
    { signal, onProgress }: RunOptions,
    more?: ApplyOptions,
  ) => {
    try {
      return await applyPlan(client, plan, {
        signal,
        onProgress: ({ done, total }) => onProgress?.(phase, done, total),
        ...more,
      });
    } finally {
      void refresh();
    }
  };

  /** Throws only when the objects cannot be read (or the read is cancelled); Nautobot's refusals are results. */
  const run = async (ids: readonly string[], change: BulkChange, options: RunOptions = {}) => {
    const planned = await planForIds(client, formDefs[resource], ids, change, {
      signal: options.signal,
      onProgress: ({ done, total }) => options.onProgress?.('reading', done, total),
    });
    if (!planned.ok) throw new Error(planned.issues.map((i) => i.message).join(' '));
    return apply(planned.plan, 'applying', options);
  };

  const checkUndo = (result: ApplyResult, options: RunOptions = {}) => {
    options.onProgress?.('checking', 0, 0);
    return prepareUndo(client, result, { signal: options.signal });
  };

  /** Puts back what `result` changed, leaving alone (and naming in `skipped`) objects someone changed since. */
  const undo = async (result: ApplyResult, options: RunOptions = {}) => {
    const prepared = await checkUndo(result, options);
    const skip = prepared.conflicts;
    const plan = withoutObjects(
      prepared.plan,
      skip.map((c) => c.id),
    );
    const undone = await apply(plan, 'undoing', options);
    return { result: undone, skipped: skip.map((c) => c.display) };
  };

  return { run, undo, checkUndo, apply };
}
