import type { SxProps, Theme } from '@mui/material/styles';

/** Hidden on screen, still read by screen readers: as a style object, for class rules (plain-styles.tsx). */
export const visuallyHiddenStyle = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/** Hidden on screen, still read by screen readers. */
export const visuallyHidden: SxProps<Theme> = visuallyHiddenStyle;
