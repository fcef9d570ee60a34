import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import InitColorSchemeScript from '@mui/material/InitColorSchemeScript';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import { AppProviders } from '@/components/providers/app-providers';
import { publicApiConfig } from '@/lib/server/env';

export const metadata: Metadata = {
  title: { default: 'LB Console', template: '%s · LB Console' },
  description: 'Virtual servers, pools, members, monitors and certificate profiles kept in Nautobot',
  icons: { icon: '/icon.svg' },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render per request: the Nautobot URL and API path are read at run time, never baked in at build time.
  await connection();
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript attribute="class" />
        <AppRouterCacheProvider options={{ enableCssLayer: true }}>
          <AppProviders config={publicApiConfig()}>{children}</AppProviders>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
