'use client';
import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { loginHref } from '@/lib/auth/sign-in-schema';
import { createNautobotClient } from '@/lib/api/client';
import type { ApiConfig } from '@/lib/api/config';
import { createTransport, type Transport } from '@/lib/api/transport';
import { createNautobotQueries } from '@/lib/query/nautobot-queries';
import { makeQueryClient } from '@/lib/query/query-client';
import { theme } from '@/components/theme/theme';
import { PlainStyles } from '@/components/ui/plain-styles';
import { NautobotContext, type NautobotContextValue } from './nautobot-context';

/** Our server's proxy; the browser never talks to Nautobot, nor holds its token. */
export const BROWSER_API_BASE = '/api/nautobot';

function goToSignIn() {
  const here = window.location.pathname + window.location.search;
  // A full page load, not a client-side push: every cached query belonged to the session that just ended.
  window.location.assign(new URL(loginHref(here), window.location.origin).href);
}

export function buildNautobotContext(config: ApiConfig, transport?: Transport): NautobotContextValue {
  const client = createNautobotClient(
    transport ?? createTransport({ baseUrl: BROWSER_API_BASE, onSessionExpired: goToSignIn }),
    config,
  );
  return { client, queries: createNautobotQueries(client), config };
}

type Props = {
  config: ApiConfig;
  children: ReactNode;
  /** Tests inject a client that talks to the fake directly, and a fresh QueryClient. */
  transport?: Transport;
  queryClient?: QueryClient;
};

export function AppProviders({ config, children, transport, queryClient }: Props) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [nautobot] = useState(() => buildNautobotContext(config, transport));
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <PlainStyles />
      <QueryClientProvider client={client}>
        <NautobotContext.Provider value={nautobot}>{children}</NautobotContext.Provider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
