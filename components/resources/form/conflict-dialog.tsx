'use client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { FieldChange } from '@/lib/forms/describe-value';

type Props = {
  open: boolean;
  what: string;
  changes: FieldChange[];
  /** Who and when, from the object's change log, when known. */
  onOverwrite: () => void;
  onReload: () => void;
  onCancel: () => void;
};

/** Someone saved this object in Nautobot after the form loaded it: show what, and let the user decide. */
export function ConflictDialog({ open, what, changes, onOverwrite, onReload, onCancel }: Props) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="conflict-title" maxWidth="md" fullWidth>
      <DialogTitle id="conflict-title">This {what} changed in Nautobot while you were editing</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {changes.length
            ? 'Someone saved these changes after you opened the form:'
            : 'Someone saved it after you opened the form (no field shown here changed, perhaps tags or custom fields).'}
        </DialogContentText>
        {changes.length > 0 && (
          <Table size="small" aria-label="Changes made in Nautobot">
            <TableHead>
              <TableRow>
                <TableCell>Field</TableCell>
                <TableCell>When you opened it</TableCell>
                <TableCell>In Nautobot now</TableCell>
                <TableCell>Yours</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((c) => (
                <TableRow key={c.field.name}>
                  <TableCell component="th" scope="row">
                    {c.field.label}
                  </TableCell>
                  <TableCell>{c.before}</TableCell>
                  <TableCell>{c.theirs}</TableCell>
                  <TableCell sx={c.alsoMine ? { fontWeight: 600 } : undefined}>
                    {c.alsoMine ? c.mine : 'unchanged'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <DialogContentText sx={{ mt: 2 }}>
          Save yours to write the fields you changed over theirs (fields you did not touch keep their values),
          or load their version and start again from it.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Keep editing
        </Button>
        <Button onClick={onReload}>Load their version</Button>
        <Button onClick={onOverwrite} variant="contained" color="warning">
          Save mine over theirs
        </Button>
      </DialogActions>
    </Dialog>
  );
}
