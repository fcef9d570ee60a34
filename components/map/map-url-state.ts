'use client';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { MapSort } from './map-model';

export type MapUrlState = { q: string; sort: MapSort; problemsOnly: boolean };

/** `?q=web&sort=name&problems=1`; defaults are left out, so the plain map is a plain link. */
export function parseMapUrl(params: URLSearchParams): MapUrlState {
  return {
    q: params.get('q')?.trim() ?? '',
    sort: params.get('sort') === 'name' ? 'name' : 'status',
    problemsOnly: params.get('problems') === '1',
  };
}

/** The query string for a state, keeping parameters that are not the map's own (`kiosk`, `refresh`). */
export function mapUrlSearch(state: MapUrlState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('q', state.q || null);
  set('sort', state.sort === 'name' ? 'name' : null);
  set('problems', state.problemsOnly ? '1' : null);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const same = (a: MapUrlState, b: MapUrlState) =>
  a.q === b.q && a.sort === b.sort && a.problemsOnly === b.problemsOnly;

/**
 * The map's search, sort and "Problems only", in the URL: a NOC screen can be bookmarked on the problems, and
 * back returns from a detail page to the same view. Typing replaces the history entry; switches add one.
 * The state changes at once and the URL follows: Next syncs the URL into useSearchParams in a transition, and a
 * switch that waited for it would flick back for a moment.
 */
export function useMapUrlState() {
  const searchParams = useSearchParams();
  const fromUrl = useMemo(() => parseMapUrl(searchParams), [searchParams]);
  const [state, setState] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  // The URL changed other than through `update` (back/forward, a link): show what it says.
  if (!same(fromUrl, seen)) {
    setSeen(fromUrl);
    setState(fromUrl);
  }
  const update = useCallback((patch: Partial<MapUrlState>, { replace = false } = {}) => {
    // Read at call time: two quick changes must not undo each other.
    const current = new URLSearchParams(window.location.search);
    const next = { ...parseMapUrl(current), ...patch };
    setState(next);
    const href = `${window.location.pathname}${mapUrlSearch(next, current)}`;
    if (replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
  }, []);
  return [state, update] as const;
}
