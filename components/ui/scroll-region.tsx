'use client';
import type { ReactNode } from 'react';
import TableContainer from '@mui/material/TableContainer';

type Props = {
  /** The region's accessible name, e.g. "Import results, scrollable". */
  label: string;
  /** Past this height the content scrolls instead of growing the page. */
  maxHeight?: number | string;
  children: ReactNode;
};

/**
 * A scrolling container for a table. A table of text holds nothing focusable, so the container takes a tab stop
 * of its own or a keyboard user cannot scroll it (axe: scrollable-region-focusable); a region needs a name.
 */
export function ScrollRegion({ label, maxHeight, children }: Props) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label={label} sx={{ maxHeight }}>
      {children}
    </TableContainer>
  );
}
