'use client';
import type { ReactNode } from 'react';
import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FullscreenExitIcon from '@mui/icons-material/FullscreenExit';
import { kioskHref } from './kiosk';

function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/**
 * The page alone, edge to edge, for a wall screen. "Exit kiosk" comes first in the tab order, so one Tab and
 * Enter bring the console back; it sits in a corner, small, to leave the room's view to the page.
 */
export function KioskFrame({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <Box sx={{ position: 'relative', height: '100dvh', display: 'flex', flexDirection: 'column' }}>
      {/* In a landmark, as everything on a page should be; not navigation: the kiosk shows none. */}
      <Box component="aside" aria-label="Kiosk mode">
        <Button
          component={NextLink}
          href={kioskHref(pathname ?? '/', search, false)}
          size="small"
          variant="outlined"
          startIcon={<FullscreenExitIcon />}
          onClick={leaveFullscreen}
          sx={{ position: 'fixed', top: 8, right: 8, zIndex: 'appBar', bgcolor: 'background.paper' }}
        >
          Exit kiosk
        </Button>
      </Box>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flex: 1, minWidth: 0, overflow: 'auto', p: { xs: 1.5, md: 2 }, outline: 'none' }}
      >
        {children}
      </Box>
    </Box>
  );
}
