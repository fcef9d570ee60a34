'use client';
import { useMutation } from '@tanstack/react-query';
import { requestSignIn } from './sign-in-request';

/**
 * Signs in through our server. On success it navigates in full, not client-side, so the server layout
 * reads the new session cookie; the button keeps spinning until the next page arrives.
 */
export function useSignIn(nextPath: string) {
  const mutation = useMutation({
    mutationFn: requestSignIn,
    onSuccess: (outcome) => {
      if (outcome.ok) window.location.assign(nextPath);
    },
  });
  return { signIn: mutation.mutateAsync, busy: mutation.isPending || mutation.data?.ok === true };
}
