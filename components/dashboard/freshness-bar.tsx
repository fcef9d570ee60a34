'use client';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { clockTime } from './clock-time';
import type { Freshness } from './use-dashboard-refresh';

/** "Updated 14:03:09", and while Nautobot is not answering, a banner saying how old the figures are. */
export function UpdatedAt({ freshness }: { freshness: Freshness }) {
  if (freshness.updatedAt === null) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="p">
      Updated {clockTime(freshness.updatedAt)}
    </Typography>
  );
}

export function StaleBanner({ freshness }: { freshness: Freshness }) {
  // Always in the page, so that assistive technology announces the message when it appears.
  return (
    <div role="status">
      {freshness.unreachable && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {freshness.updatedAt === null
            ? 'Nautobot is not answering. Retrying…'
            : `Nautobot is not answering; showing data from ${clockTime(freshness.updatedAt)}. Retrying…`}
        </Alert>
      )}
    </div>
  );
}
