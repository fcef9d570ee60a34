'use client';
import type { ReactNode } from 'react';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';

/**
 * One dashboard tile: a titled region whose title links to the (filtered) list behind it, so the tile is
 * both a summary and a way in. `count` follows the title ("Pools at risk · 3").
 */
export function DashboardTile({
  title,
  href,
  count,
  action,
  children,
}: {
  title: string;
  href: string;
  count?: number | null;
  action?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `tile-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ height: '100%' }}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 32 }}>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, mr: 'auto' }}>
            <Link component={NextLink} href={href} color="inherit" underline="hover">
              {title}
              {count != null && ` · ${count.toLocaleString()}`}
            </Link>
          </Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}
