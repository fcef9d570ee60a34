'use client';
import { useMemo, useState } from 'react';
import NextLink from 'next/link';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import type { ImportResult, RowOutcome } from '@/lib/csv/import-run';
import { detailHref } from '@/components/resources/paths';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useRowPages } from './row-pages';

export const OUTCOME_LABELS: Record<RowOutcome, string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  invalid: 'Not imported: errors in the file',
  rejected: 'Refused by Nautobot',
  unknown: 'Unknown: check in Nautobot',
  'not-sent': 'Not sent',
};

const DONE: ReadonlySet<RowOutcome> = new Set(['created', 'updated', 'unchanged']);

/** How many rows still need importing: everything not created, updated or unchanged. */
export const notDone = (result: ImportResult) => result.rows.filter((r) => !DONE.has(r.outcome)).length;

export function resultSummary(result: ImportResult): string {
  const c = result.counts;
  const parts = [
    `${c.created.toLocaleString()} created`,
    `${c.updated.toLocaleString()} updated`,
    `${c.unchanged.toLocaleString()} unchanged`,
  ];
  const left = notDone(result);
  if (left) parts.push(`${left.toLocaleString()} not imported`);
  return parts.join(' · ');
}

/** Step 4: what became of every row, and why for those that did not make it. Paged like the preview. */
export function ImportResults({ resource, result }: { resource: ResourceKey; result: ImportResult }) {
  const what = resources[resource].singular.toLowerCase();
  const left = notDone(result);
  const [onlyLeft, setOnlyLeft] = useState(left > 0);
  const shown = useMemo(
    () => (onlyLeft ? result.rows.filter((r) => !DONE.has(r.outcome)) : result.rows),
    [result, onlyLeft],
  );
  const pages = useRowPages(shown);
  const c = result.counts;
  const breakdown = (['invalid', 'rejected', 'unknown', 'not-sent'] as const)
    .filter((o) => c[o] > 0)
    .map((o) => `${c[o].toLocaleString()} ${OUTCOME_LABELS[o].toLowerCase()}`)
    .join(', ');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography role="status" sx={{ fontWeight: 500 }}>
        Import finished: {resultSummary(result)}
        {result.stopped ? ` (stopped: ${result.stopped})` : ''}
      </Typography>
      {left > 0 && (
        <Alert severity={c.unknown > 0 ? 'error' : 'warning'}>
          {left.toLocaleString()} {left === 1 ? 'row was' : 'rows were'} not imported ({breakdown}). Download
          them with the reason on each, fix them and import that file
          {c.unknown > 0
            ? '; rows marked “unknown” were in a request that did not come back, so check in Nautobot whether they were saved first'
            : ''}
          .
        </Alert>
      )}
      <FormControlLabel
        control={
          <Switch
            checked={onlyLeft}
            onChange={(e) => {
              setOnlyLeft(e.target.checked);
              pages.reset();
            }}
          />
        }
        label={`Only rows not imported (${left.toLocaleString()})`}
      />
      <ScrollRegion label="Import results, scrollable" maxHeight={560}>
        <Table size="small" stickyHeader aria-label="Import results">
          <TableHead>
            <TableRow>
              <TableCell>Line</TableCell>
              <TableCell>Result</TableCell>
              <TableCell>Object</TableCell>
              <TableCell>Reason</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pages.rows.map((r) => (
              <TableRow key={r.line}>
                <TableCell component="th" scope="row">
                  {r.line}
                </TableCell>
                <TableCell sx={{ color: DONE.has(r.outcome) ? undefined : 'error.dark' }}>
                  {OUTCOME_LABELS[r.outcome]}
                </TableCell>
                <TableCell>
                  {r.id && DONE.has(r.outcome) && (
                    <Link
                      component={NextLink}
                      href={detailHref(resource, r.id)}
                      aria-label={`Open the ${what} of line ${r.line}`}
                    >
                      Open
                    </Link>
                  )}
                </TableCell>
                <TableCell>
                  {r.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join(' ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {pages.pagination}
    </Box>
  );
}
