import type { NautobotClient } from '../api/client';
import { isNautobotError } from '../api/errors';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type RetryOptions = {
  /** Further attempts after the first, for failures that may pass (network, timeout, 5xx, 429). Default 3. */
  retries?: number;
  /** Wait before the first retry; it doubles for each further one. Default 1000 ms. */
  backoffMs?: number;
  /** Injected by tests, so backoff needs no real time. */
  sleep?: Sleep;
};

/**
 * A failure that says nothing about the data: the request may not have reached Nautobot, or Nautobot itself
 * failed. Every write the bulk engine retries is idempotent (or re-read before it is sent again), so trying
 * again is safe even when the first attempt did land.
 */
export function isTransient(e: unknown): boolean {
  if (!isNautobotError(e)) return false;
  return e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server' || e.status === 429;
}

/** Runs `attempt` until it succeeds, fails for a reason retrying cannot fix, or the retries run out. */
export async function withRetry<T>(
  attempt: (attemptIndex: number) => Promise<T>,
  { retries = 3, backoffMs = 1000, sleep = realSleep }: RetryOptions = {},
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt(i);
    } catch (e) {
      if (i >= retries || !isTransient(e)) throw e;
      await sleep(backoffMs * 2 ** i);
    }
  }
}

/**
 * The same client, its reads retried like the bulk engine's writes: an export or import check reads hundreds of
 * pages, and one 502 from a busy proxy must not throw all of them away. Writes are left as they are.
 */
export function withReadRetries(client: NautobotClient, options: RetryOptions = {}): NautobotClient {
  return {
    ...client,
    list: (key, params, requestOptions) => withRetry(() => client.list(key, params, requestOptions), options),
    get: (key, id, params, requestOptions) =>
      withRetry(() => client.get(key, id, params, requestOptions), options),
    count: (key, params, requestOptions) =>
      withRetry(() => client.count(key, params, requestOptions), options),
  };
}
