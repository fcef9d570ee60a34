import { QueryClient } from '@tanstack/react-query';
import { isNautobotError } from '../api/errors';

/** Retry only what may pass on a second try: not validation, auth or not-found answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isNautobotError(error)) return true;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
