'use client';
import { useCallback } from 'react';
import { useSearchParams } from 'next/navigation';

export const PER_PAGE_OPTIONS = [25, 50, 100, 250, 500, 1000] as const;
export const DEFAULT_PER_PAGE = 50;

export type ListUrlState = {
  /** 1-based, as in the URL. */
  page: number;
  perPage: number;
  /** Nautobot sort syntax (`name`, `-port`); null means the resource's default. */
  sort: string | null;
  q: string;
};

const SORT_PATTERN = /^-?[a-z_]+(,-?[a-z_]+)*$/;

export function parseListUrl(params: URLSearchParams): ListUrlState {
  const page = Number(params.get('page'));
  const perPage = Number(params.get('per_page'));
  const sort = params.get('sort');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    perPage: (PER_PAGE_OPTIONS as readonly number[]).includes(perPage) ? perPage : DEFAULT_PER_PAGE,
    sort: sort && SORT_PATTERN.test(sort) ? sort : null,
    q: params.get('q')?.trim() ?? '',
  };
}

/** Query string for a state, leaving defaults out so shared links stay short. */
export function listUrlSearch(state: ListUrlState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('q', state.q || null);
  set('sort', state.sort);
  set('per_page', state.perPage === DEFAULT_PER_PAGE ? null : String(state.perPage));
  set('page', state.page === 1 ? null : String(state.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The list's page, page size, sort and search, kept in the URL so back/forward and shared links work.
 * Paging and sorting add history entries; typing a search replaces the current one. The native history
 * API is used (Next.js syncs useSearchParams with it), so a page change costs no server round trip.
 */
export function useListUrlState() {
  const searchParams = useSearchParams();
  const state = parseListUrl(searchParams);

  const update = useCallback(
    (patch: Partial<ListUrlState>, { replace = false }: { replace?: boolean } = {}) => {
      // Read at call time, not from the render's closure: two quick updates must not undo each other.
      const currentParams = new URLSearchParams(window.location.search);
      const next = { ...parseListUrl(currentParams), ...patch };
      // Anything but a page change starts again at page 1.
      if (patch.page === undefined) next.page = 1;
      const href = `${window.location.pathname}${listUrlSearch(next, currentParams)}`;
      if (replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [],
  );

  return [state, update] as const;
}
