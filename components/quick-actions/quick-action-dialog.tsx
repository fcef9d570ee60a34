'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { retryPlan, type ApplyResult } from '@/lib/bulk/apply';
import type { PreparedUndo } from '@/lib/bulk/undo';
import { confirmationText, type QuickAction, type ResolvedAction } from '@/lib/quick-actions/actions';
import { BulkResults } from '@/components/bulk/bulk-results';
import { UndoConflicts } from '@/components/bulk/undo-conflicts';

type Confirm = { kind: 'confirm'; action: QuickAction; resolved: ResolvedAction; ids: string[] };
type Results = { kind: 'results'; action: QuickAction; result: ApplyResult; undone: boolean };
type Conflicts = { kind: 'conflicts'; action: QuickAction; result: ApplyResult; prepared: PreparedUndo };

export type Stage =
  | Confirm
  | { kind: 'busy'; action: QuickAction; label: string; done: number; total: number }
  | Results
  | Conflicts
  | { kind: 'error'; action: QuickAction; message: string };

type Props = {
  resource: ResourceKey;
  stage: Stage;
  /** Objects the action was started on. */
  count: number;
  onConfirm: (stage: Confirm) => void;
  onCancel: () => void;
  onRetry: (stage: Results) => void;
  onUndo: (stage: Results) => void;
  onSkipConflicts: (stage: Conflicts) => void;
  onOverwrite: (stage: Conflicts) => void;
  onBack: (stage: Conflicts) => void;
  onClose: () => void;
};

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography role="status">
        {label}… {total ? `${done.toLocaleString()} of ${total.toLocaleString()}` : ''}
      </Typography>
      <LinearProgress
        variant={total ? 'determinate' : 'indeterminate'}
        value={total ? (100 * done) / total : 0}
        aria-label={label}
      />
    </Box>
  );
}

/** A selection's quick action: confirmation when it takes traffic away, progress, per-object results, Undo. */
export function QuickActionDialog(props: Props) {
  const { resource, stage, count, onClose } = props;
  const plural = resources[resource].plural;
  let body;
  let actions;
  switch (stage.kind) {
    case 'confirm':
      body = (
        <DialogContentText>{confirmationText(stage.action, stage.ids.length, plural)}</DialogContentText>
      );
      actions = (
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="contained" color="warning" onClick={() => props.onConfirm(stage)}>
            {stage.action.label}
          </Button>
        </>
      );
      break;
    case 'busy':
      body = <Progress label={stage.label} done={stage.done} total={stage.total} />;
      actions = <Button onClick={props.onCancel}>Cancel</Button>;
      break;
    case 'results': {
      const { result, undone } = stage;
      const changed = result.counts.applied + result.counts.partial;
      body = <BulkResults result={result} title={undone ? 'Undo' : stage.action.label} />;
      actions = (
        <>
          {retryPlan(result).objects.length > 0 && (
            <Button onClick={() => props.onRetry(stage)}>Retry failed</Button>
          )}
          {!undone && changed > 0 && <Button onClick={() => props.onUndo(stage)}>Undo</Button>}
          <Button variant="contained" onClick={onClose}>
            Close
          </Button>
        </>
      );
      break;
    }
    case 'conflicts':
      body = <UndoConflicts conflicts={stage.prepared.conflicts} />;
      actions = (
        <>
          <Button onClick={() => props.onBack(stage)}>Back</Button>
          <Button onClick={() => props.onSkipConflicts(stage)}>Skip these</Button>
          <Button variant="contained" onClick={() => props.onOverwrite(stage)}>
            Overwrite
          </Button>
        </>
      );
      break;
    case 'error':
      body = <Alert severity="error">{stage.message}</Alert>;
      actions = (
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      );
      break;
  }
  return (
    <Dialog open onClose={stage.kind === 'busy' ? undefined : onClose} fullWidth maxWidth="md">
      <DialogTitle>
        {stage.action.label}: {count.toLocaleString()} {plural.toLowerCase()}
      </DialogTitle>
      <DialogContent dividers>{body}</DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
