'use client';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { Ref } from '@/lib/api/schemas/common';
import { NoValue, refLabel } from '../cells';

/** Tags by name (the list asks at depth 1, so each carries its name and colour). */
export function TagList({ tags }: { tags: readonly Ref[] | undefined }) {
  if (!tags?.length) return <NoValue />;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
      {tags.map((t) => (
        <Chip key={t.id} size="small" variant="outlined" label={refLabel(t)} />
      ))}
    </Box>
  );
}

/** How many related objects, linking to them as a filtered list (as Nautobot's count columns do). */
export function CountLink({ count, href, what }: { count: number | undefined; href: string; what: string }) {
  if (count === undefined) return <NoValue />;
  if (count === 0) return <>0</>;
  return (
    <Link component={NextLink} href={href} aria-label={`${count} ${what}`}>
      {count}
    </Link>
  );
}
