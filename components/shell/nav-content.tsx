'use client';
import NextLink from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useId, type ComponentType } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DashboardIcon from '@mui/icons-material/Dashboard';
import { navItems } from '@/components/resources/ui-registry';
import { ConnectionInfo } from './connection-info';

const withoutSlash = (path: string) => path.replace(/\/+$/, '');

function NavLink({
  href,
  label,
  Icon,
  onNavigate,
}: {
  href: string;
  label: string;
  Icon: ComponentType<{ fontSize?: 'small' }>;
  onNavigate?: () => void;
}) {
  // Next.js drops trailing slashes from URLs, the registry's hrefs keep Nautobot's; compare without them.
  const here = withoutSlash(usePathname());
  const router = useRouter();
  const target = withoutSlash(href);
  const exact = here === target;
  // Inside a section (an object's page) the entry is highlighted too, but only the list itself is "the page".
  const within = target !== '' && here.startsWith(`${target}/`);
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={NextLink}
        href={href}
        // Not prefetched when the nav comes into view (all of it, on every page load, competing with the page's
        // own read on our server), only on the intent to go there: hover or focus.
        prefetch={false}
        onMouseEnter={() => router.prefetch(href)}
        onFocus={() => router.prefetch(href)}
        selected={exact || within}
        aria-current={exact ? 'page' : within ? 'true' : undefined}
        onClick={onNavigate}
        sx={{ borderRadius: 1, mx: 1 }}
      >
        <ListItemIcon>
          <Icon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={label} />
      </ListItemButton>
    </ListItem>
  );
}

/** The drawer's contents: navigation built from the resource registry, then where we are connected. */
export function NavContent({ host, onNavigate }: { host: string; onNavigate?: () => void }) {
  // Unique per instance: the permanent and the temporary drawer may both be in the DOM.
  const sectionId = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box component="nav" aria-label="Main" sx={{ flex: 1, overflowY: 'auto', py: 1 }}>
        <List dense disablePadding>
          <NavLink href="/" label="Overview" Icon={DashboardIcon} onNavigate={onNavigate} />
          <NavLink
            href="/load-balancers/map/"
            label="Network map"
            Icon={AccountTreeIcon}
            onNavigate={onNavigate}
          />
        </List>
        <List
          dense
          aria-labelledby={sectionId}
          subheader={
            <ListSubheader
              id={sectionId}
              disableSticky
              sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent' }}
            >
              Load balancers
            </ListSubheader>
          }
        >
          {navItems.map((item) => (
            <NavLink
              key={item.key}
              href={item.href}
              label={item.navLabel}
              Icon={item.icon}
              onNavigate={onNavigate}
            />
          ))}
        </List>
      </Box>
      <ConnectionInfo host={host} />
    </Box>
  );
}
