'use client';
import type { Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { BulkField } from '@/lib/bulk/bulk-fields';
import type { FormValues } from '@/lib/forms/registry';
import { FormField } from '@/components/resources/form/form-field';
import { ReferenceMultiPicker } from '@/components/resources/pickers/reference-picker';
import type { FieldOp, ListEdit } from './bulk-change';

type Props = {
  fields: readonly BulkField[];
  control: Control<FormValues>;
  ops: Readonly<Record<string, FieldOp>>;
  onOp: (name: string, op: FieldOp) => void;
  lists: Readonly<Record<string, ListEdit>>;
  onList: (name: string, edit: ListEdit) => void;
  /** Messages for add/remove edits, which live outside the form. */
  listErrors: Readonly<Record<string, string>>;
};

const OP_LABELS: Record<FieldOp, string> = {
  leave: 'Leave',
  set: 'Set',
  clear: 'Clear',
  'add-remove': 'Add or remove',
};

function opsFor(f: BulkField): FieldOp[] {
  return [
    'leave',
    'set',
    ...(f.clearable ? (['clear'] as const) : []),
    ...(f.list ? (['add-remove'] as const) : []),
  ];
}

/** Per field of the model: leave it, set it (with the form's own input), clear it, or add to / remove from it. */
export function BulkEditFields({ fields, control, ops, onOp, lists, onList, listErrors }: Props) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {fields.map((f) => {
        const { name, label } = f.field;
        const op = ops[name] ?? 'leave';
        const list = lists[name] ?? { add: [], remove: [] };
        const ref = f.field.kind === 'references' ? f.field : null;
        return (
          <Box key={name} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 160 }}>
                {label}
              </Typography>
              <RadioGroup
                row
                aria-label={label}
                value={op}
                onChange={(e) => onOp(name, e.target.value as FieldOp)}
              >
                {opsFor(f).map((o) => (
                  <FormControlLabel key={o} value={o} control={<Radio size="small" />} label={OP_LABELS[o]} />
                ))}
              </RadioGroup>
            </Box>
            {op === 'set' && <FormField field={f.field} control={control} />}
            {op === 'add-remove' && ref && (
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', '& > *': { flex: '1 1 240px' } }}>
                <ReferenceMultiPicker
                  endpoint={ref.endpoint}
                  contentTypeOf={ref.contentTypeOf}
                  filters={ref.filters}
                  label={`${label} to add`}
                  value={list.add}
                  onChange={(add) => onList(name, { ...list, add })}
                  error={!!listErrors[name]}
                  helperText={listErrors[name] ?? ' '}
                />
                <ReferenceMultiPicker
                  endpoint={ref.endpoint}
                  contentTypeOf={ref.contentTypeOf}
                  filters={ref.filters}
                  label={`${label} to remove`}
                  value={list.remove}
                  onChange={(remove) => onList(name, { ...list, remove })}
                  helperText=" "
                />
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
