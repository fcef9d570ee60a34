'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';
import type { ResourceKey } from '@/lib/api/resources';
import { useSessionUser } from '@/components/providers/session-user';

export const densitySchema = z.enum(['compact', 'standard']);
export type Density = z.infer<typeof densitySchema>;

/** Only what the user changed: a column's default can change in a later release and still reach them. */
const listPrefsSchema = z.object({
  columns: z.record(z.string(), z.boolean()).catch({}),
  density: densitySchema.optional().catch(undefined),
});
export type ListPrefs = z.infer<typeof listPrefsSchema>;

const EMPTY: ListPrefs = { columns: {} };
export const DEFAULT_DENSITY: Density = 'compact';

export const listPrefsKey = (username: string, resource: ResourceKey) =>
  `lb-console:list:${encodeURIComponent(username)}:${resource}`;

// Other tabs report through `storage`; this tab's own writes through these listeners.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Storage can be disabled or full (private windows, quotas): preferences then last until the page is left. */
const unsaved = new Map<string, string>();

function read(key: string): string | null {
  const kept = unsaved.get(key);
  if (kept !== undefined) return kept;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
    unsaved.delete(key);
  } catch {
    unsaved.set(key, value);
  }
}

export function parseListPrefs(raw: string | null): ListPrefs {
  if (!raw) return EMPTY;
  try {
    const parsed = listPrefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/**
 * A list's column choice and density, remembered per signed-in user and model in localStorage. The server
 * render and hydration use the defaults (the server cannot see localStorage); the stored choice follows at once.
 */
export function useListPrefs(resource: ResourceKey) {
  const username = useSessionUser() ?? '';
  const key = listPrefsKey(username, resource);
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const prefs = useMemo(() => parseListPrefs(raw), [raw]);

  const save = useCallback(
    (change: (current: ListPrefs) => ListPrefs) => {
      write(key, JSON.stringify(change(parseListPrefs(read(key)))));
      listeners.forEach((l) => l());
    },
    [key],
  );

  const setColumn = useCallback(
    (id: string, visible: boolean) => save((p) => ({ ...p, columns: { ...p.columns, [id]: visible } })),
    [save],
  );
  const resetColumns = useCallback(() => save((p) => ({ ...p, columns: {} })), [save]);
  const setDensity = useCallback((density: Density) => save((p) => ({ ...p, density })), [save]);

  return { prefs, density: prefs.density ?? DEFAULT_DENSITY, setColumn, resetColumns, setDensity };
}
