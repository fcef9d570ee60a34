import type { ReactNode } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOGIN_PATH } from '@/lib/auth/sign-in-schema';
import { AppShell } from '@/components/shell/app-shell';
import { serverEnv } from '@/lib/server/env';
import { VIEWER_HEADER } from '@/lib/server/read-only';
import { getSession } from '@/lib/server/session';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // proxy.ts already sends visitors without a session to sign-in; this covers anything it lets through.
  const session = await getSession(await cookies(), false);
  // A viewer is someone proxy.ts let onto the dashboard or map under the read-only token.
  const viewer = !session.token && (await headers()).get(VIEWER_HEADER) === '1';
  if (!session.token && !viewer) redirect(LOGIN_PATH);
  const nautobotHost = new URL(serverEnv().NAUTOBOT_URL).host;
  return (
    <AppShell username={viewer ? null : (session.username ?? 'Token user')} nautobotHost={nautobotHost}>
      {children}
    </AppShell>
  );
}
