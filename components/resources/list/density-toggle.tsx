'use client';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import DensityMediumIcon from '@mui/icons-material/DensityMedium';
import DensitySmallIcon from '@mui/icons-material/DensitySmall';
import type { Density } from './list-prefs';

/** One toggle: pressed means compact rows. */
export function DensityToggle({ density, onChange }: { density: Density; onChange: (d: Density) => void }) {
  const compact = density === 'compact';
  return (
    <Tooltip title="Compact rows">
      <IconButton
        size="small"
        aria-label="Compact rows"
        aria-pressed={compact}
        onClick={() => onChange(compact ? 'standard' : 'compact')}
      >
        {compact ? <DensitySmallIcon fontSize="small" /> : <DensityMediumIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
}
