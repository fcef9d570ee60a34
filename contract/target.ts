import { createNautobotClient } from '@/lib/api/client';
import { createTransport } from '@/lib/api/transport';
import { DEMO_TOKEN, FAKE_PORT, REAL_PORT } from '@/mocks/seed/constants';

/** The contract suite runs unchanged against the fake (default) or a real Nautobot (CONTRACT_TARGET=real). */
export const target = process.env.CONTRACT_TARGET === 'real' ? 'real' : 'fake';
export const baseUrl =
  target === 'real'
    ? (process.env.NAUTOBOT_URL ?? `http://127.0.0.1:${REAL_PORT}`)
    : `http://127.0.0.1:${process.env.CONTRACT_FAKE_PORT ?? String(FAKE_PORT + 9)}`;
export const token = process.env.NAUTOBOT_TOKEN ?? DEMO_TOKEN;

export function clientWith(headers: Record<string, string> = { Authorization: `Token ${token}` }) {
  return createNautobotClient(createTransport({ baseUrl, headers, timeoutMs: 60_000 }), {
    lbPath: 'load-balancers/',
  });
}

export const api = clientWith();

/** Names unique to this run, so the suite can run repeatedly against a long-lived Nautobot. */
export const run = `ct${Date.now().toString(36)}`;

/** Raw request helper for what the typed client deliberately cannot express (bad bodies, raw bodies). */
export const raw = createTransport({
  baseUrl,
  headers: { Authorization: `Token ${token}` },
  timeoutMs: 60_000,
});
