'use client';
import { usePathname, useSearchParams } from 'next/navigation';

/** `?kiosk=1`: a NOC wall screen, full screen without app bar or navigation. */
export const KIOSK_PARAM = 'kiosk';

/** Pages that offer kiosk mode; elsewhere the flag is ignored, so a link out of a kiosk screen leaves it. */
export const KIOSK_PAGES = ['/', '/load-balancers/map/'] as const;

const normalise = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

export function useKiosk(): boolean {
  const pathname = usePathname();
  const search = useSearchParams();
  return search.get(KIOSK_PARAM) === '1' && KIOSK_PAGES.some((p) => p === normalise(pathname ?? ''));
}

/** The same page with kiosk mode on or off, keeping its other parameters (`?refresh=30`). */
export function kioskHref(pathname: string, search: URLSearchParams, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set(KIOSK_PARAM, '1');
  else params.delete(KIOSK_PARAM);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
