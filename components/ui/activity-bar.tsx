'use client';
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

// Moves by transform only, which the compositor animates on its own thread. MUI's indeterminate LinearProgress
// animates `left` and `right`: style, layout and paint on the main thread every frame, and a bar that stops
// while the main thread renders the rows it is waiting for.
const sweep = keyframes`
  from { transform: translateX(-40%) scaleX(0.4); }
  to { transform: translateX(100%) scaleX(0.4); }
`;

type Props = {
  /** What is under way, for screen readers ("Loading pool members"). */
  'aria-label': string;
  /** Bar height in px (MUI's LinearProgress is 4). */
  height?: number;
  /** Space below, in theme spacing units. */
  mb?: number;
};

/**
 * An indeterminate progress bar in the look of MUI's LinearProgress, cheap to run: work we wait on (a page of a
 * thousand rows read and rendered) should not compete with a moving bar for the machine. With reduced motion
 * asked for, the bar holds still.
 */
export function ActivityBar({ 'aria-label': label, height = 4, mb = 0 }: Props) {
  return (
    <Box
      role="progressbar"
      aria-label={label}
      sx={(theme) => ({
        position: 'relative',
        overflow: 'hidden',
        height,
        mb,
        backgroundColor: theme.alpha((theme.vars ?? theme).palette.primary.main, 0.24),
        // A layer of its own, so a frame of the sweep repaints nothing else.
        contain: 'strict',
      })}
    >
      <Box
        sx={(theme) => ({
          position: 'absolute',
          inset: 0,
          width: '100%',
          transformOrigin: 'left',
          backgroundColor: (theme.vars ?? theme).palette.primary.main,
          willChange: 'transform',
          animation: `${sweep} 1.4s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`,
          '@media (prefers-reduced-motion: reduce)': {
            animation: 'none',
            transform: 'translateX(30%) scaleX(0.4)',
          },
        })}
      />
    </Box>
  );
}
