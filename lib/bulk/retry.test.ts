import { describe, expect, it } from 'vitest';
import { NautobotError, type NautobotErrorKind } from '../api/errors';
import { chunks } from '../api/batched-list';
import { halves } from './chunks';
import { createNautobotClient } from '../api/client';
import type { Transport } from '../api/transport';
import { isTransient, withReadRetries, withRetry } from './retry';

const error = (kind: NautobotErrorKind, status = 500) => new NautobotError({ status, kind, message: kind });

describe('withRetry', () => {
  it('tries again after transient failures, waiting twice as long each time', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await withRetry(
      (attempt) => {
        calls += 1;
        return attempt < 3 ? Promise.reject(error('network', 0)) : Promise.resolve('done');
      },
      { retries: 3, backoffMs: 250, sleep: (ms) => (waits.push(ms), Promise.resolve()) },
    );
    expect(value).toBe('done');
    expect(calls).toBe(4);
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('throws the last failure once the retries are spent', async () => {
    let calls = 0;
    const failing = withRetry(
      () => {
        calls += 1;
        return Promise.reject(error('server', 503));
      },
      { retries: 2, sleep: () => Promise.resolve() },
    );
    await expect(failing).rejects.toMatchObject({ kind: 'server' });
    expect(calls).toBe(3);
  });

  it('does not retry what retrying cannot fix', async () => {
    for (const e of [
      error('validation', 400),
      error('conflict', 409),
      error('forbidden', 403),
      new Error('bug'),
    ]) {
      let calls = 0;
      await expect(
        withRetry(
          () => {
            calls += 1;
            return Promise.reject(e);
          },
          { sleep: () => Promise.resolve() },
        ),
      ).rejects.toBe(e);
      expect(calls).toBe(1);
    }
  });

  it.each([
    ['network', 0, true],
    ['timeout', 504, true],
    ['server', 500, true],
    ['validation', 429, true],
    ['validation', 400, false],
    ['auth', 403, false],
  ] as const)('%s %i is transient: %s', (kind, status, expected) => {
    expect(isTransient(error(kind, status))).toBe(expected);
  });
});

describe('chunks', () => {
  it('cuts a list into slices of at most the size', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
    expect(halves([1, 2, 3])).toEqual([[1, 2], [3]]);
  });

  it('refuses a size that would never end', () => {
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });
});

describe('withReadRetries', () => {
  it('retries a read that failed for a transient reason, and leaves writes alone', async () => {
    const sent: string[] = [];
    const transport: Transport = {
      request: (method, path) => {
        sent.push(`${method} ${path}`);
        if (method !== 'GET' || sent.length === 1) return Promise.reject(error('server', 502));
        return Promise.resolve({
          status: 200,
          headers: new Headers(),
          data: { count: 0, next: null, previous: null, results: [] },
        });
      },
    };
    const client = withReadRetries(createNautobotClient(transport, { lbPath: 'load-balancers/' }), {
      sleep: () => Promise.resolve(),
    });
    expect((await client.list('health-check-monitors')).count).toBe(0);
    expect(sent).toHaveLength(2);
    await expect(
      client.remove('health-check-monitors', '00000000-0000-4000-8000-000000000001'),
    ).rejects.toThrow();
    expect(sent).toHaveLength(3);
  });
});
