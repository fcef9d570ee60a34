import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '@/components/providers/app-providers';
import { createTransport, type Transport } from '@/lib/api/transport';

export const TEST_NAUTOBOT = 'http://nautobot.test';
/** The token the fake Nautobot gives `admin` (mocks/seed/constants.ts). */
const TEST_TOKEN = '0123456789abcdef0123456789abcdef01234567';

export function testTransport(): Transport {
  return createTransport({ baseUrl: TEST_NAUTOBOT, headers: { Authorization: `Token ${TEST_TOKEN}` } });
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
