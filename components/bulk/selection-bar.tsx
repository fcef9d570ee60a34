'use client';
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Selection } from './use-selection';

type Props = {
  selection: Selection;
  /** Objects matching the list's search and filters, as Nautobot last counted them. */
  matching: number | undefined;
  filtered: boolean;
  /** Buttons that act on the selection (Bulk edit). */
  actions?: ReactNode;
};

const n = (count: number) => count.toLocaleString();

/** What is selected, and the ways to select more or none; shown only while there is something to say. */
export function SelectionBar({ selection, matching, filtered, actions }: Props) {
  const { ids, progress, error } = selection;
  if (progress) {
    const value = progress.total ? (100 * progress.fetched) / progress.total : 0;
    return (
      <Box role="status" sx={{ px: 1.5, py: 1, display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2">
          Selecting {n(progress.fetched)}
          {progress.total ? ` of ${n(progress.total)}` : ''}…
        </Typography>
        <LinearProgress
          variant={progress.total ? 'determinate' : 'indeterminate'}
          value={value}
          aria-label="Selecting matching objects"
          sx={{ flex: 1, maxWidth: 320 }}
        />
        <Button size="small" onClick={selection.cancelMatching}>
          Cancel
        </Button>
      </Box>
    );
  }
  if (error) {
    return (
      <Alert severity="error" onClose={selection.clear} sx={{ mx: 1.5 }}>
        Couldn’t select every matching object: {error}
      </Alert>
    );
  }
  if (ids.size === 0) {
    return selection.resetByFilter ? (
      <Typography role="status" variant="body2" sx={{ px: 1.5, color: 'text.secondary' }}>
        Selection cleared: the search or filters changed.
      </Typography>
    ) : null;
  }
  const more = matching !== undefined && !selection.allMatching && matching > ids.size;
  return (
    <Box
      role="region"
      aria-label="Selection"
      sx={{ px: 1.5, py: 0.5, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {n(ids.size)} selected
      </Typography>
      {more && (
        <>
          <span aria-hidden>·</span>
          <Button size="small" onClick={() => void selection.selectAllMatching()}>
            {`Select all ${n(matching)}${filtered ? ' matching this filter' : ''}`}
          </Button>
        </>
      )}
      <span aria-hidden>·</span>
      <Button size="small" onClick={selection.clear}>
        Clear
      </Button>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        Kept across pages; cleared when the search or filters change.
      </Typography>
      <Box sx={{ flex: 1 }} />
      {actions}
    </Box>
  );
}
