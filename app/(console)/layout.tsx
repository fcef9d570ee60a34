import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOGIN_PATH } from '@/lib/auth/sign-in-schema';
import { AppShell } from '@/components/shell/app-shell';
import { serverEnv } from '@/lib/server/env';
import { getSession } from '@/lib/server/session';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // proxy.ts already sends visitors without a session to sign-in; this covers anything it lets through.
  const session = await getSession(await cookies(), false);
  if (!session.token) redirect(LOGIN_PATH);
  const nautobotHost = new URL(serverEnv().NAUTOBOT_URL).host;
  return (
    <AppShell username={session.username ?? 'Token user'} nautobotHost={nautobotHost}>
      {children}
    </AppShell>
  );
}
