'use client';
import type { ReactNode } from 'react';
import type { Ref } from '@/lib/api/schemas/common';
import type { ResourceKey } from '@/lib/api/resources';
import { CLIENT_NAV } from '@/components/ui/client-navigation';
import { plain } from '@/components/ui/plain-styles';
import { detailHref } from './paths';

// Plain elements styled by class (components/ui/plain-styles.tsx): tables repeat these thousands of times.

/** An em dash for an empty value; screen readers hear "None" rather than "dash". */
export function NoValue() {
  return (
    <>
      <span aria-hidden="true" className={plain.none}>
        —
      </span>
      <span className={plain.srOnly}>None</span>
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

/** A link within the app that navigates client-side (components/ui/client-navigation.tsx). */
export function AppLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <a href={href} className={plain.link} aria-label={label} {...CLIENT_NAV}>
      {children}
    </a>
  );
}

/** A foreign key by its display name; a link when it points at one of our own models. */
export function RefValue({ value, resource }: { value: Ref | null | undefined; resource?: ResourceKey }) {
  if (!value) return <NoValue />;
  if (!resource) return <>{refLabel(value)}</>;
  return <AppLink href={detailHref(resource, value.id)}>{refLabel(value)}</AppLink>;
}

// Material icons' CheckCircle and RemoveCircleOutlined paths, without an SvgIcon component each.
const YES =
  'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8z';
const NO =
  'M7 11v2h10v-2zm5-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8';

/** Icon and word, so the meaning never rests on colour alone. */
export function YesNo({ value }: { value: boolean }) {
  return (
    <span className={plain.yesNo} data-value={value ? 'yes' : 'no'}>
      <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
        <path d={value ? YES : NO} />
      </svg>
      {value ? 'Yes' : 'No'}
    </span>
  );
}
