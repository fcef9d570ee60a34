import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake } = setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
  router.push.mockClear();
});

const members = () => fake.db.rows('load-balancer-pool-members');

describe('selecting rows', () => {
  it('selects rows and the page without opening them', async () => {
    setUrl('/load-balancers/health-check-monitors/');
    renderWithProviders(<ResourceListScreen resource="health-check-monitors" />);
    const row = await screen.findByRole('checkbox', { name: 'Select custom-app-probe' });
    await userEvent.click(row);
    expect(router.push).not.toHaveBeenCalled();
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(within(bar).getByText('1 selected')).toBeTruthy();
    const page = screen.getByRole('checkbox', { name: 'Select this page' });
    expect(page.getAttribute('data-indeterminate')).toBe('true');
    await userEvent.click(page);
    expect(within(bar).getByText('8 selected')).toBeTruthy();
    await userEvent.click(within(bar).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: 'Selection' })).toBeNull();
  });

  it('keeps the selection across pages, and clears it when the filter changes', async () => {
    setUrl('/load-balancers/load-balancer-pool-members/?per_page=25');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await screen.findByText(/26–50 of/);
    expect(screen.getByText('25 selected')).toBeTruthy();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search pool members' }), 'web');
    expect(await screen.findByText('Selection cleared: the search or filters changed.')).toBeTruthy();
  });

  it('selects every object matching the filter by id, as many as Nautobot counts', async () => {
    const pool = members()[0]?.load_balancer_pool as string;
    const expected = members().filter((m) => m.load_balancer_pool === pool).length;
    setUrl(`/load-balancers/load-balancer-pool-members/?per_page=25&load_balancer_pool=${pool}`);
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    const [first] = await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(first as HTMLElement);
    const bar = screen.getByRole('region', { name: 'Selection' });
    await userEvent.click(
      within(bar).getByRole('button', { name: `Select all ${expected} matching this filter` }),
    );
    expect(await screen.findByText(`${expected} selected`)).toBeTruthy();
  });
});
