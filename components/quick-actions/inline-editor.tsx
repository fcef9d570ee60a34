'use client';
import type { FocusEvent, KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { FormField } from '@/lib/forms/definition';
import type { StatusOption } from '@/lib/quick-actions/actions';

/** What the editor holds: text (numbers are typed as text, as in the form), a status id, or a switch. */
export type Draft = string | boolean;

type Props = {
  field: FormField;
  /** The editor's accessible name: "Port of web-01:80". */
  label: string;
  draft: Draft;
  /** The form's message for the value typed. */
  error: string | null;
  statuses: readonly StatusOption[] | undefined;
  statusesError: string | null;
  onDraft: (draft: Draft) => void;
  onSave: (draft: Draft) => void;
  onCancel: () => void;
};

/** Leaving the editor for something outside it (not a click inside its own parts). */
const leaves = (e: FocusEvent<HTMLElement>) =>
  !(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget));

/** The in-cell editor for one field: a switch, a status select, or a short text or number input. */
export function InlineEditor(props: Props) {
  const { field, label, draft, error, onDraft, onSave, onCancel } = props;
  if (field.kind === 'boolean') {
    return (
      <Box component="span" onBlur={(e: FocusEvent<HTMLElement>) => leaves(e) && onCancel()}>
        <Switch
          size="small"
          autoFocus
          checked={draft === true}
          onChange={(e) => onSave(e.target.checked)}
          slotProps={{ input: { 'aria-label': label } }}
        />
      </Box>
    );
  }
  if (field.kind === 'reference') {
    const options = props.statuses ?? [];
    const value = typeof draft === 'string' ? draft : '';
    const known = options.some((o) => o.id === value);
    return (
      <TextField
        select
        size="small"
        autoFocus
        value={value}
        error={!!error || !!props.statusesError}
        helperText={error ?? props.statusesError ?? (props.statuses ? undefined : 'Reading statuses…')}
        disabled={!props.statuses}
        onChange={(e) => onSave(e.target.value)}
        onBlur={onCancel}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': label } }}
        sx={{ minWidth: 150 }}
      >
        {!known && <option value={value}>{value ? 'Current status' : 'None'}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </TextField>
    );
  }
  const text = typeof draft === 'string' ? draft : '';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onSave(text);
    }
  };
  const number = field.kind === 'int';
  return (
    <TextField
      size="small"
      autoFocus
      type={number ? 'number' : 'text'}
      value={text}
      error={!!error}
      helperText={error ?? undefined}
      onChange={(e) => onDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onSave(text)}
      slotProps={{
        htmlInput: {
          'aria-label': label,
          ...(number ? { min: field.min, max: field.max, step: 1, inputMode: 'numeric' } : {}),
        },
      }}
      sx={{ width: number ? 110 : 200 }}
    />
  );
}
