'use client';
import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { loginHref } from '@/lib/auth/sign-in-schema';

/** A viewer sees the dashboard and map read-only; signing in opens everything else and brings them back. */
export function ViewerSignIn() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <>
      <Chip size="small" label="Read-only view" variant="outlined" />
      <Button
        component={NextLink}
        href={loginHref(search ? `${pathname}?${search}` : pathname)}
        color="inherit"
      >
        Sign in
      </Button>
    </>
  );
}
