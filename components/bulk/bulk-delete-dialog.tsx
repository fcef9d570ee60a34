'use client';
import { useId, useRef, useState } from 'react';
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
import type { ResourceKey } from '@/lib/api/resources';
import { bulkDelete, mergeDeleteResults, type DeleteResult } from '@/lib/bulk/bulk-delete';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';
import { BulkDeletePreview, confirms, countOf } from './bulk-delete-preview';
import { BulkDeleteResults } from './bulk-delete-results';

type Stage =
  | { kind: 'confirm' }
  | { kind: 'busy'; done: number; total: number }
  | { kind: 'results'; result: DeleteResult };

type Props = {
  resource: ResourceKey;
  ids: ReadonlySet<string>;
  open: boolean;
  onClose: () => void;
  /** Ids Nautobot no longer has, after each run: to leave the selection. */
  onDeleted?: (ids: string[]) => void;
};

const TITLES: Record<Stage['kind'], (what: string) => string> = {
  confirm: (what) => `Delete ${what}?`,
  busy: (what) => `Deleting ${what}`,
  results: (what) => `Bulk delete: ${what}`,
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Bulk delete of the selected objects: the list of what goes, a confirmation as weighty as the count, progress
 * that can be stopped between batches, then what was deleted, what Nautobot protects (with the objects that use
 * each) and what failed, with a retry.
 */
export function BulkDeleteDialog({ resource, ids, open, onClose, onDeleted }: Props) {
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [all] = useState(() => [...ids]);
  const [typed, setTyped] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'confirm' });
  const [error, setError] = useState<string | null>(null);
  const [stopping, setStopping] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (targets: readonly string[], merge: (r: DeleteResult) => DeleteResult) => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setStopping(false);
    setStage({ kind: 'busy', done: 0, total: targets.length });
    try {
      const result = await bulkDelete(client, resource, targets, {
        signal: controller.signal,
        onProgress: ({ done, total }) => setStage({ kind: 'busy', done, total }),
      });
      setStage({ kind: 'results', result: merge(result) });
      const gone = result.objects.filter((o) => o.outcome === 'deleted').map((o) => o.id);
      if (gone.length) onDeleted?.(gone);
    } catch (e) {
      setError(message(e));
      setStage({ kind: 'confirm' });
    } finally {
      // Deleting cascades to certificate-profile assignments, and changes the map's and dashboard's figures.
      void invalidateAfterWrite(queryClient, [
        resource,
        'virtual-server-certificate-profile-assignments',
        'load-balancer-pool-member-certificate-profile-assignments',
      ]);
    }
  };

  const close = () => {
    if (stage.kind === 'busy') return;
    onClose();
  };

  const what = countOf(resource, all.length);
  let body;
  let actions;
  switch (stage.kind) {
    case 'confirm':
      body = <BulkDeletePreview resource={resource} ids={all} typed={typed} onTyped={setTyped} />;
      actions = (
        <>
          <Button onClick={close} autoFocus>
            Cancel
          </Button>
          <Button
            color="error"
            variant="contained"
            disabled={!confirms(typed, all.length)}
            onClick={() => void run(all, (r) => r)}
          >
            Delete {what}
          </Button>
        </>
      );
      break;
    case 'busy': {
      const label = `Deleting ${what}`;
      body = (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography role="status">
            {stopping ? 'Stopping after the batch being sent… ' : 'Deleting… '}
            {stage.done.toLocaleString()} of {stage.total.toLocaleString()}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={stage.total ? (100 * stage.done) / stage.total : 0}
            aria-label={label}
          />
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Cancel stops before the next batch; the batch already sent to Nautobot is finished.
          </Typography>
        </Box>
      );
      actions = (
        <Button
          disabled={stopping}
          onClick={() => {
            setStopping(true);
            abort.current?.abort();
          }}
        >
          Cancel
        </Button>
      );
      break;
    }
    case 'results': {
      const { result } = stage;
      const idsOf = (outcome: 'failed' | 'not-attempted') =>
        result.objects.filter((o) => o.outcome === outcome).map((o) => o.id);
      const failed = idsOf('failed');
      const rest = idsOf('not-attempted');
      const again = (targets: string[]) => void run(targets, (r) => mergeDeleteResults(result, r));
      body = <BulkDeleteResults resource={resource} result={result} />;
      actions = (
        <>
          {failed.length > 0 && <Button onClick={() => again(failed)}>Retry {failed.length} failed</Button>}
          {rest.length > 0 && (
            <Button color="error" onClick={() => again(rest)}>
              Delete the {rest.length} not attempted
            </Button>
          )}
          <Button variant="contained" onClick={close}>
            Close
          </Button>
        </>
      );
      break;
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {TITLES[stage.kind](what)}
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
