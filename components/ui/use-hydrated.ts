'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const yes = () => true;
const no = () => false;

/**
 * False on the server and while React hydrates its HTML, true from the next render on (and at once on a
 * client-side navigation). A screen whose data can arrive either before or after hydration renders the server's
 * state while this is false, so the HTML it hydrates always matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, yes, no);
}
