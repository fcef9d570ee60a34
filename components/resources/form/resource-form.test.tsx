import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { seedIds } from '@/mocks/seed/dataset';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { helperOf } from '@/components/test-utils/queries';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceFormScreen } from './resource-form-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, requests, writes } = setupFakeNautobot();
beforeEach(() => {
  window.sessionStorage.clear();
  router.push.mockClear();
  setUrl('/load-balancers/health-check-monitors/add/');
});

const DRAFT_KEY = 'lb-ui:draft:health-check-monitors:new:';
const renderAddMonitor = () => renderWithProviders(<ResourceFormScreen resource="health-check-monitors" />);

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const createButton = () => screen.getByRole('button', { name: 'Create health check monitor' });

describe('ResourceForm: add a health check monitor', () => {
  it('creates it and goes to its page', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'tcp-9100');
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'TCP' }));
    await user.type(textbox('Port'), '9100');
    await user.type(textbox('Interval (seconds)'), '10');
    await user.type(textbox('Timeout (seconds)'), '31');
    await user.type(textbox('Retries'), '0');
    await user.type(screen.getByRole('combobox', { name: 'Tenant' }), 'Pay');
    await user.click(await screen.findByRole('option', { name: /Payments/ }, { timeout: 3000 }));
    await user.click(createButton());

    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    const created = fake.db.rows('health-check-monitors').find((r) => r.name === 'tcp-9100');
    expect(created).toMatchObject({
      health_check_type: 'tcp',
      port: 9100,
      interval: 10,
      timeout: 31,
      retry: 0,
      tenant: seedIds.tenant(1),
    });
    expect(router.push).toHaveBeenCalledWith(`/load-balancers/health-check-monitors/${String(created?.id)}/`);
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });
});

describe('ResourceForm: checks before sending', () => {
  it('shows the port range at Port and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'tcp-70000');
    await user.type(textbox('Port'), '70000');
    requests.length = 0;
    await user.click(createButton());
    await waitFor(() => expect(helperOf(textbox('Port'))).toBe('Enter a port from 0 to 65535.'));
    expect(textbox('Port').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([]);
    expect(router.push).not.toHaveBeenCalled();
  });

  it('shows "This field is required." at Name when it is missing', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Port' }), '80');
    await user.click(createButton());
    await waitFor(() => expect(helperOf(textbox('Name'))).toBe('This field is required.'));
    expect(textbox('Name').getAttribute('aria-invalid')).toBe('true');
    expect(helperOf(textbox('Port'))).not.toMatch(/Enter/);
    expect(writes()).toEqual([]);
  });

  it('clears the error once the value is fixed', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Port' }), '-1');
    await user.click(createButton());
    await waitFor(() => expect(helperOf(textbox('Port'))).toBe('Enter a port from 0 to 65535.'));
    await user.clear(textbox('Port'));
    await user.type(textbox('Port'), '1');
    await waitFor(() => expect(textbox('Port').getAttribute('aria-invalid')).toBe('false'));
  });

  it('names the monitor that already has the name, at Name, with a link to it', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'http-80');
    await user.click(createButton());
    const message = 'A health check monitor named “http-80” already exists; names are unique.';
    await waitFor(() => expect(helperOf(textbox('Name'))).toBe(message));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Already exists')).toBeTruthy();
    const link = within(alert).getByRole('link', { name: 'Open http-80' });
    expect(link.getAttribute('href')).toMatch(
      new RegExp(`^/load-balancers/health-check-monitors/${seedIds.monitor(0)}/?$`),
    );
    expect(writes()).toEqual([]);
  });
});

describe('ResourceForm: Nautobot’s answer', () => {
  it('puts a field error from Nautobot on that field and keeps the input', async () => {
    server.use(
      http.post(/\/health-check-monitors\/$/, () =>
        HttpResponse.json({ port: ['Nautobot does not like this port.'] }, { status: 400 }),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'tcp-81');
    await user.type(textbox('Port'), '81');
    await user.click(createButton());
    await waitFor(() => expect(helperOf(textbox('Port'))).toBe('Nautobot does not like this port.'));
    expect(textbox('Port').getAttribute('aria-invalid')).toBe('true');
    expect(textbox('Name').value).toBe('tcp-81');
    expect(textbox('Port').value).toBe('81');
    expect(router.push).not.toHaveBeenCalled();
    // Placed on its field, so nothing repeats it at the top.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a network failure at the top and keeps the input and the draft', async () => {
    server.use(http.post(/\/health-check-monitors\/$/, () => HttpResponse.error()));
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'tcp-82');
    await user.type(textbox('Port'), '82');
    await user.click(createButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Couldn’t save this health check monitor')).toBeTruthy();
    expect(
      within(alert).getByText(
        'Could not reach Nautobot. Check the connection; nothing you typed has been lost.',
      ),
    ).toBeTruthy();
    expect(textbox('Name').value).toBe('tcp-82');
    expect(textbox('Port').value).toBe('82');
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toContain('tcp-82');
    expect(fake.db.rows('health-check-monitors').some((r) => r.name === 'tcp-82')).toBe(false);

    // Once Nautobot answers again, the same input saves.
    server.resetHandlers();
    await user.click(createButton());
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    expect(fake.db.rows('health-check-monitors').some((r) => r.name === 'tcp-82')).toBe(true);
  });
});

describe('ResourceForm: drafts', () => {
  it('keeps typed input in sessionStorage, restores it on the next visit, and discards it on request', async () => {
    const user = userEvent.setup({ delay: null });
    const first = renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'draft-monitor');
    await user.type(textbox('Retries'), '4');
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull());
    const stored = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? '{}') as {
      values?: Record<string, unknown>;
    };
    expect(stored.values).toMatchObject({ name: 'draft-monitor', retry: '4' });
    first.unmount();

    renderAddMonitor();
    expect(await screen.findByText(/^Restored your unsaved changes/)).toBeTruthy();
    expect(textbox('Name').value).toBe('draft-monitor');
    expect(textbox('Retries').value).toBe('4');

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(textbox('Name').value).toBe('');
    expect(textbox('Retries').value).toBe('');
    expect(screen.queryByText(/^Restored your unsaved changes/)).toBeNull();
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull());
  });

  it('removes the draft when the input matches the object again', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'x');
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull());
    await user.clear(textbox('Name'));
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull());
  });

  it('asks before following a link away from changed input', async () => {
    const user = userEvent.setup({ delay: null });
    renderAddMonitor();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'leaving');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave, keep draft' }));
    expect(router.push).toHaveBeenCalledWith(
      expect.stringMatching(/^\/load-balancers\/health-check-monitors\/?$/),
    );
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toContain('leaving');
  });
});

describe('ResourceFormScreen: clone', () => {
  it('starts from the copied object and says so', async () => {
    setUrl(`/load-balancers/health-check-monitors/add/?clone=${seedIds.monitor(1)}`);
    renderAddMonitor();
    expect(
      await screen.findByText('A copy of https-443. Change what must differ before creating it.'),
    ).toBeTruthy();
    expect(textbox('Name').value).toBe('https-443');
    expect(textbox('Port').value).toBe('443');
    expect(screen.getByRole('button', { name: 'Create health check monitor' })).toBeTruthy();
  });
});

describe('ResourceForm: a create that half succeeded', () => {
  // Regression: a draft restored after a reload must remember the object a partial save already created, so
  // saving again updates it instead of creating a second one (pool and monitor rows could silently double).
  it('updates the object the draft already created rather than creating another', async () => {
    const user = userEvent.setup({ delay: null });
    const existing = fake.db.rows('health-check-monitors').find((r) => r.name === 'http-80');
    const base = { values: {}, lastUpdated: null };
    const values = {
      tags: [],
      name: 'http-80-renamed',
      health_check_type: 'http',
      port: '80',
      interval: '5',
      timeout: '16',
      retry: '3',
      tenant: null,
    };
    window.sessionStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ values, base, savedAt: new Date().toISOString(), savedId: existing?.id }),
    );
    renderAddMonitor();
    expect(await screen.findByText(/Restored your unsaved changes/)).toBeTruthy();
    await user.click(createButton());
    await waitFor(() => expect(router.push).toHaveBeenCalledTimes(1));
    expect(writes().map((w) => w.method)).toEqual(['PATCH']);
    expect(fake.db.rows('health-check-monitors').filter((r) => r.name === 'http-80-renamed')).toHaveLength(1);
  });
});
