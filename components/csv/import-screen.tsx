'use client';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import NextLink from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { checkFile } from '@/lib/csv/file-checks';
import { rejectedFileName } from '@/lib/csv/file-name';
import { mapHeaders, type ColumnMapping } from '@/lib/csv/header-map';
import { planImport, type PlanPhase } from '@/lib/csv/import-plan';
import { runImport, type ImportResult } from '@/lib/csv/import-run';
import type { ImportPlan } from '@/lib/csv/import-types';
import { CsvParseError, parseCsv, type CsvDelimiter, type ParsedCsv } from '@/lib/csv/parse';
import { rejectedRowsCsv } from '@/lib/csv/rejected';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';
import { listHref } from '@/components/resources/paths';
import { ColumnMappingStep } from './column-mapping';
import { downloadText } from './download';
import { clearImportDraft, readImportDraft, writeImportDraft, type ImportDraft } from './import-draft';
import { ImportPreview } from './import-preview';
import { ImportResults, notDone } from './import-results';
import { ImportSourceStep, type ImportSource } from './import-source';
import { TaskProgress, type TaskProgressState } from './task-progress';

const STEPS = ['Choose a file or paste', 'Map columns', 'Check rows', 'Import'] as const;

type Stage =
  | { kind: 'source' }
  | ({ kind: 'busy'; step: number } & TaskProgressState)
  | { kind: 'mapping' }
  | { kind: 'preview'; plan: ImportPlan }
  | { kind: 'results'; plan: ImportPlan; result: ImportResult };

const PHASES: Record<PlanPhase, string> = {
  objects: 'Reading the objects to update',
  references: 'Looking up references',
  validation: 'Checking rows',
  duplicates: 'Checking for duplicates',
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

function restoredNote(draft: ImportDraft | null): { severity: 'info' | 'warning'; text: string } | null {
  if (!draft) return null;
  const what = draft.name ? `“${draft.name}”` : 'The pasted text';
  if (draft.text === null)
    return {
      severity: 'warning',
      text: `${what} (${megabytes(draft.chars)}) was too large to keep across a reload: choose it again. Your column choices were kept.`,
    };
  return {
    severity: 'info',
    text: `${what} and your column choices were kept from before the page was reloaded.`,
  };
}

const noSubscribe = () => () => {};

/**
 * Import of a CSV file into one model: choose or paste, map columns, check every row (the form's rules, references,
 * duplicates) before anything is sent, import valid rows in chunks, then per-row results and the rejected rows as
 * a CSV to fix. Rendered in the browser only, because what was loaded is restored from sessionStorage at once.
 */
export function ImportScreen({ resource }: { resource: ResourceKey }) {
  const inBrowser = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  return inBrowser ? <ImportWizard resource={resource} /> : <Skeleton variant="rounded" height={320} />;
}

function ImportWizard({ resource }: { resource: ResourceKey }) {
  const { plural, singular } = resources[resource];
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const [restored] = useState(() => readImportDraft(resource));
  const [source, setSource] = useState<ImportSource | null>(() =>
    restored?.text != null ? { name: restored.name, text: restored.text } : null,
  );
  const [delimiter, setDelimiter] = useState<CsvDelimiter | null>(restored?.delimiter ?? null);
  const [overrides, setOverrides] = useState<ColumnMapping>(restored?.mapping ?? {});
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'source' });
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState(() => restoredNote(restored));
  const abort = useRef<AbortController | null>(null);

  const report = useMemo(
    () => (csv ? mapHeaders(resource, csv.headers, overrides) : null),
    [csv, resource, overrides],
  );
  const notices = useMemo(
    () => (csv && report ? checkFile(resource, csv, report) : []),
    [csv, report, resource],
  );

  // Leaving while rows are being written would leave the import half done, with no results to show for it.
  const writing = stage.kind === 'busy' && stage.step === 3;
  useEffect(() => {
    if (!writing) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [writing]);

  const keep = (next: {
    source?: ImportSource | null;
    delimiter?: CsvDelimiter | null;
    mapping?: ColumnMapping;
  }) => {
    const s = next.source !== undefined ? next.source : source;
    if (!s) {
      clearImportDraft(resource);
      return;
    }
    const kept = writeImportDraft(resource, {
      name: s.name,
      text: s.text,
      delimiter: next.delimiter !== undefined ? next.delimiter : delimiter,
      mapping: next.mapping ?? overrides,
    });
    setNote(
      kept
        ? null
        : {
            severity: 'warning',
            text: `This ${s.name ? 'file' : 'text'} (${megabytes(s.text.length)}) is too large to keep across a reload: if the page reloads, load it again (your column choices are kept).`,
          },
    );
  };

  const begin = (step: number, label: string, total: number, unit?: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setStage({ kind: 'busy', step, label, done: 0, total, unit });
    return controller;
  };

  const read = async (from: ImportSource | null = source, forced: CsvDelimiter | null = delimiter) => {
    if (!from) return;
    const label = 'Reading the file';
    const controller = begin(0, label, from.text.length);
    try {
      const parsed = await parseCsv(from.text, {
        delimiter: forced ?? undefined,
        signal: controller.signal,
        onProgress: ({ rows, bytes, totalBytes }) =>
          setStage({
            kind: 'busy',
            step: 0,
            label,
            done: bytes,
            total: totalBytes,
            note: `${rows.toLocaleString()} rows read`,
          }),
      });
      setCsv(parsed);
      setStage({ kind: 'mapping' });
      keep({ source: from, delimiter: forced });
    } catch (e) {
      setStage({ kind: 'source' });
      if (controller.signal.aborted) setError('Reading cancelled.');
      else setError(e instanceof CsvParseError ? e.message : `The file could not be read: ${message(e)}`);
    }
  };

  const map = (header: string, target: string | null) => {
    const next: ColumnMapping = { ...overrides, [header]: target };
    // One column per field: choosing a field for this column takes it from the column that had it.
    if (target && report)
      for (const [other, had] of Object.entries(report.mapping))
        if (other !== header && had === target) next[other] = null;
    setOverrides(next);
    keep({ mapping: next });
  };

  const check = async () => {
    if (!csv) return;
    const controller = begin(2, PHASES.objects, 0);
    try {
      const plan = await planImport(client, resource, csv, {
        mapping: overrides,
        signal: controller.signal,
        onProgress: ({ phase, done, total }) =>
          setStage({ kind: 'busy', step: 2, label: PHASES[phase], done, total }),
      });
      setStage({ kind: 'preview', plan });
    } catch (e) {
      setStage({ kind: 'mapping' });
      setError(
        controller.signal.aborted ? 'Checking cancelled.' : `The rows could not be checked: ${message(e)}`,
      );
    }
  };

  const run = async (plan: ImportPlan) => {
    const controller = begin(3, 'Importing', plan.counts.create + plan.counts.update, 'rows');
    try {
      const result = await runImport(client, plan, {
        signal: controller.signal,
        onProgress: ({ done, total }) =>
          setStage({ kind: 'busy', step: 3, label: 'Importing', done, total, unit: 'rows' }),
      });
      setStage({ kind: 'results', plan, result });
      // What is left to import replaces the file in the draft: a reload brings back the rows still to fix.
      const left = notDone(result) ? rejectedRowsCsv(plan, result) : null;
      if (left) keep({ source: { name: rejectedFileName(resource, source?.name ?? null), text: left } });
      else clearImportDraft(resource);
    } catch (e) {
      setStage({ kind: 'preview', plan });
      setError(`The import failed: ${message(e)}`);
    } finally {
      // Imported rows may carry certificate profiles, and new members change the map's and dashboard's icons.
      void invalidateAfterWrite(queryClient, [
        resource,
        'virtual-server-certificate-profile-assignments',
        'load-balancer-pool-member-certificate-profile-assignments',
      ]);
    }
  };

  const downloadRejected = (plan: ImportPlan, result?: ImportResult) => {
    const text = rejectedRowsCsv(plan, result);
    if (text) downloadText(rejectedFileName(resource, source?.name ?? null), text);
  };

  const fixHere = (plan: ImportPlan, result: ImportResult) => {
    const text = rejectedRowsCsv(plan, result);
    if (!text) return;
    const next = { name: null, text };
    setSource(next);
    setCsv(null);
    setError(null);
    setStage({ kind: 'source' });
    keep({ source: next });
  };

  const startOver = () => {
    abort.current?.abort();
    setSource(null);
    setCsv(null);
    setOverrides({});
    setDelimiter(null);
    setError(null);
    setNote(null);
    setStage({ kind: 'source' });
    clearImportDraft(resource);
  };

  let body;
  let step = 0;
  switch (stage.kind) {
    case 'source':
      body = (
        <ImportSourceStep
          source={source}
          onSource={setSource}
          delimiter={delimiter}
          onDelimiter={(d) => {
            setDelimiter(d);
            keep({ delimiter: d });
          }}
          onPasteDone={() => keep({})}
          onRead={() => void read()}
        />
      );
      break;
    case 'busy':
      step = stage.step;
      body = <TaskProgress {...stage} onCancel={() => abort.current?.abort()} />;
      break;
    case 'mapping':
      step = 1;
      body =
        csv && report ? (
          <ColumnMappingStep
            resource={resource}
            csv={csv}
            fileName={source?.name ?? null}
            report={report}
            notices={notices}
            delimiter={delimiter}
            onDelimiter={(d) => {
              setDelimiter(d);
              void read(source, d);
            }}
            onMap={map}
            onBack={() => setStage({ kind: 'source' })}
            onCheck={() => void check()}
          />
        ) : null;
      break;
    case 'preview': {
      step = 2;
      const { plan } = stage;
      const sending = plan.counts.create + plan.counts.update;
      const invalid = plan.counts.invalid;
      body = (
        <>
          <ImportPreview plan={plan} />
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', flexWrap: 'wrap', mt: 1 }}>
            <Button onClick={() => setStage({ kind: 'mapping' })}>Back</Button>
            {invalid > 0 && (
              <Button onClick={() => downloadRejected(plan)}>
                Download rows with errors ({invalid.toLocaleString()})
              </Button>
            )}
            <Button variant="contained" disabled={sending === 0} onClick={() => void run(plan)}>
              {sending === 0
                ? 'Nothing to import'
                : `Import ${sending.toLocaleString()} ${sending === 1 ? 'row' : 'rows'}${invalid ? `, leave out ${invalid.toLocaleString()} with errors` : ''}`}
            </Button>
          </Box>
        </>
      );
      break;
    }
    case 'results': {
      step = 3;
      const { plan, result } = stage;
      const left = notDone(result);
      body = (
        <>
          <ImportResults resource={resource} result={result} />
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', flexWrap: 'wrap', mt: 1 }}>
            <Button component={NextLink} href={listHref(resource)}>
              Back to {plural.toLowerCase()}
            </Button>
            <Button onClick={startOver}>Import another file</Button>
            {left > 0 && (
              <>
                <Button onClick={() => fixHere(plan, result)}>Fix rejected rows here</Button>
                <Button variant="contained" onClick={() => downloadRejected(plan, result)}>
                  Download rejected rows ({left.toLocaleString()})
                </Button>
              </>
            )}
          </Box>
        </>
      );
      break;
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1400 }}>
      <Box>
        <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
          <Link component={NextLink} href={listHref(resource)}>
            {plural}
          </Link>
          <Typography aria-current="page" sx={{ color: 'text.primary' }}>
            Import
          </Typography>
        </Breadcrumbs>
        <Typography variant="h5" component="h1">
          Import {plural.toLowerCase()} from CSV
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Rows without an <code>id</code> create {plural.toLowerCase()}; rows with one update that{' '}
          {singular.toLowerCase()}, changing only the columns given. Every row is checked before anything is
          sent.
        </Typography>
      </Box>
      <Stepper activeStep={step} alternativeLabel>
        {STEPS.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {note && (
        <Alert
          severity={note.severity}
          action={
            <Button color="inherit" size="small" onClick={startOver}>
              Start over
            </Button>
          }
        >
          {note.text}
        </Alert>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      <Paper variant="outlined" sx={{ p: 2 }}>
        {body}
      </Paper>
    </Box>
  );
}
