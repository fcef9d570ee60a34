'use client';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { UndoConflict } from '@/lib/bulk/undo';

/** Objects someone changed (or deleted) after our run: undoing them would overwrite their work. */
export function UndoConflicts({ conflicts }: { conflicts: readonly UndoConflict[] }) {
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        {conflicts.length.toLocaleString()} changed since the bulk edit. Skip them, or overwrite their
        changes?
      </Typography>
      <List dense aria-label="Changed since">
        {conflicts.map((c) => (
          <ListItem key={c.id}>
            <ListItemText
              primary={c.display}
              secondary={
                c.kind === 'deleted'
                  ? 'Deleted since'
                  : c.fields.length
                    ? c.fields.map((f) => `${f.label}: ${f.ours} → ${f.theirs}`).join('; ')
                    : 'Changed since (other fields)'
              }
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
