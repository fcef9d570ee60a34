import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { seedIds } from '@/mocks/seed/dataset';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { helperOf } from '@/components/test-utils/queries';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceFormScreen } from './resource-form-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

// Every write gets a later `last_updated`, however fast the test runs: conflict detection compares them.
let tick = Date.UTC(2026, 5, 1);
const { fake, server, requests: sent, writes } = setupFakeNautobot({ clock: () => new Date((tick += 1000)) });
beforeEach(() => {
  window.sessionStorage.clear();
  router.push.mockClear();
});

/** Someone else, saving in Nautobot while our form is open. */
const otherUser = fakeClient();

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const combobox = (name: string) => screen.getByRole<HTMLInputElement>('combobox', { name });

/** Autocomplete pickers search Nautobot as you type: type, wait for the option, choose it. */
async function choose(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  typed: string,
  option: RegExp,
) {
  await user.type(combobox(label), typed);
  // The search waits for typing to pause (250 ms) before asking Nautobot: allow for a slow machine.
  await user.click(await screen.findByRole('option', { name: option }, { timeout: 3000 }));
}

describe('edit: someone changed the object since the form loaded it', () => {
  const id = seedIds.monitor(0); // http-80: http, port 80, interval 5

  async function openEditAndCollide(user: ReturnType<typeof userEvent.setup>) {
    setUrl(`/load-balancers/health-check-monitors/${id}/edit/`);
    renderWithProviders(<ResourceFormScreen resource="health-check-monitors" id={id} />);
    await waitFor(() => expect(textbox('Name').value).toBe('http-80'));
    await otherUser.update('health-check-monitors', id, { port: 8081, interval: 7 });
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'http-80-mine');
    sent.length = 0;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    return screen.findByRole('dialog', {
      name: 'This health check monitor changed in Nautobot while you were editing',
    });
  }

  it('shows what changed and saves nothing until asked', async () => {
    const user = userEvent.setup({ delay: null });
    const dialog = await openEditAndCollide(user);
    const table = within(dialog).getByRole('table', { name: 'Changes made in Nautobot' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        [...within(r).getAllByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Port', '80', '8081', 'unchanged'],
      ['Interval (seconds)', '5', '7', 'unchanged'],
    ]);
    expect(writes()).toEqual([]);
  });

  it('"Load their version" resets the form to what Nautobot has now', async () => {
    const user = userEvent.setup({ delay: null });
    const dialog = await openEditAndCollide(user);
    await user.click(within(dialog).getByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(textbox('Name').value).toBe('http-80');
    expect(textbox('Port').value).toBe('8081');
    expect(textbox('Interval (seconds)').value).toBe('7');
    expect(writes()).toEqual([]);

    // Their version is now the base: saving a change goes through without a second conflict.
    await user.clear(textbox('Retries'));
    await user.type(textbox('Retries'), '9');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    expect(fake.db.get('health-check-monitors', id)).toMatchObject({ port: 8081, interval: 7, retry: 9 });
  });

  it('"Save mine over theirs" writes only the fields I changed', async () => {
    const user = userEvent.setup({ delay: null });
    const dialog = await openEditAndCollide(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    expect(router.push).toHaveBeenCalledWith(`/load-balancers/health-check-monitors/${id}/`);
    const patches = writes();
    expect(patches.map((p) => `${p.method} ${p.url.pathname}`)).toEqual([
      `PATCH /api/load-balancers/health-check-monitors/${id}/`,
    ]);
    expect(JSON.parse(await (patches[0]?.body ?? Promise.resolve('null')))).toEqual({ name: 'http-80-mine' });
    expect(fake.db.get('health-check-monitors', id)).toMatchObject({
      name: 'http-80-mine',
      port: 8081,
      interval: 7,
    });
  });

  it('saves straight away when nobody else changed it', async () => {
    const user = userEvent.setup({ delay: null });
    setUrl(`/load-balancers/health-check-monitors/${id}/edit/`);
    renderWithProviders(<ResourceFormScreen resource="health-check-monitors" id={id} />);
    await waitFor(() => expect(textbox('Port').value).toBe('80'));
    await user.clear(textbox('Port'));
    await user.type(textbox('Port'), '8088');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.db.get('health-check-monitors', id)).toMatchObject({ name: 'http-80', port: 8088 });
  });
});

describe('add a pool member from its pool', () => {
  it('starts with the pool from ?load_balancer_pool= chosen', async () => {
    setUrl(`/load-balancers/load-balancer-pool-members/add/?load_balancer_pool=${seedIds.pool(1)}`);
    renderWithProviders(<ResourceFormScreen resource="load-balancer-pool-members" />);
    await waitFor(() => expect(combobox('Pool').value).toBe('api-pool'));
    expect(combobox('IP address').value).toBe('');
  });
});

describe('virtual server rules in the form', () => {
  it('puts the one-of-four error on both device and cloud service when both are chosen', async () => {
    const user = userEvent.setup({ delay: null });
    setUrl('/load-balancers/virtual-servers/add/');
    renderWithProviders(<ResourceFormScreen resource="virtual-servers" />);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'vs-two-places');
    await choose(user, 'Device', 'lb-east', /^lb-east-01/);
    await choose(user, 'Cloud service', 'alb', /^alb-prod-eu/);
    await user.click(screen.getByRole('button', { name: 'Create virtual server' }));
    const message =
      'Choose only one of device, device redundancy group, cloud service or virtual chassis (device and cloud service are both set).';
    await waitFor(() => expect(helperOf(combobox('Device'))).toBe(message));
    expect(helperOf(combobox('Cloud service'))).toBe(message);
    expect(helperOf(combobox('Virtual chassis'))).not.toBe(message);
    expect(writes()).toEqual([]);
  });

  it('warns, without blocking, when SSL offload is on and no certificate profile is chosen', async () => {
    const user = userEvent.setup({ delay: null });
    setUrl('/load-balancers/virtual-servers/add/');
    renderWithProviders(<ResourceFormScreen resource="virtual-servers" />);
    const ssl = await screen.findByRole('checkbox', { name: 'SSL offload' });
    const warning =
      'SSL offload is on but no certificate profile is assigned: the configuration will have no certificate to offer.';
    expect(helperOf(combobox('Certificate profiles'))).not.toBe(warning);
    await user.click(ssl);
    expect(helperOf(combobox('Certificate profiles'))).toBe(warning);
    expect(combobox('Certificate profiles').getAttribute('aria-invalid')).toBe('false');
    await choose(user, 'Certificate profiles', 'www', /^www-example-com/);
    expect(helperOf(combobox('Certificate profiles'))).not.toBe(warning);
  });
});

describe('certificate profiles saved with the object', () => {
  const VS_ASSIGNMENTS = /\/virtual-server-certificate-profile-assignments\/$/;
  const vsId = seedIds.vs(0); // vs-web-https, with certificate profile 0

  async function openVsEdit() {
    setUrl(`/load-balancers/virtual-servers/${vsId}/edit/`);
    renderWithProviders(<ResourceFormScreen resource="virtual-servers" id={vsId} />);
    await waitFor(() => expect(textbox('Name').value).toBe('vs-web-https'));
  }

  it('adds a chosen profile through the assignment endpoint', async () => {
    const user = userEvent.setup({ delay: null });
    await openVsEdit();
    await choose(user, 'Certificate profiles', 'api-ex', /^api-example-com/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    const assigned = fake.db
      .rows('virtual-server-certificate-profile-assignments')
      .filter((a) => a.virtual_server === vsId)
      .map((a) => a.certificate_profile)
      .sort();
    expect(assigned).toEqual([seedIds.cert(0), seedIds.cert(1)].sort());
    expect(writes().map((w) => w.method)).toEqual(['POST']);
  });

  it('says the object was saved but its profiles were not, when the assignment write fails', async () => {
    const user = userEvent.setup({ delay: null });
    await openVsEdit();
    server.use(
      http.post(VS_ASSIGNMENTS, () =>
        HttpResponse.json({ detail: 'Assignments are locked.' }, { status: 500 }),
      ),
    );
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'vs-web-renamed');
    await choose(user, 'Certificate profiles', 'api-ex', /^api-example-com/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The virtual server was saved, but its certificate profiles were not: Assignments are locked. Save again to retry.',
    );
    expect(fake.db.get('virtual-servers', vsId)?.name).toBe('vs-web-renamed');
    expect(router.push).not.toHaveBeenCalled();
  });

  // Regression: after a partial save on an edit our own PATCH has moved `last_updated`; the retry must rebase on
  // it rather than show the user their own changes as someone else's.
  it('retries a partial save without reporting our own change as a conflict', async () => {
    const user = userEvent.setup({ delay: null });
    await openVsEdit();
    server.use(
      http.post(
        VS_ASSIGNMENTS,
        () => HttpResponse.json({ detail: 'Assignments are locked.' }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'vs-web-renamed');
    await choose(user, 'Certificate profiles', 'api-ex', /^api-example-com/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/Save again to retry\./);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Whichever comes first: the detail page, or a conflict dialog about our own change.
    await waitFor(() =>
      expect(router.push.mock.calls.length + screen.queryAllByRole('dialog').length).toBeGreaterThan(0),
    );
    expect(screen.queryByRole('dialog', { name: /changed in Nautobot while you were editing/ })).toBeNull();
    expect(router.push).toHaveBeenCalledWith(`/load-balancers/virtual-servers/${vsId}/`);
    expect(
      fake.db.rows('virtual-server-certificate-profile-assignments').filter((a) => a.virtual_server === vsId),
    ).toHaveLength(2);
  });
});
