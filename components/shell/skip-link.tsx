'use client';
import Link from '@mui/material/Link';

/** First stop for keyboard users: jumps past the app bar and navigation. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  return (
    <Link
      href={`#${target}`}
      sx={{
        position: 'fixed',
        left: 8,
        top: 8,
        zIndex: 'tooltip',
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus, &:focus-visible': { transform: 'none' },
      }}
    >
      Skip to main content
    </Link>
  );
}
