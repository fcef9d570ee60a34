import { describe, expect, it } from 'vitest';
import { patchCachedRow } from './cached-rows';

const a = { id: 'AAA', port: 80 };
const b = { id: 'bbb', port: 443 };

describe('patchCachedRow', () => {
  it('replaces the object in a list page, a batch and a detail, by id in any case', () => {
    const page = { count: 2, next: null, previous: null, results: [a, b] };
    const next = patchCachedRow(page, 'aaa', { port: 8080 });
    expect(next.results[0]).toEqual({ id: 'AAA', port: 8080 });
    expect(next.results[1]).toBe(b);
    expect(page.results[0]?.port).toBe(80);
    expect(patchCachedRow([a, b], 'BBB', { port: 1 })[1]).toEqual({ id: 'bbb', port: 1 });
    expect(patchCachedRow(a, 'aaa', { port: 2 })).toEqual({ id: 'AAA', port: 2 });
  });

  it('leaves answers without the object as they are', () => {
    const page = { count: 1, results: [b] };
    expect(patchCachedRow(page, 'aaa', { port: 1 })).toBe(page);
    const list = [b];
    expect(patchCachedRow(list, 'aaa', { port: 1 })).toBe(list);
    expect(patchCachedRow(b, 'aaa', { port: 1 })).toBe(b);
    expect(patchCachedRow(5, 'aaa', { port: 1 })).toBe(5);
    expect(patchCachedRow(undefined, 'aaa', { port: 1 })).toBeUndefined();
  });
});
