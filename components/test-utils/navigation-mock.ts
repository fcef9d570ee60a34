import { useMemo, useSyncExternalStore } from 'react';
import { vi } from 'vitest';

/**
 * A stand-in for `next/navigation` in component tests, backed by jsdom's real location and history:
 * `history.pushState` / `replaceState` update what useSearchParams returns, as Next.js's router does.
 * Use with `vi.mock('next/navigation', async () => (await import('@/components/test-utils/navigation-mock')).navigationMock)`.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

for (const method of ['pushState', 'replaceState'] as const) {
  const original = window.history[method].bind(window.history);
  window.history[method] = (...args: Parameters<History['pushState']>) => {
    original(...args);
    notify();
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export const router = {
  push: vi.fn(),
  replace: vi.fn(),
  refresh: vi.fn(),
  back: vi.fn(),
  forward: vi.fn(),
  prefetch: vi.fn(),
};

/** Points the test at a URL, as a navigation would. */
export function setUrl(url: string) {
  window.history.replaceState(null, '', url);
}

const readSearch = () => window.location.search;
const readPath = () => window.location.pathname;

export const navigationMock = {
  useSearchParams() {
    // The server snapshot too, so a screen can be rendered to a string (jsdom has the URL either way).
    const search = useSyncExternalStore(subscribe, readSearch, readSearch);
    return useMemo(() => new URLSearchParams(search), [search]);
  },
  usePathname() {
    return useSyncExternalStore(subscribe, readPath, readPath);
  },
  useRouter: () => router,
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
};
