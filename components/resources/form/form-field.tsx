'use client';
import { Controller, type Control } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Box from '@mui/material/Box';
import type { FormField as FieldDef } from '@/lib/forms/definition';
import type { Picked } from '@/lib/forms/fields';
import type { FormValues } from '@/lib/forms/registry';
import { ReferenceMultiPicker, ReferencePicker } from '@/components/resources/pickers/reference-picker';

type Props = {
  field: FieldDef;
  control: Control<FormValues>;
  /** Advice that does not block saving (SSL offload without a certificate). */
  warning?: string;
};

function choiceItems(field: Extract<FieldDef, { kind: 'choice' }>) {
  const labels = Object.fromEntries(field.choices.pairs);
  const blank = field.required
    ? []
    : [
        <MenuItem key="" value="">
          —
        </MenuItem>,
      ];
  if (!field.groups) {
    return [
      ...blank,
      ...field.choices.pairs.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      )),
    ];
  }
  return [
    ...blank,
    ...Object.entries(field.groups).flatMap(([group, values]) => [
      <ListSubheader key={`g-${group}`}>{group}</ListSubheader>,
      ...values.map((v) => (
        <MenuItem key={v} value={v}>
          {labels[v] ?? v}
        </MenuItem>
      )),
    ]),
  ];
}

/** One field of a model's form, rendered from its definition in lib/forms. */
export function FormField({ field, control, warning }: Props) {
  return (
    <Controller
      name={field.name}
      control={control}
      render={({ field: f, fieldState }) => {
        const message = fieldState.error?.message ?? warning ?? field.helper ?? ' ';
        const helperText = (
          <Box component="span" sx={!fieldState.error && warning ? { color: 'warning.main' } : undefined}>
            {message}
          </Box>
        );
        const common = {
          label: field.label,
          required: field.required,
          error: !!fieldState.error,
          helperText,
          name: f.name,
          onBlur: f.onBlur,
          inputRef: f.ref,
        };
        switch (field.kind) {
          case 'text':
            return (
              <TextField
                {...common}
                value={f.value}
                onChange={f.onChange}
                multiline={field.multiline}
                fullWidth
              />
            );
          case 'int':
            return (
              <TextField
                {...common}
                value={f.value}
                onChange={f.onChange}
                fullWidth
                slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
              />
            );
          case 'datetime':
            return (
              <TextField
                {...common}
                type="datetime-local"
                value={f.value}
                onChange={f.onChange}
                fullWidth
                slotProps={{ inputLabel: { shrink: true } }}
              />
            );
          case 'choice':
            return (
              <TextField {...common} select value={f.value} onChange={f.onChange} fullWidth>
                {choiceItems(field)}
              </TextField>
            );
          case 'boolean':
            return (
              <Box>
                <FormControlLabel
                  label={field.label}
                  control={
                    <Checkbox
                      checked={f.value as boolean}
                      onChange={(e) => f.onChange(e.target.checked)}
                      onBlur={f.onBlur}
                      name={f.name}
                      slotProps={{ input: { ref: f.ref } }}
                    />
                  }
                />
                {(fieldState.error || field.helper) && (
                  <FormHelperText error={!!fieldState.error}>{message}</FormHelperText>
                )}
              </Box>
            );
          case 'reference':
            return (
              <ReferencePicker
                {...common}
                endpoint={field.endpoint}
                contentTypeOf={field.contentTypeOf}
                filters={field.filters}
                value={f.value as Picked | null}
                onChange={f.onChange}
              />
            );
          case 'references':
            return (
              <ReferenceMultiPicker
                {...common}
                endpoint={field.endpoint}
                contentTypeOf={field.contentTypeOf}
                filters={field.filters}
                value={f.value as Picked[]}
                onChange={f.onChange}
              />
            );
        }
      }}
    />
  );
}
