'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { tokenSignInSchema } from '@/lib/auth/sign-in-schema';
import { SecretField } from './secret-field';
import { SignInFormFrame } from './sign-in-form-frame';
import { useSignIn } from './use-sign-in';

const FIELDS = ['token'] as const;

export function TokenSignIn({ nextPath }: { nextPath: string }) {
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(tokenSignInSchema),
    defaultValues: { method: 'token' as const, token: '' },
  });
  const { errors } = formState;
  const { ref, ...token } = register('token');
  const { submit, busy } = useSignIn(nextPath, FIELDS, setError);

  return (
    <SignInFormFrame
      label="Sign in with an API token"
      serverError={errors.root?.serverError?.message}
      busy={busy}
      onSubmit={handleSubmit(submit)}
    >
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
    </SignInFormFrame>
  );
}
