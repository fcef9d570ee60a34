'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

type Props = { error: unknown; retry: () => void; reset: () => void };

function describe(error: unknown): { message: string; digest?: string } {
  if (error instanceof Error) {
    const digest = 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
    return { message: error.message || 'An unexpected error occurred.', digest };
  }
  return { message: 'An unexpected error occurred.' };
}

// `retry` re-fetches the segment and re-renders it; plain `reset` would only re-render what already failed.
export default function ConsoleError({ error, retry }: Props) {
  const { message, digest } = describe(error);
  return (
    <Box sx={{ maxWidth: 720 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Something went wrong
      </Typography>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            Try again
          </Button>
        }
      >
        <AlertTitle>This page could not be shown</AlertTitle>
        {message}
        {digest && (
          <Typography variant="caption" component="p" sx={{ mt: 1 }}>
            Reference: {digest}
          </Typography>
        )}
      </Alert>
    </Box>
  );
}
