'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { passwordSignInSchema } from '@/lib/auth/sign-in-schema';
import { SecretField } from './secret-field';
import { SignInFormFrame } from './sign-in-form-frame';
import { useSignIn } from './use-sign-in';

const FIELDS = ['username', 'password'] as const;

export function PasswordSignIn({ nextPath }: { nextPath: string }) {
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { method: 'password' as const, username: '', password: '' },
  });
  const { errors } = formState;
  const { ref: usernameRef, ...username } = register('username');
  const { ref: passwordRef, ...password } = register('password');
  const { submit, busy } = useSignIn(nextPath, FIELDS, setError);

  return (
    <SignInFormFrame
      label="Sign in with username and password"
      serverError={errors.root?.serverError?.message}
      busy={busy}
      onSubmit={handleSubmit(submit)}
    >
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
    </SignInFormFrame>
  );
}
