'use client';
import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import Button from '@mui/material/Button';
import FullscreenIcon from '@mui/icons-material/Fullscreen';
import { kioskHref } from '@/components/shell/kiosk';

/** Opens this page in kiosk mode, and asks the browser for full screen while the click still allows it. */
export function KioskButton() {
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <Button
      component={NextLink}
      href={kioskHref(pathname ?? '/', search, true)}
      size="small"
      variant="outlined"
      startIcon={<FullscreenIcon />}
      onClick={() => {
        // Refused without a user gesture or in a frame; the kiosk layout is full-window either way.
        document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      Kiosk mode
    </Button>
  );
}
