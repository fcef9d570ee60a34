'use client';
import { useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { retryPlan, type ApplyResult } from '@/lib/bulk/apply';
import type { BulkPlan } from '@/lib/bulk/plan';
import { withoutObjects } from '@/lib/bulk/undo';
import {
  hasQuickActions,
  needsConfirmation,
  type QuickAction,
  type ResolvedAction,
} from '@/lib/quick-actions/actions';
import { mergeResults } from '@/components/bulk/bulk-change';
import { QuickActionDialog, type Stage } from './quick-action-dialog';
import { useQuickActions } from './use-quick-actions';
import { useQuickChange, type Phase } from './use-quick-change';

type Props = { resource: ResourceKey; ids: ReadonlySet<string> };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The selection's quick actions (Set Active, Drain, Mark Failed; Enable, Disable) in the selection bar. */
export function SelectionQuickActions(props: Props) {
  if (!hasQuickActions(props.resource)) return null;
  return <SelectionButtons {...props} />;
}

function SelectionButtons({ resource, ids }: Props) {
  const { actions } = useQuickActions(resource, true);
  const { run, apply, checkUndo } = useQuickChange(resource);
  const [stage, setStage] = useState<Stage | null>(null);
  // The selection may change behind the dialog (paging); it works on the ids it started with.
  const [count, setCount] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const plural = resources[resource].plural.toLowerCase();

  const labels: Record<Phase, (action: QuickAction) => string> = {
    reading: () => `Reading the selected ${plural}`,
    applying: (a) => a.label,
    checking: () => 'Checking for changes made since',
    undoing: () => 'Undoing',
  };

  const begin = (action: QuickAction, count: number) => {
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'busy', action, label: labels.reading(action), done: 0, total: count });
    return {
      signal: controller.signal,
      onProgress: (phase: Phase, done: number, total: number) =>
        setStage({ kind: 'busy', action, label: labels[phase](action), done, total }),
    };
  };

  const start = async ({ action, change }: ResolvedAction, targets: string[]) => {
    if (!change) return;
    const options = begin(action, targets.length);
    try {
      const result = await run(targets, change, options);
      setStage({ kind: 'results', action, result, undone: false });
    } catch (e) {
      setStage(abort.current?.signal.aborted ? null : { kind: 'error', action, message: message(e) });
    }
  };

  const applyThen = async (
    action: QuickAction,
    plan: BulkPlan,
    phase: Phase,
    then: (r: ApplyResult) => Stage,
  ) => {
    const options = begin(action, plan.objects.length);
    options.onProgress(phase, 0, plan.objects.length);
    try {
      setStage(then(await apply(plan, phase, options)));
    } catch (e) {
      setStage({ kind: 'error', action, message: message(e) });
    }
  };

  const undo = async (action: QuickAction, result: ApplyResult) => {
    const options = begin(action, 0);
    try {
      const prepared = await checkUndo(result, options);
      if (prepared.conflicts.length) setStage({ kind: 'conflicts', action, result, prepared });
      else await undoPlan(action, prepared.plan);
    } catch (e) {
      setStage({ kind: 'error', action, message: message(e) });
    }
  };
  const undoPlan = (action: QuickAction, plan: BulkPlan) =>
    applyThen(action, plan, 'undoing', (r) => ({ kind: 'results', action, result: r, undone: true }));

  const choose = (resolved: ResolvedAction) => {
    const targets = [...ids];
    setCount(targets.length);
    if (needsConfirmation(resolved.action, targets.length)) {
      setStage({ kind: 'confirm', action: resolved.action, resolved, ids: targets });
    } else void start(resolved, targets);
  };

  return (
    <>
      {actions.map((a) => {
        const button = (
          <Button
            key={a.action.id}
            size="small"
            variant="outlined"
            color={a.action.disruptive ? 'warning' : 'primary'}
            disabled={!a.change}
            onClick={() => choose(a)}
          >
            {a.action.label}
          </Button>
        );
        return a.change ? (
          button
        ) : (
          <Tooltip key={a.action.id} title={a.reason ?? ''}>
            <span>{button}</span>
          </Tooltip>
        );
      })}
      {stage && (
        <QuickActionDialog
          resource={resource}
          stage={stage}
          count={count}
          onConfirm={(s) => void start(s.resolved, s.ids)}
          onCancel={() => abort.current?.abort()}
          onRetry={(s) =>
            void applyThen(s.action, retryPlan(s.result), 'applying', (r) => ({
              ...s,
              result: mergeResults(s.result, r),
            }))
          }
          onUndo={(s) => void undo(s.action, s.result)}
          onSkipConflicts={(s) =>
            void undoPlan(
              s.action,
              withoutObjects(
                s.prepared.plan,
                s.prepared.conflicts.map((c) => c.id),
              ),
            )
          }
          onOverwrite={(s) => void undoPlan(s.action, s.prepared.plan)}
          onBack={(s: { action: QuickAction; result: ApplyResult }) =>
            setStage({ kind: 'results', action: s.action, result: s.result, undone: false })
          }
          onClose={() => {
            abort.current?.abort();
            setStage(null);
          }}
        />
      )}
    </>
  );
}
