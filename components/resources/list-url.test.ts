import { describe, expect, it } from 'vitest';
import { countFilterValues, listUrlSearch, parseListUrl, parseUrlFilters } from './list-url';

const params = (s: string) => new URLSearchParams(s);
const MEMBER_FILTERS = ['status', 'load_balancer_pool', 'ssl_offload'];

describe('parseUrlFilters', () => {
  it('keeps declared parameters only, with repeated values in order', () => {
    const filters = parseUrlFilters(
      params('status=Active&foo=1&status=Failed&load_balancer_pool=abc&sort=port'),
      MEMBER_FILTERS,
    );
    expect(filters).toEqual({ status: ['Active', 'Failed'], load_balancer_pool: ['abc'] });
  });

  it('drops blank and repeated values', () => {
    expect(parseUrlFilters(params('status=&status=%20Active%20&status=Active'), MEMBER_FILTERS)).toEqual({
      status: ['Active'],
    });
  });
});

describe('parseListUrl', () => {
  it('reads filters beside page, sort and search', () => {
    const state = parseListUrl(
      params('q=web&page=2&per_page=25&sort=-port&ssl_offload=true'),
      MEMBER_FILTERS,
    );
    expect(state).toEqual({
      q: 'web',
      page: 2,
      perPage: 25,
      sort: '-port',
      filters: { ssl_offload: ['true'] },
    });
  });

  it('has no filters when none are declared', () => {
    expect(parseListUrl(params('status=Active')).filters).toEqual({});
  });
});

describe('listUrlSearch', () => {
  const base = { q: '', page: 1, perPage: 50, sort: null };

  it('writes each value as a repeated Nautobot parameter', () => {
    const search = listUrlSearch(
      { ...base, filters: { status: ['Active', 'Failed'], load_balancer_pool: ['p1'] } },
      undefined,
      MEMBER_FILTERS,
    );
    expect(search).toBe('?status=Active&status=Failed&load_balancer_pool=p1');
  });

  it('replaces the filters it owns and keeps unrelated parameters', () => {
    const search = listUrlSearch(
      { ...base, filters: { ssl_offload: ['false'] } },
      params('status=Active&ssl_offload=true&utm=x'),
      MEMBER_FILTERS,
    );
    expect(params(search.slice(1)).getAll('status')).toEqual([]);
    expect(params(search.slice(1)).getAll('ssl_offload')).toEqual(['false']);
    expect(params(search.slice(1)).get('utm')).toBe('x');
  });

  it('round-trips through parseListUrl', () => {
    const state = {
      q: 'a b',
      page: 3,
      perPage: 100,
      sort: 'name',
      filters: { status: ['Planned', 'Failed'] },
    };
    const search = listUrlSearch(state, undefined, MEMBER_FILTERS);
    expect(parseListUrl(params(search.slice(1)), MEMBER_FILTERS)).toEqual(state);
  });

  it('leaves everything out when the state is the default', () => {
    expect(listUrlSearch({ ...base, filters: {} }, params('status=Active'), MEMBER_FILTERS)).toBe('');
  });
});

it('counts every value of every filter', () => {
  expect(countFilterValues({ status: ['Active', 'Failed'], tenant: ['t'] })).toBe(3);
});
