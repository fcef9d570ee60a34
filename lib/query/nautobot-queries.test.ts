import { describe, expect, it } from 'vitest';
import { createNautobotClient } from '../api/client';
import { NautobotError, type NautobotErrorKind } from '../api/errors';
import type { Transport } from '../api/transport';
import { createNautobotQueries, nautobotKeys } from './nautobot-queries';
import { shouldRetry } from './query-client';

const ID = '3f2b9c1e-8a4d-4b6f-9e2a-0c1d2e3f4a5b';
const OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const unused: Transport = { request: () => Promise.reject(new Error('no request expected')) };
const queries = createNautobotQueries(createNautobotClient(unused, { lbPath: 'load-balancers/' }));

const isPrefix = (prefix: readonly unknown[], key: readonly unknown[]) =>
  prefix.length <= key.length && prefix.every((part, i) => Object.is(part, key[i]));

describe('nautobotKeys', () => {
  it('runs from general to specific', () => {
    expect(isPrefix(nautobotKeys.root, nautobotKeys.all('virtual-servers'))).toBe(true);
    expect(isPrefix(nautobotKeys.all('virtual-servers'), nautobotKeys.lists('virtual-servers'))).toBe(true);
    expect(isPrefix(nautobotKeys.all('virtual-servers'), nautobotKeys.counts('virtual-servers'))).toBe(true);
    expect(
      isPrefix(nautobotKeys.details('virtual-servers'), nautobotKeys.detail('virtual-servers', ID)),
    ).toBe(true);
    expect(isPrefix(nautobotKeys.root, nautobotKeys.version())).toBe(true);
  });

  it('keeps endpoints, lists, counts and details apart', () => {
    expect(isPrefix(nautobotKeys.all('virtual-servers'), nautobotKeys.all('load-balancer-pools'))).toBe(
      false,
    );
    expect(isPrefix(nautobotKeys.lists('virtual-servers'), nautobotKeys.counts('virtual-servers'))).toBe(
      false,
    );
    expect(isPrefix(nautobotKeys.lists('virtual-servers'), nautobotKeys.detail('virtual-servers', ID))).toBe(
      false,
    );
    expect(
      isPrefix(nautobotKeys.detail('virtual-servers', ID), nautobotKeys.detail('virtual-servers', OTHER)),
    ).toBe(false);
    expect(isPrefix(nautobotKeys.all('virtual-servers'), nautobotKeys.version())).toBe(false);
  });
});

describe('query options', () => {
  it('puts every page and filter of a list under lists(key)', () => {
    const key = queries.list('virtual-servers', { limit: 50, offset: 100, sort: 'name' }).queryKey;
    expect(isPrefix(nautobotKeys.lists('virtual-servers'), key)).toBe(true);
    expect(isPrefix(nautobotKeys.all('virtual-servers'), key)).toBe(true);
    expect(isPrefix(nautobotKeys.lists('load-balancer-pools'), key)).toBe(false);
    expect(key.at(-1)).toEqual({ limit: 50, offset: 100, sort: 'name' });
  });

  it('puts counts under counts(key), not under lists(key)', () => {
    const key = queries.count('virtual-servers', { q: 'web' }).queryKey;
    expect(isPrefix(nautobotKeys.counts('virtual-servers'), key)).toBe(true);
    expect(isPrefix(nautobotKeys.lists('virtual-servers'), key)).toBe(false);
  });

  it('puts the detail, changes and notes of one object under detail(key, id)', () => {
    const prefix = nautobotKeys.detail('virtual-servers', ID);
    for (const key of [
      queries.detail('virtual-servers', ID, { depth: 1 }).queryKey,
      queries.changes('virtual-servers', ID, { limit: 10 }).queryKey,
      queries.notes('virtual-servers', ID).queryKey,
    ]) {
      expect(isPrefix(prefix, key)).toBe(true);
      expect(isPrefix(nautobotKeys.detail('virtual-servers', OTHER), key)).toBe(false);
    }
  });

  it('keeps changes and notes apart from each other and from the detail', () => {
    const detail = queries.detail('virtual-servers', ID).queryKey;
    const changes = queries.changes('virtual-servers', ID).queryKey;
    const notes = queries.notes('virtual-servers', ID).queryKey;
    expect(changes).not.toEqual(notes);
    expect(changes).not.toEqual(detail);
    expect(notes).not.toEqual(detail);
    expect(isPrefix(detail, changes)).toBe(false);
  });

  it('gives different params different keys, and equal params equal keys', () => {
    const a = queries.list('virtual-servers', { limit: 50, sort: 'name' }).queryKey;
    expect(queries.list('virtual-servers', { limit: 50, sort: 'name' }).queryKey).toEqual(a);
    expect(queries.list('virtual-servers', { limit: 50, sort: '-name' }).queryKey).not.toEqual(a);
    expect(queries.list('virtual-servers', { limit: 50, sort: 'name', offset: 50 }).queryKey).not.toEqual(a);
    expect(
      queries.list('virtual-servers', { limit: 50, sort: 'name', filters: { name: ['x'] } }).queryKey,
    ).not.toEqual(a);
    expect(queries.list('load-balancer-pools', { limit: 50, sort: 'name' }).queryKey).not.toEqual(a);
    expect(queries.detail('virtual-servers', ID, { depth: 0 }).queryKey).not.toEqual(
      queries.detail('virtual-servers', ID, { depth: 1 }).queryKey,
    );
    expect(queries.changes('virtual-servers', ID, { offset: 0 }).queryKey).not.toEqual(
      queries.changes('virtual-servers', ID, { offset: 10 }).queryKey,
    );
  });

  it('puts the batched lookups under their endpoint, one key per set of ids whatever the order', () => {
    const members = queries.membersOfPools([OTHER, ID]).queryKey;
    expect(isPrefix(nautobotKeys.batches('load-balancer-pool-members'), members)).toBe(true);
    expect(isPrefix(nautobotKeys.all('load-balancer-pool-members'), members)).toBe(true);
    expect(isPrefix(nautobotKeys.lists('load-balancer-pool-members'), members)).toBe(false);
    expect(queries.membersOfPools([ID, OTHER, ID]).queryKey).toEqual(members);
    expect(queries.membersOfPools([ID]).queryKey).not.toEqual(members);
  });

  it('uses the shared version key and never goes stale', () => {
    const options = queries.apiVersion();
    expect(options.queryKey).toEqual(nautobotKeys.version());
    expect(options.staleTime).toBe(Infinity);
  });
});

describe('shouldRetry', () => {
  const error = (kind: NautobotErrorKind) => new NautobotError({ status: 0, kind, message: kind });

  it.each(['network', 'timeout', 'server'] as const)('retries %s errors at most twice', (kind) => {
    expect(shouldRetry(0, error(kind))).toBe(true);
    expect(shouldRetry(1, error(kind))).toBe(true);
    expect(shouldRetry(2, error(kind))).toBe(false);
    expect(shouldRetry(3, error(kind))).toBe(false);
  });

  it.each([
    'validation',
    'auth',
    'session-expired',
    'forbidden',
    'not-found',
    'conflict',
    'bad-response',
  ] as const)('never retries %s errors', (kind) => {
    expect(shouldRetry(0, error(kind))).toBe(false);
  });

  it('retries an unknown failure at most twice', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('allows exactly two retries when driven like TanStack Query does', () => {
    let attempts = 1;
    while (shouldRetry(attempts - 1, error('server'))) attempts += 1;
    expect(attempts).toBe(3);
  });
});
