'use client';
import type { Ref } from '@/lib/api/schemas/common';
import { plain } from '@/components/ui/plain-styles';
import { AppLink, NoValue, refLabel } from '../cells';

/** Tags by name (the list asks at depth 1, so each carries its name and colour). */
export function TagList({ tags }: { tags: readonly Ref[] | undefined }) {
  if (!tags?.length) return <NoValue />;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {tags.map((t) => (
        <span key={t.id} className={plain.chip} data-variant="outlined">
          {refLabel(t)}
        </span>
      ))}
    </span>
  );
}

/** How many related objects, linking to them as a filtered list (as Nautobot's count columns do). */
export function CountLink({ count, href, what }: { count: number | undefined; href: string; what: string }) {
  if (count === undefined) return <NoValue />;
  if (count === 0) return <>0</>;
  return (
    <AppLink href={href} label={`${count} ${what}`}>
      {count}
    </AppLink>
  );
}
