'use client';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { SearchField } from '@/components/resources/search-field';
import { StatusLegendButton } from '@/components/status/status-legend';
import type { MapSort } from './map-model';

type Props = {
  /** The committed search, from the URL. */
  search: string;
  onSearch: (text: string) => void;
  sort: MapSort;
  onSort: (sort: MapSort) => void;
  problemsOnly: boolean;
  onProblemsOnly: (on: boolean) => void;
};

/** Search, sort and the "Problems only" switch above the map. */
export function MapToolbar({ search, onSearch, sort, onSort, problemsOnly, onProblemsOnly }: Props) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
      <SearchField
        label="Search the map"
        placeholder="Virtual server, VIP, pool or member IP"
        value={search}
        onCommit={onSearch}
      />
      <ToggleButtonGroup
        size="small"
        exclusive
        value={sort}
        aria-label="Sort by"
        onChange={(_, next: MapSort | null) => {
          if (next) onSort(next);
        }}
      >
        <ToggleButton value="status">Status, worst first</ToggleButton>
        <ToggleButton value="name">Name</ToggleButton>
      </ToggleButtonGroup>
      <FormControlLabel
        control={
          <Switch
            checked={problemsOnly}
            onChange={(e) => onProblemsOnly(e.target.checked)}
            slotProps={{ input: { role: 'switch' } }}
          />
        }
        label="Problems only"
      />
      <Box sx={{ flex: 1 }} />
      <StatusLegendButton />
    </Box>
  );
}
