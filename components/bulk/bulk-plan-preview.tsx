'use client';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { planCounts, type BulkPlan, type PlanStatus } from '@/lib/bulk/plan';
import { ScrollRegion } from '@/components/ui/scroll-region';

const STATUS: Record<PlanStatus, string> = {
  change: 'Will change',
  unchanged: 'Unchanged',
  invalid: 'Invalid',
  missing: 'Not found',
};

/** "3 will change · 1 unchanged · 0 invalid", in words a screen reader reads as one line. */
export function planSummary(plan: BulkPlan): string {
  const c = planCounts(plan);
  return [
    `${c.change.toLocaleString()} will change`,
    `${c.unchanged.toLocaleString()} unchanged`,
    `${c.invalid.toLocaleString()} invalid`,
    ...(c.missing ? [`${c.missing.toLocaleString()} not found`] : []),
  ].join(' · ');
}

/** Each object's planned change, field by field, before → after; unchanged objects only counted. */
export function BulkPlanPreview({ plan }: { plan: BulkPlan }) {
  const shown = plan.objects.filter((o) => o.status !== 'unchanged');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography role="status">{planSummary(plan)}</Typography>
      {shown.length > 0 && (
        <ScrollRegion label="Planned changes, scrollable" maxHeight={360}>
          <Table size="small" stickyHeader aria-label="Planned changes">
            <TableHead>
              <TableRow>
                <TableCell>Object</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Field</TableCell>
                <TableCell>Before → after</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.flatMap((o) => {
                const lines =
                  o.status === 'change'
                    ? o.diffs.map((d) => ({
                        key: d.field,
                        field: d.label,
                        text: `${d.beforeText} → ${d.afterText}`,
                      }))
                    : o.issues.map((i, n) => ({ key: `${i.field}-${n}`, field: i.field, text: i.message }));
                const rows = lines.length ? lines : [{ key: '-', field: '', text: '' }];
                // The object and its status span its lines: an empty row header would name nothing.
                return rows.map((line, n) => (
                  <TableRow key={`${o.id}-${line.key}`}>
                    {n === 0 && (
                      <>
                        <TableCell component="th" scope="row" rowSpan={rows.length}>
                          {o.display}
                        </TableCell>
                        <TableCell rowSpan={rows.length}>{STATUS[o.status]}</TableCell>
                      </>
                    )}
                    <TableCell>{line.field}</TableCell>
                    <TableCell>{line.text}</TableCell>
                  </TableRow>
                ));
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </Box>
  );
}
