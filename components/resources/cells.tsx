'use client';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RemoveCircleOutlinedIcon from '@mui/icons-material/RemoveCircleOutlined';
import type { Ref } from '@/lib/api/schemas/common';
import type { ResourceKey } from '@/lib/api/resources';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { detailHref } from './paths';

/** An em dash for an empty value; screen readers hear "None" rather than "dash". */
export function NoValue() {
  return (
    <>
      <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary' }}>
        —
      </Box>
      <Box component="span" sx={visuallyHidden}>
        None
      </Box>
    </>
  );
}

export function TextValue({ value }: { value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === '') return <NoValue />;
  return <>{value}</>;
}

export function refLabel(value: Ref): string {
  return value.display ?? value.name ?? value.id;
}

/** A foreign key by its display name; a link when it points at one of our own models. */
export function RefValue({ value, resource }: { value: Ref | null | undefined; resource?: ResourceKey }) {
  if (!value) return <NoValue />;
  if (!resource) return <>{refLabel(value)}</>;
  return (
    <Link component={NextLink} href={detailHref(resource, value.id)}>
      {refLabel(value)}
    </Link>
  );
}

/** Icon and word, so the meaning never rests on colour alone. */
export function YesNo({ value }: { value: boolean }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {value ? (
        <CheckCircleIcon fontSize="small" sx={{ color: 'success.main' }} />
      ) : (
        <RemoveCircleOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} />
      )}
      {value ? 'Yes' : 'No'}
    </Box>
  );
}
