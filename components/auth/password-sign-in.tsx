'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { passwordSignInSchema } from '@/lib/auth/sign-in-schema';
import { SecretField } from './secret-field';
import { applySignInErrors } from './sign-in-request';
import { useSignIn } from './use-sign-in';

const FIELDS = ['username', 'password'] as const;

export function PasswordSignIn({ nextPath }: { nextPath: string }) {
  const { signIn, busy } = useSignIn(nextPath);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { method: 'password' as const, username: '', password: '' },
  });
  const { errors } = formState;
  const { ref: usernameRef, ...username } = register('username');
  const { ref: passwordRef, ...password } = register('password');

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
      aria-label="Sign in with username and password"
    >
      {errors.root?.serverError && <Alert severity="error">{errors.root.serverError.message}</Alert>}
      <TextField
        {...username}
        inputRef={usernameRef}
        label="Username"
        autoComplete="username"
        required
        autoFocus
        error={!!errors.username}
        helperText={errors.username?.message ?? ' '}
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
      />
      <SecretField
        {...password}
        inputRef={passwordRef}
        what="password"
        label="Password"
        autoComplete="current-password"
        required
        error={!!errors.password}
        helperText={errors.password?.message ?? ' '}
      />
      <Button type="submit" variant="contained" size="large" loading={busy} loadingPosition="start">
        Sign in
      </Button>
    </Stack>
  );
}
