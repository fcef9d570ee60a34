/** Pure rules of the Nautobot proxy, kept apart so they can be tested without a server. */

export const PROXY_PREFIX = '/api/nautobot/';
export const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Plain segments only: no empty segment (`//`), none starting with a dot (`.`, `..`), no percent-encoding
// (`%2f`, `%2e`, `%5c`), no backslash. UUIDs and endpoint names all fit.
const UPSTREAM_PATH = /^api(?:\/[A-Za-z0-9_-][A-Za-z0-9_.~-]*)*\/?$/;

/**
 * The Nautobot path a proxied request may reach, or null. Takes the raw (still encoded) pathname, so
 * encoded traversal is seen for what it is.
 */
export function upstreamPath(rawPathname: string): string | null {
  if (!rawPathname.startsWith(PROXY_PREFIX)) return null;
  const rest = rawPathname.slice(PROXY_PREFIX.length);
  return UPSTREAM_PATH.test(rest) ? rest : null;
}

/**
 * Paths the browser never needs and must not reach: Nautobot answers `users/tokens/` with every token's `key`,
 * the session's own included. Sign-in and sign-out call it from our server instead.
 */
const WITHHELD = [/^api\/users\/tokens(\/|$)/i];

export function isWithheldPath(path: string): boolean {
  return WITHHELD.some((re) => re.test(path));
}

/** Builds the upstream URL and proves it stays on the configured host under `/api/`. */
export function upstreamUrl(nautobotUrl: string, path: string, search: string): string | null {
  const base = new URL(nautobotUrl.endsWith('/') ? nautobotUrl : `${nautobotUrl}/`);
  const target = new URL(path + search, base);
  if (target.origin !== base.origin) return null;
  if (target.pathname !== `${base.pathname}api/` && !target.pathname.startsWith(`${base.pathname}api/`))
    return null;
  return target.toString();
}

/**
 * Mutations must come from our own pages: the Origin header (or, failing that, Sec-Fetch-Site) must say so.
 * SameSite=Lax already keeps the cookie off most cross-site requests; this closes the rest.
 */
export function isAllowedOrigin(method: string, headers: Headers, ownHost: string | null): boolean {
  if (SAFE_METHODS.has(method)) return true;
  const origin = headers.get('origin');
  if (origin) {
    try {
      return !!ownHost && new URL(origin).host === ownHost;
    } catch {
      return false;
    }
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}

const FORWARD_REQUEST_HEADERS = ['accept', 'content-type', 'accept-language'];
const FORWARD_RESPONSE_HEADERS = ['content-type', 'api-version', 'content-disposition', 'content-language'];

/** Only what Nautobot needs: the browser's cookies and Authorization never leave our server. */
export function upstreamHeaders(incoming: Headers, token: string): Headers {
  const out = new Headers();
  for (const name of FORWARD_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value) out.set(name, value);
  }
  out.set('authorization', `Token ${token}`);
  return out;
}

export function downstreamHeaders(upstream: Headers): Headers {
  const out = new Headers({ 'cache-control': 'no-store' });
  for (const name of FORWARD_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value) out.set(name, value);
  }
  return out;
}
