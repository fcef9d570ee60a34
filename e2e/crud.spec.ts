import { expect, test, type Page } from '@playwright/test';
import { NautobotError } from '../lib/api/errors';
import type { ResourceKey } from '../lib/api/resources';
import { seedIds } from '../mocks/seed/dataset';
import { idFromDetailUrl, removeRunObjects } from './support/cleanup';
import { applyEdit, crudModels } from './support/crud-models';
import {
  chooseOption,
  detailValue,
  picker,
  pickReference,
  resourceForm,
  select,
  tabTo,
  textbox,
} from './support/forms';
import { nautobot } from './support/nautobot';
import { expectAccessible, expectSignedIn, signInWithToken } from './support/pages';
import { RUN, runPort } from './support/run';
import { e2eTarget } from './support/target';

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

// Other specs count the seed: nothing this file made may outlive it, whichever step failed.
test.afterAll(async () => {
  await removeRunObjects();
});

const listPath = (key: ResourceKey) => `/load-balancers/${key}/`;
const detailPattern = (key: ResourceKey) => new RegExp(`${listPath(key)}[0-9a-f-]{36}/$`);
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** 404 once deleted; "exists" while Nautobot still has it. */
const lookUp = (key: ResourceKey, id: string) =>
  nautobot.get(key, id).then(
    () => 'exists' as const,
    (e: unknown) => (e instanceof NautobotError ? e.status : String(e)),
  );

/** Every non-GET request the page sends to Nautobot through the proxy. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/api/nautobot/')) writes.push(`${r.method()} ${r.url()}`);
  });
  return writes;
}

for (const model of crudModels) {
  test.describe(`${model.plural}, start to finish`, () => {
    test.describe.configure({ mode: 'serial' });
    const what = model.singular.toLowerCase();
    const list = listPath(model.key);
    let id = '';

    test('added from the list, found by search or filter, opened, edited, the change logged', async ({
      page,
    }) => {
      await page.goto(list);
      await page.getByRole('main').getByRole('link', { name: 'Add', exact: true }).click();
      await expect(page).toHaveURL(`${list}add/`);
      const addForm = resourceForm(page, `Add ${what}`);
      await model.fill(page, addForm);
      await addForm.getByRole('button', { name: `Create ${what}`, exact: true }).click();
      await expect(page).toHaveURL(detailPattern(model.key));
      id = idFromDetailUrl(page.url());
      await expect(h1(page, model.display)).toBeVisible();

      // Found by the list's search or Nautobot's filters in the URL, and opened from there.
      await page.goto(`${list}?${model.listQuery}`);
      await expect(h1(page, `${model.plural} · 1`)).toBeVisible();
      await page
        .getByRole('table', { name: new RegExp(`^${model.plural}`) })
        .getByRole('link', { name: model.display, exact: true })
        .click();
      await expect(page).toHaveURL(`${list}${id}/`);
      await expect(h1(page, model.display)).toBeVisible();

      await page.getByRole('main').getByRole('link', { name: 'Edit', exact: true }).click();
      await expect(page).toHaveURL(`${list}${id}/edit/`);
      const editForm = resourceForm(page, `Edit ${what}`);
      await applyEdit(page, editForm, model.edit);
      await editForm.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page).toHaveURL(`${list}${id}/`);
      await expect(detailValue(page, model.edit.detailLabel)).toHaveText(model.edit.value);
      const update = page
        .getByRole('table', { name: /^Change log/ })
        .getByRole('row')
        .filter({ hasText: 'Updated' });
      await expect(update).toHaveCount(1);
      await expect(update).toContainText(`${model.edit.detailLabel}:`);
      await expect(update).toContainText(model.edit.value);
    });

    test('deleted after a confirmation that names it, then gone from list and Nautobot', async ({ page }) => {
      await page.goto(`${list}${id}/`);
      await expect(h1(page, model.display)).toBeVisible();
      await page.getByRole('main').getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Delete ${what} ${model.display}?` });
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page).toHaveURL(list);
      await page.goto(`${list}?${model.listQuery}`);
      await expect(page.getByText(new RegExp(`^No ${model.plural.toLowerCase()} match`))).toBeVisible();
      expect(await lookUp(model.key, id)).toBe(404);
    });
  });
}

test.describe('the virtual-server form refuses bad input at the field concerned', () => {
  test('a port out of range and a missing name, before anything is sent', async ({ page }) => {
    const writes = recordWrites(page);
    await page.goto('/load-balancers/virtual-servers/add/');
    const form = resourceForm(page, 'Add virtual server');
    const port = textbox(form, 'Port');
    const name = textbox(form, 'Name');
    await port.fill('70000');
    await form.getByRole('button', { name: 'Create virtual server', exact: true }).click();

    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(port).toHaveAccessibleDescription('Enter a port from 0 to 65535.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription('This field is required.');
    await expectAccessible(page);

    await port.fill('8080');
    await expect(port).toHaveAttribute('aria-invalid', 'false');
    await expect(page).toHaveURL(/\/virtual-servers\/add\/$/);
    expect(writes).toEqual([]);
  });

  test('a VIP, port and protocol another virtual server has: named at Port, nothing created', async ({
    page,
  }) => {
    // Seed virtual server 0 is vs-web-https on 10.10.0.10/32 (Global), port 443, HTTPS.
    const writes = recordWrites(page);
    const name = `${RUN}-dup`;
    await page.goto('/load-balancers/virtual-servers/add/');
    const form = resourceForm(page, 'Add virtual server');
    await textbox(form, 'Name').fill(name);
    await pickReference(page, picker(form, 'VIP'), '10.10.0.10', '10.10.0.10/32 (Global)');
    const port = textbox(form, 'Port');
    await port.fill('443');
    await chooseOption(page, select(form, 'Protocol'), 'HTTPS');
    await form.getByRole('button', { name: 'Create virtual server', exact: true }).click();

    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(port).toHaveAccessibleDescription(
      'Virtual server “vs-web-https” already uses this VIP, port and protocol.',
    );
    await expect(form.getByRole('link', { name: 'Open vs-web-https', exact: true })).toHaveAttribute(
      'href',
      `/load-balancers/virtual-servers/${seedIds.vs(0)}/`,
    );
    await expect(page).toHaveURL(/\/virtual-servers\/add\/$/);
    expect(writes).toEqual([]);
    const made = await nautobot.list('virtual-servers', { filters: { name }, limit: 1 });
    expect(made.count).toBe(0);
  });
});

test('a pool still in use is not deleted: the dialog says why and links what uses it', async ({ page }) => {
  // Seed pool 0 ("web-pool") has ten members and is virtual server 0's pool.
  const poolId = seedIds.pool(0);
  await page.goto(`/load-balancers/load-balancer-pools/${poolId}/`);
  await expect(h1(page, 'web-pool')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete load balancer pool web-pool?' });
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(dialog.getByRole('alert')).toContainText(
    /Nautobot can’t delete this load balancer pool: \d+ objects still use it/,
  );
  const servers = dialog.getByRole('region', { name: 'Virtual servers' });
  await expect(servers.getByRole('link', { name: 'vs-web-https', exact: true })).toHaveAttribute(
    'href',
    `/load-balancers/virtual-servers/${seedIds.vs(0)}/`,
  );
  const members = dialog.getByRole('region', { name: 'Pool members' });
  await expect(members.getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/load-balancers\/load-balancer-pool-members\/[0-9a-f-]{36}\/$/,
  );
  await expect(members.getByRole('link', { name: /^View all in list/ })).toHaveAttribute(
    'href',
    `/load-balancers/load-balancer-pool-members/?load_balancer_pool=${poolId}`,
  );
  expect(await lookUp('load-balancer-pools', poolId)).toBe('exists');

  await servers.getByRole('link', { name: 'vs-web-https', exact: true }).click();
  await expect(page).toHaveURL(`/load-balancers/virtual-servers/${seedIds.vs(0)}/`);
  await expect(h1(page, 'vs-web-https')).toBeVisible();
});

test('a health check monitor can be added with the keyboard alone', async ({ page }) => {
  const name = `${RUN}-keyboard`;
  await page.goto('/load-balancers/health-check-monitors/add/');
  const form = resourceForm(page, 'Add health check monitor');
  await expect(textbox(form, 'Name')).toBeEditable();

  // From the top of the page: the skip link, then into the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, textbox(form, 'Name'), 5);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  const type = select(form, 'Type');
  await expect(type).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.type('http');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(type).toContainText('HTTP');
  await expect(type).toBeFocused();
  for (const [label, value] of [
    ['Port', '8081'],
    ['Interval (seconds)', '7'],
    ['Timeout (seconds)', '22'],
    ['Retries', '2'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(textbox(form, label)).toBeFocused();
    await page.keyboard.type(value);
  }
  await tabTo(page, form.getByRole('button', { name: 'Create health check monitor' }), 10);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(detailPattern('health-check-monitors'));
  await expect(h1(page, name)).toBeVisible();
  const saved = await nautobot.get('health-check-monitors', idFromDetailUrl(page.url()));
  expect(saved).toMatchObject({
    name,
    health_check_type: 'http',
    port: 8081,
    interval: 7,
    timeout: 22,
    retry: 2,
  });
});

test('a list and a detail page pass axe', async ({ page }) => {
  await page.goto('/load-balancers/load-balancer-pool-members/');
  // The count shows once the rows are in; other tests here may have added members for now.
  await expect(page.getByRole('heading', { level: 1, name: /^Pool members · / })).toBeVisible();
  await expectAccessible(page);

  // Seed monitor 0 ("http-80"): its fields, the virtual servers and pools using it, notes and a change log.
  await page.goto(`/load-balancers/health-check-monitors/${seedIds.monitor(0)}/`);
  await expect(h1(page, 'http-80')).toBeVisible();
  await expect(page.getByRole('table', { name: /^Pools using it/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Change log/ })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectAccessible(page);

  // The form with its errors is checked in the bad-input spec above.
});

test('a list filtered from its URL passes axe', async ({ page }) => {
  await page.goto(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${seedIds.pool(0)}`);
  await expect(page.getByRole('button', { name: 'Remove filter Pool: web-pool' })).toBeVisible();
  await expect(h1(page, 'Pool members · 10')).toBeVisible();
  await expectAccessible(page);
});

test('a detail page with a tenant and an update in its change log passes axe', async ({ page }) => {
  const monitor = await nautobot.create('health-check-monitors', {
    name: `${RUN}-axe`,
    interval: 5,
    tenant: seedIds.tenant(1),
  });
  await nautobot.update('health-check-monitors', monitor.id, { interval: 10 });
  await page.goto(`/load-balancers/health-check-monitors/${monitor.id}/`);
  await expect(h1(page, `${RUN}-axe`)).toBeVisible();
  await expect(detailValue(page, 'Tenant')).toHaveText('Payments');
  await expect(page.getByRole('table', { name: /^Change log/ }).getByText('Updated')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectAccessible(page);
});

test('unsaved input survives a reload and can be discarded', async ({ page }) => {
  await page.goto('/load-balancers/virtual-servers/add/');
  const form = resourceForm(page, 'Add virtual server');
  await textbox(form, 'Name').fill(`${RUN}-draft`);
  await pickReference(page, picker(form, 'VIP'), '10.10.0.12', '10.10.0.12/32 (Global)');
  await textbox(form, 'Port').fill('8443');
  await chooseOption(page, select(form, 'Protocol'), 'HTTPS');
  // The draft follows each change a moment later; reload once it holds the last one.
  await expect
    .poll(() => page.evaluate(() => Object.values(sessionStorage).join('\n')))
    .toContain('"protocol":"https"');

  await page.reload();
  await expect(form.getByRole('alert').filter({ hasText: 'Restored your unsaved changes' })).toBeVisible();
  await expect(textbox(form, 'Name')).toHaveValue(`${RUN}-draft`);
  await expect(picker(form, 'VIP')).toHaveValue('10.10.0.12/32 (Global)');
  await expect(textbox(form, 'Port')).toHaveValue('8443');
  await expect(select(form, 'Protocol')).toContainText('HTTPS');

  await form.getByRole('button', { name: 'Discard draft' }).click();
  await expect(textbox(form, 'Name')).toHaveValue('');
  await expect(picker(form, 'VIP')).toHaveValue('');
});

test('“Add member” on a pool’s page starts the member form with that pool', async ({ page }) => {
  // Seed pool 2 is "auth-pool".
  const poolId = seedIds.pool(2);
  const port = runPort(4);
  await page.goto(`/load-balancers/load-balancer-pools/${poolId}/`);
  await page
    .getByRole('region', { name: /^Pool members/ })
    .getByRole('link', { name: 'Add member' })
    .click();
  await expect(page).toHaveURL(
    `/load-balancers/load-balancer-pool-members/add/?load_balancer_pool=${poolId}`,
  );
  const form = resourceForm(page, 'Add pool member');
  await expect(picker(form, 'Pool')).toHaveValue('auth-pool');

  await pickReference(page, picker(form, 'IP address'), '10.20.1.11', '10.20.1.11/32 (Global)');
  await textbox(form, 'Port').fill(String(port));
  await pickReference(page, picker(form, 'Status'), 'Active', 'Active');
  await textbox(form, 'Label').fill(`${RUN}-from-pool`);
  await form.getByRole('button', { name: 'Create pool member', exact: true }).click();

  await expect(page).toHaveURL(detailPattern('load-balancer-pool-members'));
  await expect(h1(page, `10.20.1.11:${port}`)).toBeVisible();
  await expect(detailValue(page, 'Pool').getByRole('link', { name: 'auth-pool' })).toHaveAttribute(
    'href',
    `/load-balancers/load-balancer-pools/${poolId}/`,
  );
});
