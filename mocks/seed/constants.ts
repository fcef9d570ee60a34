/** Demo credentials of the embedded fake and the local real Nautobot; loopback test servers only. */
export const DEMO_USERNAME = 'admin';
export const DEMO_PASSWORD = 'admin';
/** The fixed API token both test backends give `admin`, so scripts and contract tests need no sign-in. */
export const DEMO_TOKEN = '0123456789abcdef0123456789abcdef01234567';
export const FAKE_PORT = 8090;
export const REAL_PORT = 8080;
