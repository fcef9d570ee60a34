'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Marks a plain `<a href>` of our own app that should navigate client-side, as a Next `<Link>` does. */
export const CLIENT_NAV = { 'data-client-nav': '' } as const;
const SELECTOR = 'a[data-client-nav]';

/**
 * One listener for every plain in-app link (`CLIENT_NAV`), instead of a Next `<Link>` per link: a table of 1,000
 * rows holds two thousand links, and a `<Link>` each (with its prefetch observer) cost a good part of its render.
 * A plain left click navigates client-side; modified clicks (new tab, download) stay the browser's. The target
 * is prefetched when the pointer first comes over it, as `<Link>` does on hover.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const prefetched = new Set<string>();
    const linkOf = (event: Event) => {
      const target = event.target;
      const link = target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR) : null;
      if (!link || link.target || link.origin !== window.location.origin) return null;
      return link;
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = linkOf(event);
      if (!link) return;
      event.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    };
    const onOver = (event: MouseEvent) => {
      const link = linkOf(event);
      if (!link) return;
      const href = link.pathname + link.search;
      if (prefetched.has(href)) return;
      prefetched.add(href);
      router.prefetch(href);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('mouseover', onOver);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('mouseover', onOver);
    };
  }, [router]);
  return null;
}
