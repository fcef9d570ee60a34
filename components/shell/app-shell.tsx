'use client';
import { useState, type ReactNode } from 'react';
import NextLink from 'next/link';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import MenuIcon from '@mui/icons-material/Menu';
import { SessionUserProvider } from '@/components/providers/session-user';
import { NavContent } from './nav-content';
import { useKiosk } from './kiosk';
import { KioskFrame } from './kiosk-frame';
import { SkipLink } from './skip-link';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { ViewerSignIn } from './viewer-sign-in';
import { FlashSnackbar } from '@/components/feedback/flash-snackbar';
import { ClientNavigation } from '@/components/ui/client-navigation';
import { StatusLegendButton } from '@/components/status/status-legend';

export const DRAWER_WIDTH = 240;
export const APP_BAR_HEIGHT = 48;

/** `username` is null for a viewer: no session, the read-only token showing the dashboard or map. */
type Props = { username: string | null; nautobotHost: string; children: ReactNode };

/** App bar, navigation drawer (permanent from md up, a modal drawer below) and the main region. */
export function AppShell({ username, nautobotHost, children }: Props) {
  const [mobileOpen, setMobileOpen] = useState(false);
  const kiosk = useKiosk();
  const paper = {
    width: DRAWER_WIDTH,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
  } as const;
  if (kiosk)
    return (
      <SessionUserProvider username={username ?? 'Viewer'}>
        <ClientNavigation />
        <KioskFrame>{children}</KioskFrame>
        <FlashSnackbar />
      </SessionUserProvider>
    );
  return (
    <SessionUserProvider username={username ?? 'Viewer'}>
      <ClientNavigation />
      <Box sx={{ display: 'flex', height: '100dvh' }}>
        <SkipLink />
        <AppBar
          position="fixed"
          color="inherit"
          elevation={0}
          sx={{
            zIndex: (t) => t.zIndex.drawer + 1,
            bgcolor: 'background.paper',
            borderBottom: 1,
            borderColor: 'divider',
          }}
        >
          <Toolbar variant="dense" sx={{ minHeight: APP_BAR_HEIGHT, gap: 1 }}>
            <IconButton
              edge="start"
              aria-label="Open navigation"
              aria-expanded={mobileOpen}
              onClick={() => setMobileOpen(true)}
              sx={{ display: { md: 'none' } }}
            >
              <MenuIcon />
            </IconButton>
            <Link
              component={NextLink}
              href="/"
              variant="h6"
              color="inherit"
              underline="none"
              sx={{ fontWeight: 600, mr: 'auto' }}
            >
              LB Console
            </Link>
            <StatusLegendButton />
            <ThemeSwitch />
            {username === null ? <ViewerSignIn /> : <UserMenu username={username} />}
          </Toolbar>
        </AppBar>
        <Box sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
          <Drawer
            variant="temporary"
            open={mobileOpen}
            onClose={() => setMobileOpen(false)}
            sx={{ display: { xs: 'block', md: 'none' } }}
            slotProps={{ paper: { sx: paper } }}
          >
            <Toolbar variant="dense" sx={{ minHeight: APP_BAR_HEIGHT, fontWeight: 600 }}>
              LB Console
            </Toolbar>
            <NavContent host={nautobotHost} onNavigate={() => setMobileOpen(false)} />
          </Drawer>
          <Drawer
            variant="permanent"
            open
            sx={{ display: { xs: 'none', md: 'block' } }}
            slotProps={{ paper: { sx: paper } }}
          >
            <Toolbar variant="dense" sx={{ minHeight: APP_BAR_HEIGHT }} />
            <NavContent host={nautobotHost} />
          </Drawer>
        </Box>
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{
            flex: 1,
            minWidth: 0,
            mt: `${APP_BAR_HEIGHT}px`,
            height: `calc(100dvh - ${APP_BAR_HEIGHT}px)`,
            overflow: 'auto',
            display: 'flex',
            flexDirection: 'column',
            p: { xs: 2, md: 3 },
            outline: 'none',
          }}
        >
          {children}
        </Box>
      </Box>
      <FlashSnackbar />
    </SessionUserProvider>
  );
}
