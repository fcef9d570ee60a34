'use client';
import Chip from '@mui/material/Chip';
import type { Ref } from '@/lib/api/schemas/common';
import { NoValue, refLabel } from './cells';
import { parseHexColor, readableTextOn } from './color-contrast';

/**
 * A Nautobot status in its admin-set colour. The text colour is picked per background, so the chip is
 * readable whatever the colour and in either theme; the name carries the meaning, not the colour.
 */
export function StatusChip({ status }: { status: Ref | null | undefined }) {
  if (!status) return <NoValue />;
  const background = parseHexColor(status.color);
  return (
    <Chip
      size="small"
      label={refLabel(status)}
      variant={background ? 'filled' : 'outlined'}
      sx={
        background ? { bgcolor: background, color: readableTextOn(background), fontWeight: 500 } : undefined
      }
    />
  );
}
