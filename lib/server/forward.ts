import 'server-only';
import { webCookies } from 'iron-session';
import { errorFromBody, isNautobotError } from '../api/errors';
import { send } from '../api/transport';
import { serverEnv } from './env';
import {
  ALLOWED_METHODS,
  downstreamHeaders,
  isAllowedOrigin,
  isWithheldPath,
  upstreamHeaders,
  upstreamPath,
  upstreamUrl,
} from './proxy-rules';
import { READ_ONLY_REFUSED, readOnlyDecision } from './read-only';
import { cookieSecureFor, getSession } from './session';

function json(status: number, body: Record<string, unknown>, headers = new Headers()): Response {
  headers.set('content-type', 'application/json');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

export const SESSION_EXPIRED = {
  detail: 'Your Nautobot session has ended. Sign in again.',
  code: 'session_expired',
};

/** Forwards one browser request to the configured Nautobot with the session's token. */
export async function forwardToNautobot(request: Request): Promise<Response> {
  const env = serverEnv();
  const method = request.method.toUpperCase();
  if (!ALLOWED_METHODS.has(method)) return json(405, { detail: `Method ${method} is not allowed.` });

  const url = new URL(request.url);
  const path = upstreamPath(url.pathname);
  const target = path && upstreamUrl(env.NAUTOBOT_URL, path, url.search);
  if (!target) return json(400, { detail: 'That path is not one this proxy forwards.' });
  if (isWithheldPath(path))
    return json(403, { detail: 'API tokens are managed by this server, not through the proxy.' });

  const ownHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!isAllowedOrigin(method, request.headers, ownHost)) {
    return json(403, { detail: 'Cross-origin requests that change data are refused.' });
  }

  const cookieHeaders = new Headers();
  const secure = cookieSecureFor(request.url, request.headers.get('x-forwarded-proto'));
  const session = await getSession(webCookies(request, cookieHeaders), secure);
  const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  const requestBody = hasBody ? await request.arrayBuffer() : undefined;

  // Without a session, only the read-only token's narrow path is open (dashboard and map on NOC screens).
  let token = session.token;
  const readOnly = !token;
  if (!token) {
    if (!env.NAUTOBOT_READONLY_TOKEN) return json(401, SESSION_EXPIRED);
    const text = requestBody ? new TextDecoder().decode(requestBody) : '';
    const decision = readOnlyDecision(method, path, env.NAUTOBOT_LB_API_PATH, text);
    if (decision === 'refuse-write') return json(403, READ_ONLY_REFUSED);
    if (decision === 'refuse-path') return json(401, SESSION_EXPIRED);
    token = env.NAUTOBOT_READONLY_TOKEN;
  }

  let upstream: Response;
  // The whole answer is read before ours starts: streamed through, a body Nautobot sends in pieces could be cut
  // off half-way (seen with uWSGI and 1000-row pages), leaving the browser with a truncated "success".
  let body: ArrayBuffer | null;
  try {
    upstream = await send(
      target,
      {
        method,
        headers: upstreamHeaders(request.headers, token),
        body: requestBody,
        redirect: 'manual',
        cache: 'no-store',
        signal: request.signal,
      },
      env.NAUTOBOT_TIMEOUT_MS,
    );
    body = method === 'HEAD' ? null : await upstream.arrayBuffer();
  } catch (e) {
    if (isNautobotError(e)) {
      return json(e.kind === 'timeout' ? 504 : 502, {
        detail: e.kind === 'timeout' ? e.message : 'Nautobot is unreachable from this server.',
      });
    }
    if (e instanceof DOMException && e.name === 'TimeoutError') {
      return json(504, {
        detail: `Nautobot did not finish answering within ${Math.round(env.NAUTOBOT_TIMEOUT_MS / 1000)} s.`,
      });
    }
    return json(502, { detail: 'Nautobot’s answer was cut off. Try again.' });
  }

  // The client's own reading of Nautobot's answer decides whether a 403 means "who are you?" (the token is gone).
  const rejectedToken =
    upstream.status === 403 &&
    errorFromBody(
      403,
      upstream.headers.get('content-type'),
      new TextDecoder().decode(body ?? new ArrayBuffer(0)),
    ).kind === 'auth';
  if (rejectedToken && readOnly) {
    return json(503, { detail: 'Nautobot refused the read-only token (NAUTOBOT_READONLY_TOKEN).' });
  }
  if (rejectedToken) {
    session.destroy();
    return json(401, SESSION_EXPIRED, cookieHeaders);
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    // Redirects would leak the upstream host or bounce the browser elsewhere; Nautobot's API does not use them.
    return json(502, { detail: `Nautobot answered with a redirect (HTTP ${upstream.status}).` });
  }
  // A 204 (every successful DELETE) may not carry a body, not even an empty one: Response() throws on it.
  const bodyless = [101, 103, 204, 205, 304].includes(upstream.status);
  return new Response(bodyless ? null : body, {
    status: upstream.status,
    headers: downstreamHeaders(upstream.headers),
  });
}
