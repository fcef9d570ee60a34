import { DEMO_TOKEN, REAL_PORT } from '../../mocks/seed/constants';

/** Which Nautobot the browser suite runs against, and where the app under test listens. */
const real = process.env.E2E_TARGET === 'real';
const fakePort = 8097;
const appPort = real ? 3212 : 3211;

export const e2eTarget = {
  name: real ? 'real' : 'fake',
  fakePort,
  appPort,
  appUrl: `http://127.0.0.1:${appPort}`,
  nautobotUrl: real
    ? (process.env.NAUTOBOT_URL ?? `http://127.0.0.1:${REAL_PORT}`)
    : `http://127.0.0.1:${fakePort}`,
  /** A token both backends give admin; the specs use it to arrange and inspect state, never the browser. */
  adminToken: process.env.NAUTOBOT_TOKEN ?? DEMO_TOKEN,
} as const;
