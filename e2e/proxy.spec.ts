import { expect, test } from '@playwright/test';
import { e2eTarget } from './support/target';
import { signInWithToken, expectSignedIn } from './support/pages';

const monitors = '/api/nautobot/api/load-balancers/health-check-monitors/';

test.describe('the Nautobot proxy', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/login/');
    await signInWithToken(page, e2eTarget.adminToken);
    await expectSignedIn(page);
  });

  test('refuses a cross-origin POST before it reaches Nautobot, and forwards a same-origin one', async ({
    page,
  }) => {
    const foreign = await page.request.post(monitors, {
      headers: { Origin: 'http://evil.example' },
      data: {},
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toEqual({ detail: 'Cross-origin requests that change data are refused.' });
    const noOrigin = await page.request.post(monitors, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
      data: {},
    });
    expect(noOrigin.status()).toBe(403);
    // Same origin reaches Nautobot, whose own validation answers.
    const own = await page.request.post(monitors, { headers: { Origin: e2eTarget.appUrl }, data: {} });
    expect(own.status()).toBe(400);
    expect(await own.json()).toEqual({ name: ['This field is required.'] });
  });

  for (const path of [
    '/api/nautobot/..%2f..%2f',
    '/api/nautobot/api/..%2f..%2fadmin/',
    '/api/nautobot/api/%2e%2e/%2e%2e/admin/',
    '/api/nautobot//evil.example/',
    '/api/nautobot/https:%2f%2fevil.example/api/',
    '/api/nautobot/admin/',
    '/api/nautobot/login/',
  ]) {
    test(`refuses ${path}`, async ({ page }) => {
      // Next may first normalise the URL with a redirect; wherever it ends, it is here and it is refused.
      const response = await page.request.get(path);
      expect(new URL(response.url()).origin).toBe(e2eTarget.appUrl);
      expect([400, 404]).toContain(response.status());
      expect(response.headers()['api-version']).toBeUndefined();
    });
  }

  test('withholds the token endpoint, whose answers carry token keys', async ({ page }) => {
    const response = await page.request.get('/api/nautobot/api/users/tokens/');
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain(e2eTarget.adminToken);
  });

  test('answers 401 without a session, and never forwards the browser’s own credentials', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: e2eTarget.appUrl });
    const anonymous = await context.request.get(monitors, {
      headers: { Authorization: `Token ${e2eTarget.adminToken}` },
    });
    expect(anonymous.status()).toBe(401);
    await context.close();
  });
});
