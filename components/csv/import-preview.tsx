'use client';
import { useId, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { CellError, ImportPlan, PlannedRow } from '@/lib/csv/import-types';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useRowPages } from './row-pages';

const ACTIONS = {
  create: { label: 'Create', color: 'primary' },
  update: { label: 'Update', color: 'info' },
  unchanged: { label: 'Unchanged', color: 'default' },
  error: { label: 'Error', color: 'error' },
} as const;

const badgeOf = (row: PlannedRow) => ACTIONS[row.errors.length ? 'error' : row.action];
const describe = (e: CellError) => e.message;

/** The counts line of a plan: what an import of it would do. */
export function planSummary(plan: ImportPlan): string {
  const c = plan.counts;
  const rows = plan.rows.length;
  return `${rows.toLocaleString()} ${rows === 1 ? 'row' : 'rows'}: ${c.create.toLocaleString()} to create · ${c.update.toLocaleString()} to update · ${c.unchanged.toLocaleString()} unchanged · ${c.invalid.toLocaleString()} with errors`;
}

/**
 * Step 3: every row as the file has it, with what the import would do to it and each error on the cell that
 * causes it (marked invalid and described by the message, so a screen reader reads both). Paged.
 */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const baseId = useId();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const indexed = useMemo(() => plan.rows.map((row, index) => ({ row, index })), [plan]);
  const shown = useMemo(
    () => (onlyErrors ? indexed.filter((x) => x.row.errors.length > 0) : indexed),
    [indexed, onlyErrors],
  );
  const pages = useRowPages(shown);
  // A header written twice is read from its first column only: that is where its errors belong.
  const firstIndex = useMemo(() => {
    const first = new Map<string, number>();
    plan.headers.forEach((h, i) => {
      if (!first.has(h)) first.set(h, i);
    });
    return first;
  }, [plan.headers]);
  const onColumn = (e: CellError) => e.column !== null && firstIndex.has(e.column);
  const mapped = (header: string) => plan.mapping.mapping[header] != null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography role="status" sx={{ fontWeight: 500 }}>
        {planSummary(plan)}
      </Typography>
      {plan.counts.invalid > 0 && (
        <Alert severity="warning">
          Rows with errors are not imported. Fix them in the file and check again, or import the others now
          and then download the rows with errors, fix them and import them on their own.
        </Alert>
      )}
      <FormControlLabel
        control={
          <Switch
            checked={onlyErrors}
            onChange={(e) => {
              setOnlyErrors(e.target.checked);
              pages.reset();
            }}
          />
        }
        label={`Only rows with errors (${plan.counts.invalid.toLocaleString()})`}
      />
      <ScrollRegion label="Rows to import, scrollable" maxHeight={560}>
        <Table size="small" stickyHeader aria-label="Rows to import">
          <TableHead>
            <TableRow>
              <TableCell>Line</TableCell>
              <TableCell>Action</TableCell>
              {plan.headers.map((h, i) => (
                <TableCell key={i} sx={mapped(h) ? undefined : { color: 'text.disabled' }}>
                  {h}
                  {mapped(h) ? '' : ' (not imported)'}
                </TableCell>
              ))}
              <TableCell>Row problems</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pages.rows.map(({ row, index }) => {
              const badge = badgeOf(row);
              const rowLevel = [...row.errors, ...row.warnings].filter((e) => !onColumn(e));
              return (
                <TableRow key={index}>
                  <TableCell component="th" scope="row">
                    {row.line}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={badge.label} color={badge.color} variant="outlined" />
                  </TableCell>
                  {plan.headers.map((header, h) => {
                    const own = firstIndex.get(header) === h;
                    const errors = own ? row.errors.filter((e) => e.column === header) : [];
                    const warnings = own ? row.warnings.filter((e) => e.column === header) : [];
                    const messageId = `${baseId}-${index}-${h}`;
                    const notes = [...errors, ...warnings];
                    return (
                      <TableCell
                        key={h}
                        aria-invalid={errors.length ? true : undefined}
                        aria-describedby={notes.length ? messageId : undefined}
                        sx={{
                          verticalAlign: 'top',
                          maxWidth: 280,
                          overflowWrap: 'anywhere',
                          bgcolor: (t) =>
                            errors.length
                              ? alpha(t.palette.error.main, 0.1)
                              : warnings.length
                                ? alpha(t.palette.warning.main, 0.12)
                                : undefined,
                        }}
                      >
                        {row.cells[h] ?? ''}
                        {notes.length > 0 && (
                          <Typography
                            id={messageId}
                            variant="caption"
                            component="div"
                            sx={{ fontWeight: 500, color: errors.length ? 'error.dark' : 'text.primary' }}
                          >
                            {notes.map(describe).join(' ')}
                          </Typography>
                        )}
                      </TableCell>
                    );
                  })}
                  <TableCell
                    sx={{ verticalAlign: 'top', color: row.errors.length ? 'error.dark' : undefined }}
                  >
                    {rowLevel.map(describe).join(' ')}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollRegion>
      {pages.pagination}
    </Box>
  );
}
