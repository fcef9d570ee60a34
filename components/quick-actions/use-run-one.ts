'use client';
import { useState } from 'react';
import type { ResourceKey } from '@/lib/api/resources';
import type { ApplyResult } from '@/lib/bulk/apply';
import type { ResolvedAction } from '@/lib/quick-actions/actions';
import { actionNotice, undoNotice } from '@/lib/quick-actions/summary';
import { useQuickFeedback } from './quick-feedback';
import { useQuickChange } from './use-quick-change';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A quick action on one object (a row, a detail page), reported with an Undo that restores it. */
export function useRunOne(resource: ResourceKey) {
  const { run, undo } = useQuickChange(resource);
  const { notify } = useQuickFeedback();
  const [busy, setBusy] = useState(false);

  const undoing = async (result: ApplyResult) => {
    setBusy(true);
    try {
      const { result: undone, skipped } = await undo(result);
      notify(undoNotice(undone, skipped));
    } catch (e) {
      notify({ severity: 'error', message: `Couldn’t undo: ${message(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const runOne = async (id: string, { action, change }: ResolvedAction) => {
    if (!change) return;
    setBusy(true);
    try {
      const result = await run([id], change);
      const notice = actionNotice(action, result);
      const changed = result.counts.applied + result.counts.partial > 0;
      notify(changed ? { ...notice, action: { label: 'Undo', run: () => void undoing(result) } } : notice);
    } catch (e) {
      notify({ severity: 'error', message: `${action.label} failed: ${message(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return { busy, runOne };
}
