'use client';
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ActivityBar } from '@/components/ui/activity-bar';

type Props = {
  headingId: string;
  title: string;
  /** Shown after the title once known ("Pool members · 10"). */
  count?: number;
  busy?: boolean;
  /** Links and buttons beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
};

/** A titled block below the panels: a related list, the notes or the change log. */
export function SectionShell({ headingId, title, count, busy = false, actions, children }: Props) {
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      aria-busy={busy}
      sx={{ overflow: 'hidden' }}
    >
      <Stack
        direction="row"
        sx={{
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1,
          flexWrap: 'wrap',
          px: 2,
          py: 1.5,
        }}
      >
        <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
          {count !== undefined && (
            <>
              {' '}
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                · {count.toLocaleString()}
              </Box>
            </>
          )}
        </Typography>
        {actions && (
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            {actions}
          </Stack>
        )}
      </Stack>
      <Box sx={{ height: 2 }}>
        {busy && <ActivityBar aria-label={`Loading ${title.toLowerCase()}`} height={2} />}
      </Box>
      {children}
    </Paper>
  );
}

/** What a section says when it has nothing to list. */
export function SectionMessage({ children }: { children: ReactNode }) {
  return <Typography sx={{ px: 2, py: 2, color: 'text.secondary' }}>{children}</Typography>;
}
