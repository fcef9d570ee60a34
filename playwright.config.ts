import { defineConfig } from '@playwright/test';
import { e2eTarget } from './e2e/support/target';

/**
 * One browser suite, two backends: the embedded fake (default) or a real Nautobot (E2E_TARGET=real, started
 * with `npm run nautobot:up`). Debian's Chromium, never a downloaded browser. The app runs as a production
 * build; set E2E_SKIP_BUILD=1 when `next build` has just run.
 */
const next = 'node node_modules/next/dist/bin/next';
const build = process.env.E2E_SKIP_BUILD ? '' : `${next} build && `;
const t = e2eTarget;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // One worker: the specs sign in and out of one Nautobot and revoke tokens; order keeps them honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // CI names a JSON report (E2E_JSON) to sum the counts of every suite.
  reporter: process.env.E2E_JSON ? [['list'], ['json', { outputFile: process.env.E2E_JSON }]] : 'list',
  use: {
    baseURL: t.appUrl,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    ...(t.name === 'fake'
      ? [
          {
            command: 'node --import tsx mocks/server.ts --fresh',
            env: { FAKE_NAUTOBOT_PORT: String(t.fakePort) },
            url: `${t.nautobotUrl}/api/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
    {
      command: `${build}${next} start -p ${t.appPort} -H 127.0.0.1`,
      env: { NAUTOBOT_URL: t.nautobotUrl, SESSION_SECRET: 'e2e-only-session-secret-0123456789abcdefghij' },
      url: `${t.appUrl}/login/`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      // The same build again, for NOC screens: the dashboard and map open without signing in.
      command: `${next} start -p ${t.readOnlyAppPort} -H 127.0.0.1`,
      env: {
        NAUTOBOT_URL: t.nautobotUrl,
        SESSION_SECRET: 'e2e-only-session-secret-0123456789abcdefghij',
        NAUTOBOT_READONLY_TOKEN: t.readOnlyToken,
      },
      url: `${t.readOnlyAppUrl}/login/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
