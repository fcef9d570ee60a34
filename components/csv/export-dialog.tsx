'use client';
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import type { Query } from '@/lib/api/transport';
import { exportCsv, type ExportResult } from '@/lib/csv/export';
import { exportFileName } from '@/lib/csv/file-name';
import { useNautobot } from '@/components/providers/nautobot-context';
import { uiFor } from '@/components/resources/ui-registry';
import { DelimiterSelect } from './delimiter-select';
import { downloadText } from './download';
import { readExportFormat, writeExportFormat, type ExportFormat } from './export-options';
import { TaskProgress, type TaskProgressState } from './task-progress';

/** All objects matching the list's filter (`count` as last read, if known), or the selected ones. */
export type ExportScope =
  { kind: 'all'; count: number | undefined } | { kind: 'selected'; ids: readonly string[] };

type Stage =
  | { kind: 'options' }
  | ({ kind: 'busy' } & TaskProgressState)
  | { kind: 'done'; result: ExportResult; fileName: string }
  | { kind: 'failed'; message: string };

type Props = {
  resource: ResourceKey;
  scope: ExportScope;
  q: string | undefined;
  filters: Query;
  sort: string | undefined;
  columns: readonly string[];
  onClose: () => void;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Export to CSV: the format, then progress with Cancel, then what the file holds and anything that went amiss. */
export function ExportDialog({ resource, scope, q, filters, sort, columns, onClose }: Props) {
  const { client } = useNautobot();
  const [format, setFormat] = useState<ExportFormat>(readExportFormat);
  const [stage, setStage] = useState<Stage>({ kind: 'options' });
  const abort = useRef<AbortController | null>(null);
  const what = resources[resource].plural.toLowerCase();
  const shownColumns: readonly { id: string; label: string }[] = uiFor(resource).columns;
  const labels = new Map(shownColumns.map((c) => [c.id, c.label]));
  const title =
    scope.kind === 'all'
      ? `Export ${scope.count === undefined ? 'all matching' : `all ${scope.count.toLocaleString()} matching`} ${what}`
      : `Export ${plural(scope.ids.length, `selected ${resources[resource].singular.toLowerCase()}`, `selected ${what}`)}`;

  const changeFormat = (next: Partial<ExportFormat>) => {
    const merged = { ...format, ...next };
    setFormat(merged);
    writeExportFormat(merged);
  };

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const label = `Reading ${what} from Nautobot`;
    setStage({
      kind: 'busy',
      label,
      done: 0,
      total: scope.kind === 'all' ? (scope.count ?? 0) : scope.ids.length,
    });
    try {
      const result = await exportCsv(client, {
        resource,
        columns,
        ...(scope.kind === 'all' ? { filters, q, sort } : { ids: scope.ids }),
        delimiter: format.delimiter,
        bom: format.bom,
        signal: controller.signal,
        onProgress: ({ done, total }) => setStage({ kind: 'busy', label, done, total, unit: what }),
      });
      const fileName = exportFileName(resource);
      downloadText(fileName, result.csv);
      setStage({ kind: 'done', result, fileName });
    } catch (e) {
      setStage(
        controller.signal.aborted
          ? { kind: 'failed', message: 'Export cancelled: nothing was downloaded.' }
          : {
              kind: 'failed',
              message: `The export failed, nothing was downloaded: ${e instanceof Error ? e.message : String(e)}`,
            },
      );
    }
  };

  let body;
  let actions;
  switch (stage.kind) {
    case 'options':
    case 'failed':
      body = (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          {stage.kind === 'failed' && <Alert severity="error">{stage.message}</Alert>}
          <Typography variant="body2">
            The file has an <code>id</code> column first, then the{' '}
            {plural(columns.length, 'column', 'columns')} shown in the list, in their order. References are
            written by name (IP addresses with their namespace, pools with their id), so the file can be
            edited and imported back as updates.
          </Typography>
          <DelimiterSelect value={format.delimiter} onChange={(delimiter) => changeFormat({ delimiter })} />
          <FormControlLabel
            control={
              <Checkbox checked={format.bom} onChange={(e) => changeFormat({ bom: e.target.checked })} />
            }
            label="Add a byte order mark, so Excel reads accented names right"
          />
        </Box>
      );
      actions = (
        <>
          <Button onClick={onClose}>Close</Button>
          <Button variant="contained" onClick={() => void run()}>
            Export
          </Button>
        </>
      );
      break;
    case 'busy':
      body = <TaskProgress {...stage} onCancel={() => abort.current?.abort()} />;
      actions = null;
      break;
    case 'done': {
      const { result, fileName } = stage;
      const skipped = result.skippedColumns.map((k) => `“${labels.get(k) ?? k}”`);
      body = (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Alert severity="success" role="status">
            Downloaded {fileName}: {plural(result.rows, 'row', 'rows')}.
          </Alert>
          {result.countChanged && <Alert severity="warning">{result.countChanged.message}</Alert>}
          {result.missingIds.length > 0 && (
            <Alert severity="warning">
              {plural(result.missingIds.length, 'selected object was', 'selected objects were')} not found in
              Nautobot (deleted since, or not visible to you) and{' '}
              {result.missingIds.length === 1 ? 'is' : 'are'} not in the file: {result.missingIds.join(', ')}
            </Alert>
          )}
          {skipped.length > 0 && (
            <Alert severity="info">
              Not in the file: {skipped.join(', ')} — {skipped.length === 1 ? 'it is' : 'they are'} worked out
              by this console, not fields of the object.
            </Alert>
          )}
        </Box>
      );
      actions = (
        <>
          <Button onClick={() => downloadText(fileName, result.csv)}>Download again</Button>
          <Button variant="contained" onClick={onClose}>
            Close
          </Button>
        </>
      );
      break;
    }
  }

  return (
    <Dialog open onClose={stage.kind === 'busy' ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>{body}</DialogContent>
      {actions && <DialogActions>{actions}</DialogActions>}
    </Dialog>
  );
}
