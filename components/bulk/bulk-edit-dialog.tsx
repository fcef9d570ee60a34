'use client';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { applyPlan, retryPlan, type ApplyResult } from '@/lib/bulk/apply';
import { bulkFields } from '@/lib/bulk/bulk-fields';
import { planCounts, validateChange, type BulkPlan } from '@/lib/bulk/plan';
import { planForIds } from '@/lib/bulk/plan-for-ids';
import { prepareUndo, withoutObjects, type PreparedUndo } from '@/lib/bulk/undo';
import { formDefs, type FormValues } from '@/lib/forms/registry';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';
import { buildChange, mergeResults, type FieldOp, type ListEdit } from './bulk-change';
import { BulkEditFields } from './bulk-edit-fields';
import { BulkPlanPreview } from './bulk-plan-preview';
import { BulkResults } from './bulk-results';
import { UndoConflicts } from './undo-conflicts';

type Stage =
  | { kind: 'edit' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'preview'; plan: BulkPlan }
  | { kind: 'results'; result: ApplyResult; undone: boolean }
  | { kind: 'conflicts'; result: ApplyResult; undo: PreparedUndo };

type Props = { resource: ResourceKey; ids: ReadonlySet<string>; open: boolean; onClose: () => void };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Bulk edit of the selected objects: choose what to do per field, preview each object's before → after, apply
 * with progress, then retry what failed or undo. The selection is only ids; the plan reads the objects afresh
 * (with their certificate profiles and `last_updated`), so the preview and Undo's conflict check see what
 * Nautobot holds now rather than a page read minutes ago.
 */
export function BulkEditDialog({ resource, ids, open, onClose }: Props) {
  const def = formDefs[resource];
  const fields = useMemo(() => bulkFields(def), [def]);
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const form = useForm<FormValues>({ defaultValues: def.empty() });
  const [ops, setOps] = useState<Record<string, FieldOp>>({});
  const [lists, setLists] = useState<Record<string, ListEdit>>({});
  const [listErrors, setListErrors] = useState<Record<string, string>>({});
  const [stage, setStage] = useState<Stage>({ kind: 'edit' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const plural = resources[resource].plural.toLowerCase();

  const busy = (label: string, total: number) => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setStage({ kind: 'busy', label, done: 0, total });
    return {
      signal: controller.signal,
      onProgress: ({ done, total: all }: { done: number; total: number }) =>
        setStage({ kind: 'busy', label, done, total: all }),
    };
  };
  // Certificate profiles added or removed in bulk change the assignments' lists as well.
  const refresh = () =>
    invalidateAfterWrite(queryClient, [
      resource,
      'virtual-server-certificate-profile-assignments',
      'load-balancer-pool-member-certificate-profile-assignments',
    ]);

  const preview = async () => {
    form.clearErrors();
    setListErrors({});
    const change = buildChange(ops, form.getValues(), lists);
    if (Object.keys(change).length === 0) {
      setError('Choose at least one field to set, clear, add to or remove from.');
      return;
    }
    // Checked before anything is read, so the inputs stay on screen to show their messages.
    const issues = validateChange(def, change);
    if (issues.length) {
      const byList: Record<string, string> = {};
      for (const i of issues) {
        if (ops[i.field] === 'add-remove') byList[i.field] = i.message;
        else form.setError(i.field, { message: i.message });
      }
      setListErrors(byList);
      return;
    }
    try {
      const run = busy('Reading the selected objects', ids.size);
      const result = await planForIds(client, def, [...ids], change, run);
      // validateChange has passed; planForIds checks the same again.
      setStage(result.ok ? { kind: 'preview', plan: result.plan } : { kind: 'edit' });
    } catch (e) {
      setStage({ kind: 'edit' });
      if (!abort.current?.signal.aborted) setError(message(e));
    }
  };

  const apply = async (plan: BulkPlan, label: string, then: (r: ApplyResult) => Stage) => {
    const run = busy(label, planCounts(plan).change);
    try {
      const result = await applyPlan(client, plan, run);
      setStage(then(result));
    } catch (e) {
      setStage({ kind: 'edit' });
      setError(message(e));
    } finally {
      void refresh();
    }
  };

  const undo = async (result: ApplyResult) => {
    try {
      const run = busy('Checking for changes made since', 0);
      const prepared = await prepareUndo(client, result, { signal: run.signal });
      if (prepared.conflicts.length) setStage({ kind: 'conflicts', result, undo: prepared });
      else await apply(prepared.plan, 'Undoing', (r) => ({ kind: 'results', result: r, undone: true }));
    } catch (e) {
      setStage({ kind: 'results', result, undone: false });
      if (!abort.current?.signal.aborted) setError(message(e));
    }
  };

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  let body;
  let actions;
  switch (stage.kind) {
    case 'edit':
      body = (
        <BulkEditFields
          fields={fields}
          control={form.control}
          ops={ops}
          onOp={(name, op) => setOps((o) => ({ ...o, [name]: op }))}
          lists={lists}
          onList={(name, edit) => setLists((l) => ({ ...l, [name]: edit }))}
          listErrors={listErrors}
        />
      );
      actions = (
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="contained" onClick={() => void preview()}>
            Preview
          </Button>
        </>
      );
      break;
    case 'busy': {
      const value = stage.total ? (100 * stage.done) / stage.total : 0;
      body = (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography>
            {stage.label}…{' '}
            {stage.total ? `${stage.done.toLocaleString()} of ${stage.total.toLocaleString()}` : ''}
          </Typography>
          <LinearProgress
            variant={stage.total ? 'determinate' : 'indeterminate'}
            value={value}
            aria-label={stage.label}
          />
        </Box>
      );
      actions = <Button onClick={() => abort.current?.abort()}>Cancel</Button>;
      break;
    }
    case 'preview': {
      const { plan } = stage;
      body = <BulkPlanPreview plan={plan} />;
      actions = (
        <>
          <Button onClick={() => setStage({ kind: 'edit' })}>Back</Button>
          <Button
            variant="contained"
            disabled={planCounts(plan).change === 0}
            onClick={() =>
              void apply(plan, 'Applying', (r) => ({ kind: 'results', result: r, undone: false }))
            }
          >
            Apply
          </Button>
        </>
      );
      break;
    }
    case 'results': {
      const { result, undone } = stage;
      // What failed is retried apart from what a cancel left unsent, so neither button says more than it does.
      const failed = retryPlan(result, { failedOnly: true });
      const rest = withoutObjects(
        retryPlan(result),
        failed.objects.map((o) => o.id),
      );
      const again = (plan: BulkPlan, label: string) =>
        void apply(plan, label, (r) => ({ kind: 'results', result: mergeResults(result, r), undone }));
      const done = result.counts.applied + result.counts.partial;
      body = <BulkResults result={result} title={undone ? 'Undo' : 'Bulk edit'} />;
      actions = (
        <>
          {failed.objects.length > 0 && (
            <Button onClick={() => again(failed, 'Retrying')}>Retry failed</Button>
          )}
          {rest.objects.length > 0 && (
            <Button onClick={() => again(rest, 'Applying')}>
              Apply the {rest.objects.length.toLocaleString()} not attempted
            </Button>
          )}
          {!undone && done > 0 && <Button onClick={() => void undo(result)}>Undo</Button>}
          <Button variant="contained" onClick={close}>
            Close
          </Button>
        </>
      );
      break;
    }
    case 'conflicts': {
      const { result, undo: prepared } = stage;
      const toResults = (r: ApplyResult): Stage => ({ kind: 'results', result: r, undone: true });
      body = <UndoConflicts conflicts={prepared.conflicts} />;
      actions = (
        <>
          <Button onClick={() => setStage({ kind: 'results', result, undone: false })}>Back</Button>
          <Button
            onClick={() =>
              void apply(
                withoutObjects(
                  prepared.plan,
                  prepared.conflicts.map((c) => c.id),
                ),
                'Undoing',
                toResults,
              )
            }
          >
            Skip these
          </Button>
          <Button variant="contained" onClick={() => void apply(prepared.plan, 'Undoing', toResults)}>
            Overwrite
          </Button>
        </>
      );
      break;
    }
  }

  return (
    <Dialog open={open} onClose={stage.kind === 'busy' ? undefined : close} fullWidth maxWidth="md">
      <DialogTitle>
        Bulk edit {ids.size.toLocaleString()} {plural}
      </DialogTitle>
      <DialogContent dividers>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {body}
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
