import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { router } from '@/components/test-utils/navigation-mock';
import { CLIENT_NAV, ClientNavigation } from './client-navigation';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

// Variables, not literals: what the app marks are links it builds (`AppLink`), never written-out pages.
const POOL = '/load-balancers/load-balancer-pools/abc/?tab=members';
const ELSEWHERE = '/elsewhere/';
const SERVERS = '/load-balancers/virtual-servers/';

function links() {
  render(
    <>
      <ClientNavigation />
      <a href={POOL} {...CLIENT_NAV}>
        <span>web-pool</span>
      </a>
      <a href={ELSEWHERE}>plain</a>
      <a href={SERVERS} target="_blank" {...CLIENT_NAV}>
        new tab
      </a>
    </>,
  );
}

describe('ClientNavigation', () => {
  beforeEach(() => {
    router.push.mockClear();
    router.prefetch.mockClear();
  });

  it('follows a plain click on a marked link inside the app, without a page load', async () => {
    links();
    await userEvent.click(screen.getByText('web-pool'));
    expect(router.push).toHaveBeenCalledExactlyOnceWith(
      '/load-balancers/load-balancer-pools/abc/?tab=members',
    );
  });

  it('leaves modified clicks, links opening elsewhere and unmarked links to the browser', () => {
    links();
    const marked = screen.getByRole('link', { name: 'web-pool' });
    fireEvent.click(marked, { ctrlKey: true });
    fireEvent.click(marked, { metaKey: true });
    fireEvent.click(marked, { shiftKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'new tab' }));
    fireEvent.click(screen.getByRole('link', { name: 'plain' }));
    expect(router.push).not.toHaveBeenCalled();
  });

  it('prefetches a marked link once, when the pointer first comes over it', async () => {
    links();
    const marked = screen.getByRole('link', { name: 'web-pool' });
    await userEvent.hover(marked);
    await userEvent.unhover(marked);
    await userEvent.hover(marked);
    expect(router.prefetch).toHaveBeenCalledExactlyOnceWith(
      '/load-balancers/load-balancer-pools/abc/?tab=members',
    );
  });
});
