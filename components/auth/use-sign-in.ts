'use client';
import { useMutation } from '@tanstack/react-query';
import type { Path, UseFormSetError } from 'react-hook-form';
import type { SignIn } from '@/lib/auth/sign-in-schema';
import { applySignInErrors, requestSignIn } from './sign-in-request';

/**
 * Signs in through our server and puts what it refuses on the form's fields (or at its top). On success it
 * navigates in full, not client-side, so the server layout reads the new session cookie; the button keeps
 * spinning until the next page arrives.
 */
export function useSignIn<T extends SignIn>(
  nextPath: string,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
) {
  const mutation = useMutation({
    mutationFn: requestSignIn,
    onSuccess: (outcome) => {
      if (outcome.ok) window.location.assign(new URL(nextPath, window.location.origin).href);
    },
  });
  const submit = async (values: T) => {
    const outcome = await mutation.mutateAsync(values);
    if (!outcome.ok) applySignInErrors(outcome, fields, setError);
  };
  return { submit, busy: mutation.isPending || mutation.data?.ok === true };
}
