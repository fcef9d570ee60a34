import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '@/components/providers/app-providers';
import { createTransport, type Transport } from '@/lib/api/transport';
import { DEMO_TOKEN } from '@/mocks/seed/constants';

export const TEST_NAUTOBOT = 'http://nautobot.test';
export function testTransport(): Transport {
  return createTransport({ baseUrl: TEST_NAUTOBOT, headers: { Authorization: `Token ${DEMO_TOKEN}` } });
}

/** Renders inside the app's providers with a fresh, non-retrying QueryClient and a direct transport. */
export function renderWithProviders(
  ui: ReactElement,
  { transport = testTransport() }: { transport?: Transport } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <AppProviders
      config={{ lbPath: 'load-balancers/', nautobotUiUrl: TEST_NAUTOBOT }}
      transport={transport}
      queryClient={queryClient}
    >
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient };
}
