import { DEMO_TOKEN, REAL_PORT } from '../../mocks/seed/constants';

/** Which Nautobot the browser suite runs against, and where the app under test listens. */
const real = process.env.E2E_TARGET === 'real';
const fakePort = 8097;
const appPort = real ? 3212 : 3211;
/** A second app on the same build, with NAUTOBOT_READONLY_TOKEN set (e2e/read-only.spec.ts). */
const readOnlyAppPort = real ? 3214 : 3213;

export const e2eTarget = {
  name: real ? 'real' : 'fake',
  fakePort,
  appPort,
  appUrl: `http://127.0.0.1:${appPort}`,
  readOnlyAppPort,
  readOnlyAppUrl: `http://127.0.0.1:${readOnlyAppPort}`,
  nautobotUrl: real
    ? (process.env.NAUTOBOT_URL ?? `http://127.0.0.1:${REAL_PORT}`)
    : `http://127.0.0.1:${fakePort}`,
  /** A token both backends give admin; the specs use it to arrange and inspect state, never the browser. */
  adminToken: process.env.NAUTOBOT_TOKEN ?? DEMO_TOKEN,
  /**
   * The read-only app's NAUTOBOT_READONLY_TOKEN: a fixed key that e2e/read-only.spec.ts creates for admin with
   * write_enabled false before its tests and deletes after them (until then Nautobot refuses it).
   */
  readOnlyToken: 'e2e0readonly0view0token00000000000000000',
} as const;
