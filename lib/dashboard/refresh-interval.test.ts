import { describe, expect, it } from 'vitest';
import { refreshIntervalMs } from './refresh-interval';

describe('refreshIntervalMs', () => {
  it('reads ?refresh= in seconds, within 10 s and an hour, and falls back to a minute', () => {
    expect(refreshIntervalMs(undefined)).toBe(60_000);
    expect(refreshIntervalMs('abc')).toBe(60_000);
    expect(refreshIntervalMs('30')).toBe(30_000);
    expect(refreshIntervalMs(['15', '90'])).toBe(15_000);
    expect(refreshIntervalMs('1')).toBe(10_000);
    expect(refreshIntervalMs('86400')).toBe(3_600_000);
  });
});
