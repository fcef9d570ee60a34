export const PER_PAGE_OPTIONS = [25, 50, 100, 250, 500, 1000] as const;
export const DEFAULT_PER_PAGE = 50;

/** Filter values by URL parameter; a repeated parameter ORs its values, as in Nautobot. */
export type UrlFilters = Readonly<Record<string, readonly string[]>>;

export type ListUrlState = {
  /** 1-based, as in the URL. */
  page: number;
  perPage: number;
  /** Nautobot sort syntax (`name`, `-port`); null means the resource's default. */
  sort: string | null;
  q: string;
  /** Only the parameters the list declares; anything else in the URL is ignored. */
  filters: UrlFilters;
};

const SORT_PATTERN = /^-?[a-z_]+(,-?[a-z_]+)*$/;

/** The declared filter parameters present in the URL, in declaration order, blanks and repeats dropped. */
export function parseUrlFilters(params: URLSearchParams, filterParams: readonly string[]): UrlFilters {
  const filters: Record<string, string[]> = {};
  for (const param of filterParams) {
    const values = [...new Set(params.getAll(param).map((v) => v.trim()))].filter(Boolean);
    if (values.length) filters[param] = values;
  }
  return filters;
}

export function parseListUrl(params: URLSearchParams, filterParams: readonly string[] = []): ListUrlState {
  const page = Number(params.get('page'));
  const perPage = Number(params.get('per_page'));
  const sort = params.get('sort');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    perPage: (PER_PAGE_OPTIONS as readonly number[]).includes(perPage) ? perPage : DEFAULT_PER_PAGE,
    sort: sort && SORT_PATTERN.test(sort) ? sort : null,
    q: params.get('q')?.trim() ?? '',
    filters: parseUrlFilters(params, filterParams),
  };
}

export function countFilterValues(filters: UrlFilters): number {
  return Object.values(filters).reduce((n, values) => n + values.length, 0);
}

/**
 * Query string for a state, leaving defaults out so shared links stay short. Filters use Nautobot's own
 * parameter names, repeated for several values (`?status=Active&status=Failed`), so a link is readable and
 * other screens can build one. Parameters in `keep` that are not the list's own are left as they were.
 */
export function listUrlSearch(
  state: ListUrlState,
  keep?: URLSearchParams,
  filterParams: readonly string[] = [],
): string {
  const params = new URLSearchParams(keep);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('q', state.q || null);
  for (const param of new Set([...filterParams, ...Object.keys(state.filters)])) params.delete(param);
  for (const [param, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(param, value);
  }
  set('sort', state.sort);
  set('per_page', state.perPage === DEFAULT_PER_PAGE ? null : String(state.perPage));
  set('page', state.page === 1 ? null : String(state.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
