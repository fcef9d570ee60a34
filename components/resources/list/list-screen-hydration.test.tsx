import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { act, cleanup, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '@/components/providers/app-providers';
import { SessionUserProvider } from '@/components/providers/session-user';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders, TEST_NAUTOBOT, testTransport } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '../resource-list-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
  setUrl('/load-balancers/health-check-monitors/');
});

const screenIn = (queryClient: QueryClient): ReactElement => (
  <AppProviders
    config={{ lbPath: 'load-balancers/', nautobotUiUrl: TEST_NAUTOBOT }}
    transport={testTransport()}
    queryClient={queryClient}
  >
    <SessionUserProvider username="alice">
      <ResourceListScreen resource="health-check-monitors" />
    </SessionUserProvider>
  </AppProviders>
);

describe('the list screen over server HTML', () => {
  // Our server streams the page's read to the browser (early-read.ts) and renders the screen while it is
  // still under way. When the rows land before React hydrates (a fast Nautobot, a slow browser), the first
  // client render must still be the server's, or React throws the HTML away and a click made meanwhile is lost.
  it('hydrates without a mismatch when the rows arrived before hydration, then shows them', async () => {
    const loaded = renderWithProviders(
      <SessionUserProvider username="alice">
        <ResourceListScreen resource="health-check-monitors" />
      </SessionUserProvider>,
    );
    await screen.findByRole('link', { name: 'custom-app-probe' });
    const { queryClient } = loaded;
    cleanup();

    const html = renderToString(screenIn(new QueryClient()));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const mismatches: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, screenIn(queryClient), { onRecoverableError: (e) => mismatches.push(e) });
      await Promise.resolve();
    });
    expect(mismatches).toEqual([]);
    expect(await screen.findByRole('link', { name: 'custom-app-probe' })).toBeTruthy();
    container.remove();
  });
});
