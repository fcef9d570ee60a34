import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { SessionUserProvider } from '@/components/providers/session-user';
import { detailHref } from '../paths';
import { ResourceListScreen } from '../resource-list-screen';
import { healthMonitorColumns } from '../columns/health-check-monitors';
import { visibleColumns } from '../column';
import { listPrefsKey, useListPrefs } from './list-prefs';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, urls } = setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
  router.push.mockClear();
  setUrl('/load-balancers/health-check-monitors/');
});

function renderMonitors(username = 'alice') {
  return renderWithProviders(
    <SessionUserProvider username={username}>
      <ResourceListScreen resource="health-check-monitors" />
    </SessionUserProvider>,
  );
}

// Without the sort's spoken suffix, nor the selection column (a checkbox, no text).
const headers = () =>
  screen
    .getAllByRole('columnheader')
    .map((h) => h.textContent.replace(/, sorted \w+$/, ''))
    .filter((h) => h !== '');

async function toggleColumn(name: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
  await userEvent.click(screen.getByRole('menuitemcheckbox', { name }));
  await userEvent.keyboard('{Escape}');
}

describe('columns and density', () => {
  it('shows Nautobot’s default columns, with the others in the Columns menu and the primary one fixed', async () => {
    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    expect(headers()).toEqual(['Name', 'Type', 'Port', 'Interval', 'Retry', 'Timeout']);
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const name = screen.getByRole('menuitemcheckbox', { name: 'Name' });
    expect(name.getAttribute('aria-checked')).toBe('true');
    expect(name.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tenant' }).getAttribute('aria-checked')).toBe(
      'false',
    );
  });

  it('hides and shows columns, remembered for the same user but not for another', async () => {
    const first = renderMonitors('alice');
    await screen.findByRole('link', { name: 'custom-app-probe' });
    await toggleColumn('Port');
    await toggleColumn('Tenant');
    expect(headers()).toEqual(['Name', 'Type', 'Interval', 'Retry', 'Timeout', 'Tenant']);
    first.unmount();

    const again = renderMonitors('alice');
    await screen.findByRole('link', { name: 'custom-app-probe' });
    expect(headers()).toEqual(['Name', 'Type', 'Interval', 'Retry', 'Timeout', 'Tenant']);
    again.unmount();

    renderMonitors('bob');
    await screen.findByRole('link', { name: 'custom-app-probe' });
    expect(headers()).toEqual(['Name', 'Type', 'Port', 'Interval', 'Retry', 'Timeout']);
  });

  it('resets the columns to the defaults', async () => {
    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    await toggleColumn('Retry');
    expect(headers()).not.toContain('Retry');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset columns' }));
    await userEvent.keyboard('{Escape}');
    expect(headers()).toContain('Retry');
  });

  it('renders the default columns on the server, where the stored choice cannot be read', () => {
    window.localStorage.setItem(
      listPrefsKey('alice', 'health-check-monitors'),
      JSON.stringify({ columns: { port: false }, density: 'standard' }),
    );
    function Probe() {
      const { prefs, density } = useListPrefs('health-check-monitors');
      return `${visibleColumns(healthMonitorColumns, prefs)
        .map((c) => c.id)
        .join(',')} ${density}`;
    }
    const tree = (
      <SessionUserProvider username="alice">
        <Probe />
      </SessionUserProvider>
    );
    expect(renderToString(tree)).toBe('name,health_check_type,port,interval,retry,timeout compact');
    const client = render(tree);
    expect(client.container.textContent).toBe('name,health_check_type,interval,retry,timeout standard');
  });

  it('applies a stored choice from an older or foreign shape safely', async () => {
    window.localStorage.setItem(
      listPrefsKey('alice', 'health-check-monitors'),
      '{"columns": 5, "density": "huge"}',
    );
    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    expect(headers()).toEqual(['Name', 'Type', 'Port', 'Interval', 'Retry', 'Timeout']);
  });

  it('toggles row density and remembers it', async () => {
    const first = renderMonitors();
    const link = await screen.findByRole('link', { name: 'custom-app-probe' });
    const toggle = screen.getByRole('button', { name: 'Compact rows' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(link.closest('table')?.dataset.density).toBe('compact');
    // Plain cells take the head's paddings in px (a bare number in `sx` would be spacing units: 16 → 128 px).
    const cell = () => screen.getByRole('link', { name: 'custom-app-probe' }).closest('th') as HTMLElement;
    expect(getComputedStyle(cell()).padding).toBe('4px 16px');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('link', { name: 'custom-app-probe' }).closest('table')?.dataset.density).toBe(
      'standard',
    );
    expect(getComputedStyle(cell()).padding).toBe('16px');
    first.unmount();

    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    expect(screen.getByRole('button', { name: 'Compact rows' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('asks for M2M fields (tags too) only while a column shows them', async () => {
    setUrl('/load-balancers/virtual-servers/');
    renderWithProviders(
      <SessionUserProvider username="alice">
        <ResourceListScreen resource="virtual-servers" />
      </SessionUserProvider>,
    );
    await screen.findByRole('heading', { name: 'Virtual servers · 25' });
    const lastList = () =>
      urls()
        .filter((u) => u.pathname.endsWith('/virtual-servers/'))
        .at(-1);
    expect(lastList()?.searchParams.get('exclude_m2m')).toBe('true');
    await toggleColumn('Certificate profiles');
    expect(await screen.findByRole('columnheader', { name: 'Certificate profiles' })).toBeTruthy();
    expect(lastList()?.searchParams.get('exclude_m2m')).toBe('false');
    const withProfiles = await screen.findAllByRole('link', { name: /^\d+ certificate profiles$/ });
    expect(withProfiles[0]?.getAttribute('href')).toMatch(
      /^\/load-balancers\/certificate-profiles\/?\?virtual_servers=[0-9a-f-]{36}$/,
    );
    await toggleColumn('Certificate profiles');
    await waitFor(() => expect(lastList()?.searchParams.get('exclude_m2m')).toBe('true'));
    await toggleColumn('Tags');
    expect(await screen.findByRole('columnheader', { name: 'Tags' })).toBeTruthy();
    expect(lastList()?.searchParams.get('exclude_m2m')).toBe('false');
  });
});

describe('keyboard and pointer', () => {
  it('moves focus between rows with the arrow keys, Home and End', async () => {
    renderMonitors();
    await screen.findByRole('link', { name: 'custom-app-probe' });
    const table = screen.getByRole('table', { name: /Health check monitors/ });
    const rowLinks = within(table)
      .getAllByRole('rowheader')
      .map((h) => within(h).getByRole('link'));
    expect(rowLinks).toHaveLength(8);

    rowLinks[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowLinks[1]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(document.activeElement).toBe(rowLinks[2]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(rowLinks[7]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowLinks[7]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(rowLinks[0]);
  });

  it('opens a row’s detail page when the row is clicked outside its links', async () => {
    renderMonitors();
    const link = await screen.findByRole('link', { name: 'custom-app-probe' });
    const row = link.closest('tr');
    if (!row) throw new Error('no row');
    await userEvent.click(within(row).getByText('9000'));
    const id = fake.db.rows('health-check-monitors').find((m) => m.name === 'custom-app-probe')?.id ?? '';
    expect(router.push).toHaveBeenCalledWith(detailHref('health-check-monitors', id));
  });

  it('shows the rows on the page and the total in the pagination', async () => {
    setUrl('/load-balancers/load-balancer-pool-members/?per_page=25&page=3');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    expect(await screen.findByText('51–75 of 300')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Pool members · 300' })).toBeTruthy();
  });
});
