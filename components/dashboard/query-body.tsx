'use client';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@/components/ui/visually-hidden';

/**
 * A tile's content once its data is there. Data already shown stays when a refresh fails (the page's banner
 * says so); only a tile that never loaded shows the error.
 */
export function QueryBody<T>({
  query,
  what,
  children,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error'>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error)
    return (
      <Typography variant="body2" sx={{ color: 'error.main' }}>
        Couldn’t load {what}: {query.error.message}
      </Typography>
    );
  return (
    <Box>
      <Skeleton variant="rounded" height={72} />
      <Box component="span" sx={visuallyHidden}>
        Loading {what}…
      </Box>
    </Box>
  );
}
