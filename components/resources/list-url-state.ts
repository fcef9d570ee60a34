'use client';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { listUrlSearch, parseListUrl, type ListUrlState } from './list-url';

/**
 * The list's page, page size, sort, search and filters, kept in the URL so back/forward and shared links
 * work. Paging, sorting and filtering add history entries; typing a search replaces the current one. The
 * native history API is used (Next.js syncs useSearchParams with it), so a change costs no server round trip.
 */
export function useListUrlState(filterParams: readonly string[] = []) {
  const searchParams = useSearchParams();
  // Callers pass a fresh array each render; the joined names are what matter.
  const paramsKey = filterParams.join('&');
  const stableParams = useMemo(() => (paramsKey ? paramsKey.split('&') : []), [paramsKey]);
  const state = useMemo(() => parseListUrl(searchParams, stableParams), [searchParams, stableParams]);

  const update = useCallback(
    (
      change: Partial<ListUrlState> | ((current: ListUrlState) => Partial<ListUrlState>),
      { replace = false }: { replace?: boolean } = {},
    ) => {
      // Read at call time, not from the render's closure: two quick updates must not undo each other.
      const currentParams = new URLSearchParams(window.location.search);
      const current = parseListUrl(currentParams, stableParams);
      const patch = typeof change === 'function' ? change(current) : change;
      const next = { ...current, ...patch };
      // Anything but a page change starts again at page 1.
      if (patch.page === undefined) next.page = 1;
      const href = `${window.location.pathname}${listUrlSearch(next, currentParams, stableParams)}`;
      if (replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [stableParams],
  );

  return [state, update] as const;
}
