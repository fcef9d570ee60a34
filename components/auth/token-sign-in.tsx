'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { tokenSignInSchema } from '@/lib/auth/sign-in-schema';
import { SecretField } from './secret-field';
import { applySignInErrors } from './sign-in-request';
import { useSignIn } from './use-sign-in';

const FIELDS = ['token'] as const;

export function TokenSignIn({ nextPath }: { nextPath: string }) {
  const { signIn, busy } = useSignIn(nextPath);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(tokenSignInSchema),
    defaultValues: { method: 'token' as const, token: '' },
  });
  const { errors } = formState;
  const { ref, ...token } = register('token');

  const onSubmit = handleSubmit(async (values) => {
    const outcome = await signIn(values);
    if (!outcome.ok) applySignInErrors(outcome, FIELDS, setError);
  });

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      spacing={2}
      aria-label="Sign in with an API token"
    >
      {errors.root?.serverError && <Alert severity="error">{errors.root.serverError.message}</Alert>}
      <SecretField
        {...token}
        inputRef={ref}
        what="token"
        label="API token"
        autoComplete="off"
        required
        error={!!errors.token}
        helperText={
          errors.token?.message ??
          'A key from your Nautobot profile’s API tokens. It is kept on the server only.'
        }
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
      />
      <Button type="submit" variant="contained" size="large" loading={busy} loadingPosition="start">
        Sign in
      </Button>
    </Stack>
  );
}
