'use client';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ApplyResult, Outcome } from '@/lib/bulk/apply';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  applied: 'Applied',
  partial: 'Partly applied',
  unchanged: 'Unchanged',
  failed: 'Failed',
  'not-attempted': 'Not attempted',
};

/** Per object what happened, with Nautobot's reason for each failure. */
export function BulkResults({ result, title }: { result: ApplyResult; title: string }) {
  const c = result.counts;
  const summary = (Object.keys(OUTCOME_LABELS) as Outcome[])
    .filter((o) => c[o] > 0 || o === 'applied' || o === 'failed')
    .map((o) => `${c[o].toLocaleString()} ${OUTCOME_LABELS[o].toLowerCase()}`)
    .join(' · ');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography role="status">
        {title}: {summary}
        {result.cancelled ? ' (cancelled)' : ''}
      </Typography>
      <ScrollRegion label={`${title} results, scrollable`} maxHeight={360}>
        <Table size="small" stickyHeader aria-label={`${title} results`}>
          <TableHead>
            <TableRow>
              <TableCell>Object</TableCell>
              <TableCell>Result</TableCell>
              <TableCell>Reason</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.objects.map((o) => (
              <TableRow key={o.id}>
                <TableCell component="th" scope="row">
                  {o.display}
                </TableCell>
                <TableCell>{OUTCOME_LABELS[o.outcome]}</TableCell>
                <TableCell>{o.reason ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </Box>
  );
}
