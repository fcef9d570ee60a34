import { errorFromBody, NautobotError } from './errors';

/** The one place in the app that calls `fetch`: the Nautobot client and the server-side proxy both go through it. */

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number | boolean)[];
export type Query = Record<string, QueryValue>;

export function toSearchParams(query: Query | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const v of value as readonly (string | number | boolean)[]) params.append(key, String(v));
    } else {
      params.append(key, value === null ? 'null' : String(value));
    }
  }
  return params;
}

/** Low-level send with a timeout that reports as a NautobotError rather than a bare AbortError. */
export async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    return await fetch(url, { ...init, signal });
  } catch (e) {
    if (init.signal?.aborted) throw e;
    if (timeout.aborted) {
      throw new NautobotError({
        status: 504,
        kind: 'timeout',
        message: `Nautobot did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      });
    }
    throw new NautobotError({
      status: 0,
      kind: 'network',
      message: 'Could not reach Nautobot. Check the connection; nothing you typed has been lost.',
    });
  }
}

export type TransportOptions = {
  /** Origin (and optional prefix) in front of `/api/`: `/api/nautobot` in the browser, Nautobot's URL on a server. */
  baseUrl: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Called when our server says the session is gone, before the error is thrown. */
  onSessionExpired?: () => void;
};

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

export type RawResponse = { status: number; headers: Headers; data: unknown };

export type Transport = {
  request(method: string, apiPath: string, options?: RequestOptions): Promise<RawResponse>;
};

export function createTransport(options: TransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async request(method, apiPath, { query, body, signal, headers } = {}) {
      const search = toSearchParams(query).toString();
      const url = `${base}/api/${apiPath.replace(/^\/+/, '')}${search ? `?${search}` : ''}`;
      const response = await send(
        url,
        {
          method,
          signal,
          headers: {
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...options.headers,
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          cache: 'no-store',
        },
        timeoutMs,
      );
      const text = await response.text();
      if (!response.ok) {
        const error = errorFromBody(response.status, response.headers.get('content-type'), text);
        error.apiVersion = response.headers.get('api-version') ?? undefined;
        if (error.kind === 'session-expired') options.onSessionExpired?.();
        throw error;
      }
      let data: unknown = null;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          throw new NautobotError({
            status: response.status,
            kind: 'bad-response',
            message: 'Nautobot answered with something that is not JSON.',
          });
        }
      }
      return { status: response.status, headers: response.headers, data };
    },
  };
}

/** JSON POST to one of this app's own routes (sign-in); the only browser request that does not go to Nautobot. */
export async function postOwnApi(path: string, body: unknown): Promise<{ status: number; data: unknown }> {
  const response = await send(
    path,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    },
    60_000,
  );
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: `The server answered HTTP ${response.status}.` };
  }
  return { status: response.status, data };
}
