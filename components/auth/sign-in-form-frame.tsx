'use client';
import type { FormEvent, ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

type Props = {
  label: string;
  /** What the server said that belongs to no field. */
  serverError: string | undefined;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
};

/** The form around either sign-in method: server errors on top, the fields, and the submit button. */
export function SignInFormFrame({ label, serverError, busy, onSubmit, children }: Props) {
  return (
    <Stack component="form" noValidate onSubmit={(e) => void onSubmit(e)} spacing={2} aria-label={label}>
      {serverError && <Alert severity="error">{serverError}</Alert>}
      {children}
      <Button type="submit" variant="contained" size="large" loading={busy} loadingPosition="start">
        Sign in
      </Button>
    </Stack>
  );
}
