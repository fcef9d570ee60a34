import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appUrl, BENCH, nautobotUrl } from './servers';

/** Debian's Chromium, as the browser suite uses it; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const VIEWPORT = { width: 1600, height: 1000 };
/** Nautobot on a small, busy machine answers a 1,000-row read in tens of seconds. */
const ACTION_TIMEOUT = 180_000;

/** A browser context signed in to the console with admin's password, as a user would. */
export async function appSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await page.goto(`${appUrl}/login/`);
  await page.getByRole('textbox', { name: 'Username' }).fill(BENCH.username);
  await page.getByLabel(/^Password/).fill(BENCH.password);
  await page
    .getByRole('tabpanel', { name: 'Username and password' })
    .getByRole('button', { name: 'Sign in' })
    .click();
  await page.waitForURL(`${appUrl}/`, { timeout: 120_000 });
  return { context, page };
}

/** A browser context signed in to Nautobot's own web UI. */
export async function nautobotSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await page.goto(`${nautobotUrl}/login/`);
  await page.locator('#id_username').fill(BENCH.username);
  await page.locator('#id_password').fill(BENCH.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/login')),
    page.keyboard.press('Enter'),
  ]);
  return { context, page };
}

/** The session cookie, for driving the console's /api proxy from Node with the same signed-in session. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies(appUrl);
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** JS heap in use after a full garbage collection, in bytes (Chrome DevTools Protocol). */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
  return used.value;
}

/** performance.now() in the page (ms since its navigation started) once `predicate` holds, checked every frame. */
export async function timeUntil(page: Page, predicate: string, timeout = 300_000): Promise<number> {
  const handle = await page.waitForFunction(`(${predicate}) ? performance.now() : false`, undefined, {
    polling: 'raf',
    timeout,
  });
  return (await handle.jsonValue()) as number;
}
