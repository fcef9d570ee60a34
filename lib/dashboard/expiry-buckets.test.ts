import { describe, expect, it } from 'vitest';
import { expiryWindowFilters } from '@/components/resources/list/list-filters';
import { cumulativeExpiryCounts, expiryBuckets, expiryRangeFilters } from './expiry-buckets';

const NOW = Date.parse('2026-11-21T10:00:00.250Z');

describe('certificate expiry buckets', () => {
  it('are disjoint and, laid end to end, cover the list screen’s windows exactly', () => {
    const [expired, d30, d60, d90] = expiryBuckets.map((b) => expiryRangeFilters(b.range, NOW));
    expect(expired).toEqual(expiryWindowFilters('expired', NOW));
    expect(d30).toEqual(expiryWindowFilters('30', NOW));
    // Each window starts where the one before ends.
    expect(d60?.expiration_date__gte).toBe(d30?.expiration_date__lt);
    expect(d90?.expiration_date__gte).toBe(d60?.expiration_date__lt);
    expect(d90?.expiration_date__lt).toBe(expiryWindowFilters('90', NOW).expiration_date__lt);
    expect(d30).toEqual({
      expiration_date__gte: '2026-11-21T10:00:00Z',
      expiration_date__lt: '2026-12-21T10:00:00Z',
    });
  });

  it('add up to the list screen’s cumulative windows, each linking to its own', () => {
    expect(cumulativeExpiryCounts({ expired: 2, d30: 3, d60: 1, d90: 4 })).toEqual([
      { listWindow: 'expired', label: 'Expired', count: 2 },
      { listWindow: '30', label: 'Within 30 days', count: 3 },
      { listWindow: '60', label: 'Within 60 days', count: 4 },
      { listWindow: '90', label: 'Within 90 days', count: 8 },
    ]);
  });
});
