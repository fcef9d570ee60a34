'use client';
import { useQuery } from '@tanstack/react-query';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { ReferenceMultiPicker } from '../pickers/reference-picker';
import { expiryWindows, type ListFilter } from './list-filters';
import { useReferenceLabels } from './use-reference-labels';

type Option = { value: string; label: string };
type FieldProps = { values: readonly string[]; onChange: (values: string[]) => void };

/** Several values of a fixed set; a value the set lacks (a newer Nautobot's choice) is kept and shown as is. */
function MultiChoiceField({
  label,
  options,
  values,
  onChange,
  loading = false,
}: FieldProps & { label: string; options: readonly Option[]; loading?: boolean }) {
  const byValue = new Map(options.map((o) => [o.value, o]));
  const chosen = values.map((v) => byValue.get(v) ?? { value: v, label: v });
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={chosen}
      onChange={(_, next) => onChange(next.map((o) => o.value))}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      filterSelectedOptions
      loading={loading}
      loadingText="Loading…"
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}

/** Statuses are shared across Nautobot's models; only those allowed on this one are offered, by name. */
function StatusField({ resource, ...props }: FieldProps & { resource: ResourceKey; label: string }) {
  const { queries, client } = useNautobot();
  const statuses = useQuery(
    queries.list('statuses', {
      filters: { content_types: client.objectType(resource) },
      sort: 'name',
      limit: 100,
    }),
  );
  const options = (statuses.data?.results ?? []).map((s) => ({ value: s.name, label: s.name }));
  return <MultiChoiceField {...props} options={options} loading={statuses.isPending} />;
}

function SelectField({
  label,
  options,
  values,
  onChange,
}: FieldProps & { label: string; options: readonly Option[] }) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={values[0] ?? ''}
      onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">Any</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}

const YES_NO: readonly Option[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

function ReferenceField({
  filter,
  values,
  onChange,
}: FieldProps & { filter: Extract<ListFilter, { kind: 'reference' }> }) {
  const resolved = useReferenceLabels(filter.endpoint, values);
  return (
    <ReferenceMultiPicker
      endpoint={filter.endpoint}
      label={filter.label}
      size="small"
      value={resolved.map(({ id, label }) => ({ id, label }))}
      onChange={(picked) => onChange(picked.map((p) => p.id))}
    />
  );
}

/** The control for one filter in the panel; each change applies at once. */
export function FilterField({
  resource,
  filter,
  ...props
}: FieldProps & { resource: ResourceKey; filter: ListFilter }) {
  switch (filter.kind) {
    case 'choice':
      return <MultiChoiceField label={filter.label} options={filter.options} {...props} />;
    case 'status':
      return <StatusField resource={resource} label={filter.label} {...props} />;
    case 'boolean':
      return <SelectField label={filter.label} options={YES_NO} {...props} />;
    case 'expiry':
      return <SelectField label={filter.label} options={expiryWindows} {...props} />;
    case 'reference':
      return <ReferenceField filter={filter} {...props} />;
    default:
      return null;
  }
}
