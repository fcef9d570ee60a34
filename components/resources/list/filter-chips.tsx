'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import type { UrlFilters } from '../list-url';
import { valueLabel, type ListFilter } from './list-filters';
import { useReferenceLabels } from './use-reference-labels';

type Remove = (param: string, value: string) => void;

function FilterChip({ text, onRemove }: { text: string; onRemove: () => void }) {
  // The whole chip removes the filter, so it is one button whose name says so.
  return (
    <Chip
      size="small"
      label={text}
      aria-label={`Remove filter ${text}`}
      onClick={onRemove}
      onDelete={onRemove}
      sx={{ maxWidth: 360 }}
    />
  );
}

function ReferenceChips({
  filter,
  values,
  onRemove,
}: {
  filter: Extract<ListFilter, { kind: 'reference' }>;
  values: readonly string[];
  onRemove: Remove;
}) {
  const resolved = useReferenceLabels(filter.endpoint, values);
  return resolved.map(({ id, label }) => (
    <Box component="li" key={id}>
      <FilterChip text={`${filter.label}: ${label}`} onRemove={() => onRemove(filter.param, id)} />
    </Box>
  ));
}

/** The active filters, one removable chip per value, and "Clear all". */
export function FilterChips({
  filters,
  defs,
  onRemove,
  onClearAll,
}: {
  filters: UrlFilters;
  defs: readonly ListFilter[];
  onRemove: Remove;
  onClearAll: () => void;
}) {
  const active = defs.filter((d) => filters[d.param]?.length);
  if (!active.length) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <Box
        component="ul"
        aria-label="Active filters"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', m: 0, p: 0 }}
      >
        {active.map((def) => {
          const values = filters[def.param] ?? [];
          if (def.kind === 'reference')
            return <ReferenceChips key={def.param} filter={def} values={values} onRemove={onRemove} />;
          return values.map((v) => (
            <Box component="li" key={`${def.param}=${v}`}>
              <FilterChip
                text={`${def.label}: ${valueLabel(def, v)}`}
                onRemove={() => onRemove(def.param, v)}
              />
            </Box>
          ));
        })}
      </Box>
      <Button size="small" onClick={onClearAll}>
        Clear all
      </Button>
    </Box>
  );
}
