/**
 * The read-only service token (NAUTOBOT_READONLY_TOKEN): NOC screens show the dashboard and the map without
 * anyone signing in. Pure rules, kept apart so they can be tested without a server.
 */

/** Pages a visitor without a session may open when a read-only token is configured. */
export const READ_ONLY_PAGES = ['/', '/load-balancers/map/'] as const;

export function isReadOnlyPage(pathname: string): boolean {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return READ_ONLY_PAGES.some((p) => p === normalised);
}

/**
 * What those pages read, and nothing more: the load-balancer endpoints, the statuses and tenants they name,
 * the API root and GraphQL queries. Everything else needs a signed-in user's own token.
 */
function readablePaths(lbPath: string): RegExp[] {
  // lbPath is relative to /api/ ("load-balancers/", or the old app's "plugins/load-balancer-models/").
  const lb = lbPath.replace(/^\/+/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    new RegExp(`^api/${lb}`),
    /^api\/extras\/statuses\//,
    /^api\/tenancy\/tenants\//,
    // The API root, an index of links: every page's footer reads Nautobot's version from its API-Version header.
    /^api\/$/,
  ];
}

export const GRAPHQL_PATH = 'api/graphql/';

export const READ_ONLY_REFUSED = {
  detail: 'This is a read-only view. Sign in to make changes.',
  code: 'read_only',
};

/**
 * Nautobot's GraphQL schema has no mutations today; refusing any operation that is not a plain query keeps
 * the read-only path read-only should one appear.
 */
export function isGraphqlReadQuery(body: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (!parsed || typeof parsed !== 'object' || !('query' in parsed) || typeof parsed.query !== 'string')
    return false;
  const withoutComments = parsed.query.replace(/#[^\n]*/g, '');
  return !/\b(mutation|subscription)\b/.test(withoutComments);
}

export type ReadOnlyDecision = 'forward' | 'refuse-write' | 'refuse-path';

/** Whether a request without a session may go to Nautobot under the read-only token. */
export function readOnlyDecision(method: string, path: string, lbPath: string, body = ''): ReadOnlyDecision {
  if (path === GRAPHQL_PATH || path === GRAPHQL_PATH.slice(0, -1)) {
    if (method !== 'POST') return 'refuse-write';
    return isGraphqlReadQuery(body) ? 'forward' : 'refuse-write';
  }
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') return 'refuse-write';
  return readablePaths(lbPath).some((re) => re.test(path)) ? 'forward' : 'refuse-path';
}

/** Set by proxy.ts (and only there) on a page request it let through without a session. */
export const VIEWER_HEADER = 'x-lbui-viewer';
