'use client';
import type { ReactNode } from 'react';
import NextLink from 'next/link';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import RefreshIcon from '@mui/icons-material/Refresh';

function Centered({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box
      sx={{
        py: 8,
        px: 2,
        textAlign: 'center',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 2,
      }}
    >
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function EmptyState({ plural, addHref }: { plural: string; addHref: string }) {
  return (
    <Centered title={`No ${plural.toLowerCase()} yet`}>
      <Button component={NextLink} href={addHref} variant="contained" startIcon={<AddIcon />}>
        Add
      </Button>
    </Centered>
  );
}

/** Nothing matches the search, the filters, or both; each can be cleared from here. */
export function NoMatchState({
  plural,
  q,
  filtered,
  onClearSearch,
  onClearFilters,
}: {
  plural: string;
  q: string;
  filtered: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}) {
  const what = plural.toLowerCase();
  const title =
    q && filtered
      ? `No ${what} match “${q}” and these filters`
      : q
        ? `No ${what} match “${q}”`
        : `No ${what} match these filters`;
  return (
    <Centered title={title}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>
        {q && (
          <Button variant="outlined" onClick={onClearSearch}>
            Clear search
          </Button>
        )}
        {filtered && (
          <Button variant="outlined" onClick={onClearFilters}>
            Clear filters
          </Button>
        )}
      </Box>
    </Centered>
  );
}

export function PastEndState({ lastPage, onGo }: { lastPage: number; onGo: () => void }) {
  return (
    <Centered title="There is nothing on this page">
      <Button variant="outlined" onClick={onGo}>
        Go to page {lastPage}
      </Button>
    </Centered>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
  retrying,
}: {
  title: string;
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        action={
          <Button
            color="inherit"
            size="small"
            startIcon={<RefreshIcon />}
            onClick={onRetry}
            loading={retrying}
          >
            Retry
          </Button>
        }
      >
        <AlertTitle>{title}</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}
