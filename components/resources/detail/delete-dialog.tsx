'use client';
import { useId } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { isNautobotError } from '@/lib/api/errors';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';
import { listHref } from '../paths';
import { DeleteBlockers } from './delete-blockers';
import { parseProtectedObjects } from './protected-objects';
import { flash } from '@/components/feedback/flash';

type Props = { resource: ResourceKey; id: string; name: string; open: boolean; onClose: () => void };

/** Asks before deleting; on success goes to the list, on a refusal explains what blocks it. */
export function DeleteDialog({ resource, id, name, open, onClose }: Props) {
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const router = useRouter();
  const titleId = useId();
  const def = resources[resource];
  const remove = useMutation({
    mutationFn: () => client.remove(resource, id),
    onSuccess: async () => {
      // Marked stale, not refetched now: this page's own detail would come back 404 while it leaves.
      await invalidateAfterWrite(queryClient, [resource], { refetchType: 'none' });
      flash.show(`Deleted ${def.singular.toLowerCase()} ${name}.`);
      router.push(listHref(resource));
    },
  });
  const error = remove.error;
  const blockers =
    isNautobotError(error) && error.kind === 'conflict' ? parseProtectedObjects(error.detail) : null;
  const busy = remove.isPending || remove.isSuccess;

  const close = () => {
    if (busy) return;
    remove.reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        Delete {def.singular.toLowerCase()} {name}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: error ? 2 : 0 }}>
          It is deleted in Nautobot, for everyone. This cannot be undone.
        </DialogContentText>
        {error &&
          (blockers ? (
            <DeleteBlockers resource={resource} id={id} blockers={blockers} />
          ) : (
            <Alert severity="error">{error.message}</Alert>
          ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} autoFocus disabled={busy}>
          Cancel
        </Button>
        <Button onClick={() => remove.mutate()} color="error" variant="contained" loading={busy}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
