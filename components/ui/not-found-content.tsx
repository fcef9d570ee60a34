'use client';
import NextLink from 'next/link';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function NotFoundContent() {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 560 }}>
      <Typography variant="h5" component="h1">
        Page not found
      </Typography>
      <Typography>
        There is nothing at this address. It may have been mistyped, or the object it showed may have been
        deleted.
      </Typography>
      <Button component={NextLink} href="/" variant="contained">
        Go to the overview
      </Button>
    </Stack>
  );
}
