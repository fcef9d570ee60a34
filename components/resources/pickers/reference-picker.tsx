'use client';
import { useState, type ReactNode, type Ref } from 'react';
import { useQuery } from '@tanstack/react-query';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import type { EndpointKey } from '@/lib/api/endpoints';
import type { ResourceKey } from '@/lib/api/resources';
import type { Query } from '@/lib/api/transport';
import type { Picked } from '@/lib/forms/fields';
import { useNautobot } from '@/components/providers/nautobot-context';
import { optionDef, toOption, type ReferenceOption } from './reference-options';
import { useDebouncedValue } from './use-debounced-value';

/** Enough to choose from while typing; the rest is one more keystroke away, never a whole table. */
const PAGE = 25;
const MORE = '__more__';

type Common = {
  endpoint: EndpointKey;
  label: string;
  /** Statuses are shared across Nautobot; only those allowed on this model may be chosen. */
  contentTypeOf?: ResourceKey;
  filters?: Query;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  disabled?: boolean;
  size?: 'small' | 'medium';
};

function usePickerOptions(props: Common, input: string, open: boolean) {
  const { queries, client } = useNautobot();
  const q = useDebouncedValue(input.trim(), 250);
  const def = optionDef(props.endpoint);
  const filters: Query = {
    ...props.filters,
    ...(props.contentTypeOf ? { content_types: client.objectType(props.contentTypeOf) } : {}),
  };
  const list = useQuery({
    ...queries.list(props.endpoint, {
      q: q || undefined,
      limit: PAGE,
      depth: def.depth,
      filters,
      sort: def.sort,
    }),
    enabled: open,
  });
  const options: ReferenceOption[] = (list.data?.results ?? []).map((row) => toOption(props.endpoint, row));
  const more = (list.data?.count ?? 0) - options.length;
  if (more > 0) options.push({ id: MORE, label: `${more.toLocaleString()} more: keep typing to narrow` });
  return { options, loading: list.isFetching, error: list.isError ? list.error.message : null };
}

const renderOption = (
  { key, ...props }: React.HTMLAttributes<HTMLLIElement> & { key: React.Key },
  option: ReferenceOption,
) => (
  <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
    <Box component="span" sx={{ display: 'block', fontStyle: option.id === MORE ? 'italic' : undefined }}>
      {option.label}
    </Box>
    {option.secondary && (
      <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
        {option.secondary}
      </Box>
    )}
  </Box>
);

function Input({
  props,
  params,
  loading,
  error,
}: {
  props: Common;
  params: Parameters<NonNullable<React.ComponentProps<typeof Autocomplete>['renderInput']>>[0];
  loading: boolean;
  error: string | null;
}) {
  return (
    <TextField
      {...params}
      label={props.label}
      name={props.name}
      required={props.required}
      error={props.error || !!error}
      helperText={error ? `Couldn’t search: ${error}` : props.helperText}
      inputRef={props.inputRef}
      size={props.size}
      slotProps={{
        ...params.slotProps,
        input: {
          ...params.slotProps.input,
          endAdornment: (
            <>
              {loading && <CircularProgress color="inherit" size={18} aria-label="Searching" />}
              {params.slotProps.input.endAdornment}
            </>
          ),
        },
      }}
    />
  );
}

const toPicked = (o: ReferenceOption): Picked => ({ id: o.id, label: o.label });

/** One related object, searched on the server as you type. */
export function ReferencePicker(
  props: Common & { value: Picked | null; onChange: (value: Picked | null) => void },
) {
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const { options, loading, error } = usePickerOptions(props, input, open);
  return (
    <Autocomplete
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={props.value}
      onChange={(_, v) => props.onChange(v ? toPicked(v) : null)}
      onInputChange={(_, v, reason) => setInput(reason === 'input' ? v : '')}
      onBlur={props.onBlur}
      options={options}
      filterOptions={(o) => o}
      getOptionLabel={(o) => o.label}
      getOptionKey={(o) => o.id}
      getOptionDisabled={(o) => o.id === MORE}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={renderOption}
      loading={loading}
      loadingText="Searching…"
      noOptionsText={input ? 'No matches' : 'Nothing to choose from'}
      disabled={props.disabled}
      size={props.size}
      renderInput={(params) => <Input props={props} params={params} loading={loading} error={error} />}
    />
  );
}

/** Several related objects (certificate profiles), searched on the server as you type. */
export function ReferenceMultiPicker(
  props: Common & { value: Picked[]; onChange: (value: Picked[]) => void },
) {
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const { options, loading, error } = usePickerOptions(props, input, open);
  return (
    <Autocomplete
      multiple
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={props.value}
      onChange={(_, v) => props.onChange(v.map(toPicked))}
      inputValue={input}
      onInputChange={(_, v, reason) => setInput(reason === 'reset' ? '' : v)}
      onBlur={props.onBlur}
      options={options}
      filterOptions={(o) => o}
      filterSelectedOptions
      getOptionLabel={(o) => o.label}
      getOptionKey={(o) => o.id}
      getOptionDisabled={(o) => o.id === MORE}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={renderOption}
      renderValue={(values, getItemProps) =>
        values.map((option, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={option.label} size="small" {...itemProps} />;
        })
      }
      loading={loading}
      loadingText="Searching…"
      noOptionsText={input ? 'No matches' : 'Nothing more to choose'}
      disabled={props.disabled}
      size={props.size}
      renderInput={(params) => <Input props={props} params={params} loading={loading} error={error} />}
    />
  );
}

/** The name of an object known only by id (from a URL), for chips and pickers. */
export function useReferenceLabel(endpoint: EndpointKey, id: string | null | undefined): string | null {
  const { queries } = useNautobot();
  const def = optionDef(endpoint);
  const detail = useQuery({ ...queries.detail(endpoint, id ?? '', { depth: def.depth }), enabled: !!id });
  if (!id) return null;
  return detail.data ? toOption(endpoint, detail.data).label : null;
}
