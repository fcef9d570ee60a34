'use client';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { StatusLegendButton } from '@/components/status/status-legend';
import type { MapSort } from './map-model';

type Props = {
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
      <TextField
        type="search"
        size="small"
        label="Search the map"
        placeholder="Virtual server, VIP, pool or member IP"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        sx={{ width: { xs: '100%', sm: 360 }, '& input::-webkit-search-cancel-button': { display: 'none' } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: search ? (
              <InputAdornment position="end">
                <IconButton size="small" aria-label="Clear search" onClick={() => onSearch('')} edge="end">
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
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
