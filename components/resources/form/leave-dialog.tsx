'use client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type Props = { open: boolean; onStay: () => void; onLeave: () => void; onDiscard: () => void };

export function LeaveDialog({ open, onStay, onLeave, onDiscard }: Props) {
  return (
    <Dialog open={open} onClose={onStay} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">Leave with unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Your changes are not saved in Nautobot. If you leave, they are kept as a draft in this tab and come
          back when you open this form again.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onStay} autoFocus>
          Stay
        </Button>
        <Button onClick={onDiscard} color="error">
          Discard changes
        </Button>
        <Button onClick={onLeave} variant="contained">
          Leave, keep draft
        </Button>
      </DialogActions>
    </Dialog>
  );
}
