'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

export type TaskProgressState = {
  label: string;
  done: number;
  total: number;
  unit?: string;
  /** Shown instead of "done of total unit" when the bar measures something else (bytes read) than it says. */
  note?: string;
};

/** A long task's progress bar with its count, and the Cancel that stops it. */
export function TaskProgress({
  label,
  done,
  total,
  unit = '',
  note,
  onCancel,
}: TaskProgressState & { onCancel: () => void }) {
  const known = total > 0;
  const count =
    note ?? (known ? `${done.toLocaleString()} of ${total.toLocaleString()}${unit ? ` ${unit}` : ''}` : '');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        {/* Only the step is announced: a count changing several times a second would drown a screen reader. */}
        <Typography role="status" sx={{ flex: 1 }}>
          {label}…
        </Typography>
        <Typography variant="body2" color="text.secondary" aria-hidden>
          {count}
        </Typography>
        <Button onClick={onCancel}>Cancel</Button>
      </Box>
      <LinearProgress
        variant={known ? 'determinate' : 'indeterminate'}
        value={known ? Math.min(100, (100 * done) / total) : undefined}
        aria-label={label}
        aria-valuetext={count || undefined}
      />
    </Box>
  );
}
