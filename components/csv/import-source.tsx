'use client';
import { useRef, useState, type DragEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { decodeCsvBytes } from '@/lib/csv/decode';
import type { CsvDelimiter } from '@/lib/csv/parse';
import { DelimiterSelect } from './delimiter-select';

/** What is to be imported: a file's text with its name, or pasted text (name null). */
export type ImportSource = { name: string | null; text: string };

/** Far beyond 50,000 rows of any model; a bigger file is not CSV for this, and would only exhaust the tab. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Larger text makes the text box itself slow to type in: fix such a file in a spreadsheet instead. */
const MAX_EDIT_CHARS = 2_000_000;

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Props = {
  source: ImportSource | null;
  onSource: (source: ImportSource | null) => void;
  delimiter: CsvDelimiter | null;
  onDelimiter: (delimiter: CsvDelimiter | null) => void;
  /** Persists pasted text (on blur, not on every keystroke: it may be megabytes). */
  onPasteDone: () => void;
  onRead: () => void;
};

/** Step 1: a file (chosen or dropped) or pasted text, and the delimiter if detection should not decide. */
export function ImportSourceStep({ source, onSource, delimiter, onDelimiter, onPasteDone, onRead }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [fileNote, setFileNote] = useState<{ severity: 'error' | 'info'; text: string } | null>(null);
  const file = source?.name != null ? source : null;
  const pasted = source?.name == null ? (source?.text ?? '') : '';

  const load = async (chosen: File | undefined) => {
    setFileNote(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFileNote({
        severity: 'error',
        text: `${chosen.name} is ${size(chosen.size)}; files up to ${size(MAX_FILE_BYTES)} can be imported. Split it and import the parts one after another.`,
      });
      return;
    }
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer()));
    if (encoding !== 'utf-8')
      setFileNote({
        severity: 'info',
        text: `${chosen.name} is not UTF-8, so it was read as Windows-1252 (Excel’s “CSV” on Western Windows). Check that accented names look right in the preview; “CSV UTF-8” avoids the question.`,
      });
    onSource({ name: chosen.name, text });
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void load(e.dataTransfer.files[0]);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 1,
          p: 3,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 1,
          bgcolor: dragging ? 'action.hover' : undefined,
        }}
      >
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-label="CSV file"
          hidden
          onChange={(e) => {
            void load(e.target.files?.[0]);
            // The same file chosen again (after fixing it) must still fire a change.
            e.target.value = '';
          }}
        />
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
          Choose a CSV file
        </Button>
        <Typography variant="body2" color="text.secondary">
          or drop it here. UTF-8 or Excel CSV; comma, semicolon, tab or pipe separated; up to 50,000 rows.
        </Typography>
        {file && (
          <Typography role="status">
            Loaded {file.name} ({size(file.text.length)}).{' '}
            {file.text.length <= MAX_EDIT_CHARS && (
              <Button size="small" onClick={() => onSource({ name: null, text: file.text })}>
                Edit as text
              </Button>
            )}
            <Button size="small" onClick={() => onSource(null)}>
              Remove
            </Button>
          </Typography>
        )}
      </Box>
      {fileNote && <Alert severity={fileNote.severity}>{fileNote.text}</Alert>}
      {!file && (
        <TextField
          label="Or paste CSV text"
          helperText="The first line names the columns, as in an export: Pool, IP address, Port, Status…"
          multiline
          minRows={6}
          maxRows={18}
          value={pasted}
          onChange={(e) => onSource(e.target.value ? { name: null, text: e.target.value } : null)}
          onBlur={onPasteDone}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <DelimiterSelect auto value={delimiter} onChange={onDelimiter} />
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" disabled={!source} onClick={onRead}>
          Next: map columns
        </Button>
      </Box>
    </Box>
  );
}
