import type { Metadata } from 'next';
import Box from '@mui/material/Box';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath } from '@/lib/auth/sign-in-schema';
import { DEFAULT_FAKE_URL, serverEnv } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const nautobot = new URL(serverEnv().NAUTOBOT_URL);
  return (
    <Box
      component="main"
      id="main"
      sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <SignInForm
        nextPath={safeNextPath(typeof next === 'string' ? next : undefined)}
        nautobotHost={nautobot.host}
        demo={nautobot.origin === new URL(DEFAULT_FAKE_URL).origin}
      />
    </Box>
  );
}
