import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { AppShell } from './app-shell';
import { kioskHref } from './kiosk';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

function renderShell(url: string) {
  setUrl(url);
  return renderWithProviders(
    <AppShell username="alice" nautobotHost="nautobot.test">
      <h1>Page</h1>
    </AppShell>,
  );
}

/** Next's Link drops the trailing slash outside the app (`trailingSlash` is a build setting). */
const path = (href: string | null) => href?.replace(/\/(?=\?|$)/, '');

describe('kiosk mode', () => {
  it('shows the dashboard alone with ?kiosk=1, and Exit kiosk is the first stop for the keyboard', async () => {
    renderShell('/?kiosk=1&refresh=30');
    expect(screen.getByRole('heading', { name: 'Page' })).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'alice' })).toBeNull();

    await userEvent.tab();
    const exit = screen.getByRole('link', { name: 'Exit kiosk' });
    expect(document.activeElement).toBe(exit);
    expect(path(exit.getAttribute('href'))).toBe(path('/?refresh=30'));
  });

  it('applies to the map too', () => {
    renderShell('/load-balancers/map/?kiosk=1');
    expect(screen.getByRole('link', { name: 'Exit kiosk' })).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
  });

  it('is ignored on other pages, which keep the app bar and navigation', () => {
    renderShell('/load-balancers/virtual-servers/?kiosk=1');
    expect(screen.queryByRole('link', { name: 'Exit kiosk' })).toBeNull();
    expect(screen.getByRole('banner')).toBeTruthy();
  });

  it('builds the same page’s address with kiosk mode on or off, keeping its other parameters', () => {
    expect(kioskHref('/', new URLSearchParams('refresh=30'), true)).toBe('/?refresh=30&kiosk=1');
    expect(kioskHref('/', new URLSearchParams('kiosk=1'), false)).toBe('/');
  });
});
