'use client';
import { useState } from 'react';
import Box from '@mui/material/Box';
import ErrorOutlinedIcon from '@mui/icons-material/ErrorOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { NoValue } from './cells';

const DAY_MS = 86_400_000;
/** Certificates closer than this to expiry get a warning. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryHint = { kind: 'expired' | 'soon' | 'later'; text: string };

export function expiryHint(iso: string, now: number): ExpiryHint | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  if (at <= now) return { kind: 'expired', text: 'Expired' };
  const days = Math.floor((at - now) / DAY_MS);
  const text = days === 0 ? 'Expires today' : `in ${days} day${days === 1 ? '' : 's'}`;
  return { kind: days <= EXPIRY_WARNING_DAYS ? 'soon' : 'later', text };
}

export function formatDate(iso: string, withTime = false): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(
    undefined,
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  ).format(at);
}

/** A certificate's expiration date with how long it has left, flagged when expired or close. */
export function ExpiryDate({ value }: { value: string | null | undefined }) {
  // Fixed at mount: a list need not re-render as the clock ticks.
  const [now] = useState(Date.now);
  if (!value) return <NoValue />;
  const hint = expiryHint(value, now);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, whiteSpace: 'nowrap' }}>
      <time dateTime={value}>{formatDate(value)}</time>
      {hint && (
        <Box
          component="span"
          sx={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 0.25,
            typography: 'caption',
            color: hint.kind === 'expired' ? 'error.main' : 'text.secondary',
            fontWeight: hint.kind === 'later' ? undefined : 600,
          }}
        >
          {hint.kind === 'expired' && <ErrorOutlinedIcon sx={{ fontSize: 16 }} />}
          {hint.kind === 'soon' && <ScheduleIcon sx={{ fontSize: 16, color: 'warning.main' }} />}
          {hint.text}
        </Box>
      )}
    </Box>
  );
}
