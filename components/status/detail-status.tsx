'use client';
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { RowStatusView } from './row-status';
import { usePageStatuses } from './use-page-statuses';

/** A detail page's status line under its heading: the large icon and the reason written out. */
export function DetailStatus({ resource, row }: { resource: string; row: { id: string } }) {
  const rows = useMemo(() => [row], [row]);
  const status = usePageStatuses(resource, rows).of(row.id);
  if (!status) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <RowStatusView status={status} size="large" showReason />
    </Box>
  );
}
