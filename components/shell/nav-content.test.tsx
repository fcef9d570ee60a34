import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/components/test-utils/render';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { NavContent } from './nav-content';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

describe('the main navigation', () => {
  beforeEach(() => {
    router.prefetch.mockClear();
    setUrl('/load-balancers/load-balancer-pool-members/');
  });

  it('prefetches nothing while it is merely shown, only an entry hovered or focused', async () => {
    renderWithProviders(<NavContent host="nautobot.test" />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(router.prefetch).not.toHaveBeenCalled();

    await userEvent.hover(within(nav).getByRole('link', { name: 'Virtual servers' }));
    expect(router.prefetch).toHaveBeenLastCalledWith('/load-balancers/virtual-servers/');

    within(nav).getByRole('link', { name: 'Pools' }).focus();
    expect(router.prefetch).toHaveBeenLastCalledWith('/load-balancers/load-balancer-pools/');
  });
});
