import { createNautobotClient } from '../../lib/api/client';
import { createTransport } from '../../lib/api/transport';
import { e2eTarget } from './target';

/** Direct access to the backend for arranging and checking state (the browser itself only sees our proxy). */
export const nautobot = createNautobotClient(
  createTransport({
    baseUrl: e2eTarget.nautobotUrl,
    headers: { Authorization: `Token ${e2eTarget.adminToken}` },
  }),
  { lbPath: 'load-balancers/' },
);

/** Creates a short-lived API token for admin with Basic auth, as a user would in Nautobot's UI. */
export function issueToken(description: string) {
  return createNautobotClient(createTransport({ baseUrl: e2eTarget.nautobotUrl }), {
    lbPath: 'load-balancers/',
  }).createToken({ username: 'admin', password: 'admin' }, { description });
}

export const SIGN_IN_TOKEN_DESCRIPTION = 'Load balancer console sign-in';

/** How many tokens this app has created at sign-in and not yet revoked. */
export async function consoleTokenCount(): Promise<number> {
  const page = await nautobot.list('tokens', { limit: 1000 });
  return page.results.filter((t) => t.description === SIGN_IN_TOKEN_DESCRIPTION).length;
}
