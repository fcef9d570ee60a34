import 'server-only';
import { createNautobotClient } from '../api/client';
import { createTransport } from '../api/transport';
import { serverEnv } from './env';

/** The Nautobot client our server uses itself (sign-in, early reads), with the session's token when it has one. */
export function serverNautobotClient(token?: string) {
  const env = serverEnv();
  const transport = createTransport({
    baseUrl: env.NAUTOBOT_URL,
    timeoutMs: env.NAUTOBOT_TIMEOUT_MS,
    headers: token ? { Authorization: `Token ${token}` } : {},
  });
  return createNautobotClient(transport, { lbPath: env.NAUTOBOT_LB_API_PATH });
}
