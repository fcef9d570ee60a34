'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FilterListIcon from '@mui/icons-material/FilterList';
import type { ResourceKey } from '@/lib/api/resources';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import type { UrlFilters } from '../list-url';
import { FilterField } from './filter-fields';
import type { ListFilter } from './list-filters';

/** "Filters", with how many values are active; it shows and hides the panel. */
export function FiltersButton({
  active,
  open,
  panelId,
  onToggle,
}: {
  active: number;
  open: boolean;
  panelId: string;
  onToggle: () => void;
}) {
  return (
    <Button
      variant={open ? 'contained' : 'outlined'}
      size="small"
      startIcon={<FilterListIcon />}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
    >
      Filters
      {active > 0 && (
        <Box component="span" sx={visuallyHidden}>
          {`, ${active} active`}
        </Box>
      )}
      {active > 0 && (
        <Box
          component="span"
          aria-hidden="true"
          sx={{
            ml: 1,
            px: 0.75,
            minWidth: 20,
            borderRadius: 10,
            bgcolor: open ? 'primary.contrastText' : 'primary.main',
            color: open ? 'primary.main' : 'primary.contrastText',
            fontSize: '0.75rem',
            lineHeight: '20px',
          }}
        >
          {active}
        </Box>
      )}
    </Button>
  );
}

/** One control per filter the model offers; changes apply at once and land in the URL. */
export function FilterPanel({
  id,
  resource,
  defs,
  filters,
  onChange,
}: {
  id: string;
  resource: ResourceKey;
  defs: readonly ListFilter[];
  filters: UrlFilters;
  onChange: (param: string, values: string[]) => void;
}) {
  return (
    <Box
      id={id}
      role="group"
      aria-label="Filters"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
        gap: 1.5,
      }}
    >
      {defs.map((def) => (
        <FilterField
          key={def.param}
          resource={resource}
          filter={def}
          values={filters[def.param] ?? []}
          onChange={(values) => onChange(def.param, values)}
        />
      ))}
    </Box>
  );
}
