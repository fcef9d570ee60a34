import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from './resource-list-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, urls } = setupFakeNautobot();
beforeEach(() => {
  setUrl('/load-balancers/health-check-monitors/');
});

const renderMonitors = () => renderWithProviders(<ResourceListScreen resource="health-check-monitors" />);

describe('ResourceListScreen', () => {
  it('shows the rows of the page and the total count', async () => {
    renderMonitors();
    expect(await screen.findByRole('heading', { level: 1, name: 'Health check monitors · 8' })).toBeTruthy();
    const table = screen.getByRole('table', { name: /Health check monitors/ });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    const link = within(table).getByRole('link', { name: 'custom-app-probe' });
    expect(link.getAttribute('href')).toMatch(/^\/load-balancers\/health-check-monitors\/[0-9a-f-]{36}\/?$/);
    const list = urls().find((u) => u.pathname.endsWith('/health-check-monitors/'));
    // Read flat; the tenants it names are filled in by id (lib/api/expand-refs.ts).
    expect(list?.searchParams.get('depth')).toBe('0');
    expect(list?.searchParams.get('limit')).toBe('50');
  });

  it('says there is nothing yet, and offers to add one', async () => {
    fake.reset(false);
    renderMonitors();
    expect(await screen.findByText('No health check monitors yet')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Add' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the search matches nothing, and clears it', async () => {
    setUrl('/load-balancers/health-check-monitors/?q=nomatch');
    renderMonitors();
    const message = await screen.findByText('No health check monitors match “nomatch”');
    await userEvent.click(
      within(message.parentElement ?? document.body).getByRole('button', { name: 'Clear search' }),
    );
    expect(await screen.findByRole('heading', { name: 'Health check monitors · 8' })).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('shows the error with a Retry that loads again', async () => {
    server.use(
      http.get(/\/health-check-monitors\/$/, () =>
        HttpResponse.json({ detail: 'Nautobot is having a bad day.' }, { status: 500 }),
      ),
    );
    renderMonitors();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Nautobot is having a bad day.')).toBeTruthy();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'custom-app-probe' })).toBeTruthy();
  });

  it('sorts on the server when a column header is clicked, and keeps it in the URL', async () => {
    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    await userEvent.click(screen.getByRole('button', { name: 'Port' }));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('port');
    expect(screen.getByRole('columnheader', { name: /Port/ }).getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(screen.getByRole('button', { name: /Port/ }));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('-port');
    const last = urls()
      .filter((u) => u.pathname.endsWith('/health-check-monitors/'))
      .at(-1);
    // Name orders ties for the reader; the client's id makes paging stable (names are not unique).
    expect(last?.searchParams.get('sort')).toBe('-port,name,id');
  });

  it('searches after typing stops and starts again at page 1', async () => {
    setUrl('/load-balancers/health-check-monitors/?page=2&per_page=25');
    renderMonitors();
    await userEvent.type(
      await screen.findByRole('searchbox', { name: 'Search health check monitors' }),
      'https',
    );
    expect(await screen.findByRole('heading', { name: 'Health check monitors · 2' })).toBeTruthy();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('q')).toBe('https');
    expect(params.get('page')).toBeNull();
    expect(params.get('per_page')).toBe('25');
  });

  it('pages through results with the page in the URL', async () => {
    setUrl('/load-balancers/load-balancer-pool-members/?per_page=25');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    await screen.findByRole('heading', { name: /^Pool members · \d+$/ });
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    const last = urls()
      .filter((u) => u.pathname.endsWith('/load-balancer-pool-members/'))
      .at(-1);
    expect(last?.searchParams.get('offset')).toBe('25');
    expect(await screen.findByText(/26–50 of/)).toBeTruthy();
  });
});
