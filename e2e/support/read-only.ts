import { createTransport } from '../../lib/api/transport';
import { nautobot } from './nautobot';
import { e2eTarget } from './target';

/**
 * The read-only app's token (e2eTarget.readOnlyToken): admin's, with write_enabled false, as a NOC screen would
 * be given. It exists only while e2e/read-only.spec.ts runs; until then the read-only app has nothing to use.
 */
const DESCRIPTION = 'e2e read-only view token';

export async function removeReadOnlyToken() {
  const page = await nautobot.list('tokens', { limit: 1000 });
  for (const token of page.results.filter((t) => t.description === DESCRIPTION))
    await nautobot.remove('tokens', token.id);
}

/** Created with Basic auth (Nautobot's token endpoint), with the fixed key the read-only app was given. */
export async function createReadOnlyToken() {
  await removeReadOnlyToken();
  const transport = createTransport({ baseUrl: e2eTarget.nautobotUrl });
  await transport.request('POST', 'users/tokens/', {
    headers: { Authorization: `Basic ${btoa('admin:admin')}` },
    body: { key: e2eTarget.readOnlyToken, write_enabled: false, description: DESCRIPTION },
  });
}
