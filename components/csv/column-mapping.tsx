'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import NativeSelect from '@mui/material/NativeSelect';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ResourceKey } from '@/lib/api/resources';
import { DELIMITER_NAMES, type FileNotice } from '@/lib/csv/file-checks';
import { importTargets, type MappingReport } from '@/lib/csv/header-map';
import type { CsvDelimiter, ParsedCsv } from '@/lib/csv/parse';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { DelimiterSelect } from './delimiter-select';

const IGNORE = '';

type Props = {
  resource: ResourceKey;
  csv: ParsedCsv;
  fileName: string | null;
  report: MappingReport;
  notices: readonly FileNotice[];
  delimiter: CsvDelimiter | null;
  onDelimiter: (delimiter: CsvDelimiter | null) => void;
  onMap: (header: string, target: string | null) => void;
  onBack: () => void;
  onCheck: () => void;
};

/** Step 2: which field each column of the file fills, matched automatically and changeable. */
export function ColumnMappingStep(props: Props) {
  const { resource, csv, fileName, report, notices, delimiter, onDelimiter, onMap, onBack, onCheck } = props;
  const targets = importTargets(resource);
  const blocked = notices.some((n) => n.blocking);
  const sample = (index: number) => csv.rows.find((r) => (r.cells[index] ?? '').trim())?.cells[index] ?? '';
  // A header repeated in the file maps once; the later copies are shown but cannot be chosen separately.
  const seen = new Set<string>();

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ flex: 1 }}>
          {fileName ?? 'Pasted text'}: {csv.rows.length.toLocaleString()}{' '}
          {csv.rows.length === 1 ? 'row' : 'rows'}, {csv.headers.length}{' '}
          {csv.headers.length === 1 ? 'column' : 'columns'} separated by {DELIMITER_NAMES[csv.delimiter]}.
        </Typography>
        <DelimiterSelect auto value={delimiter} detected={csv.delimiter} onChange={onDelimiter} />
      </Box>
      {notices.length > 0 && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          {notices.map((n, i) => (
            <Alert key={i} severity={n.severity}>
              {n.message}
            </Alert>
          ))}
        </Box>
      )}
      <ScrollRegion label="Column mapping, scrollable" maxHeight={480}>
        <Table size="small" stickyHeader aria-label="Column mapping">
          <TableHead>
            <TableRow>
              <TableCell>Column in the file</TableCell>
              <TableCell>First value</TableCell>
              <TableCell>Imports into</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {csv.headers.map((header, index) => {
              const repeated = seen.has(header);
              seen.add(header);
              const target = repeated ? null : (report.mapping[header] ?? null);
              const name = header || `(column ${index + 1}, no name)`;
              return (
                <TableRow key={index}>
                  <TableCell component="th" scope="row">
                    {name}
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', maxWidth: 280, overflowWrap: 'anywhere' }}>
                    {sample(index)}
                  </TableCell>
                  <TableCell>
                    <NativeSelect
                      value={target ?? IGNORE}
                      disabled={repeated}
                      onChange={(e) => onMap(header, e.target.value === IGNORE ? null : e.target.value)}
                      inputProps={{ 'aria-label': `Field for column ${name}` }}
                    >
                      <option value={IGNORE}>Don’t import</option>
                      {targets.map((t) => (
                        <option key={t.name} value={t.name}>
                          {t.label}
                          {t.required ? ' (required for new objects)' : ''}
                        </option>
                      ))}
                    </NativeSelect>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={onBack}>Back</Button>
        <Button variant="contained" disabled={blocked} onClick={onCheck}>
          Next: check rows
        </Button>
      </Box>
    </Box>
  );
}
