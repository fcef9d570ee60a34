import type { Query } from '../api/transport';

const DAY_MS = 86_400_000;

/** Second precision with a `Z`, which Django's datetime filters parse (as the list's expiry filter sends). */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A window of days from now: `fromDays` null means "already expired" (before now). */
export type ExpiryRange = { fromDays: number | null; toDays: number };

/**
 * Disjoint windows, so each certificate is listed once, under the soonest one. The list screen's `?expires=`
 * windows are cumulative ("within 60 days" includes the 30-day ones); `listWindow` names the one a bucket's
 * running total matches.
 */
export const expiryBuckets = [
  { id: 'expired', label: 'Expired', range: { fromDays: null, toDays: 0 }, listWindow: 'expired' },
  { id: 'd30', label: 'Within 30 days', range: { fromDays: 0, toDays: 30 }, listWindow: '30' },
  { id: 'd60', label: 'In 31–60 days', range: { fromDays: 30, toDays: 60 }, listWindow: '60' },
  { id: 'd90', label: 'In 61–90 days', range: { fromDays: 60, toDays: 90 }, listWindow: '90' },
] as const satisfies readonly { id: string; label: string; range: ExpiryRange; listWindow: string }[];

export type ExpiryBucket = (typeof expiryBuckets)[number];

/** Nautobot's `expiration_date__lt/__gte` for a window, as of `now` (read when the request is sent). */
export function expiryRangeFilters(range: ExpiryRange, now: number): Query {
  const before = isoSeconds(now + range.toDays * DAY_MS);
  if (range.fromDays === null) return { expiration_date__lt: before };
  return { expiration_date__gte: isoSeconds(now + range.fromDays * DAY_MS), expiration_date__lt: before };
}

/** The list screen's cumulative windows from the disjoint counts: expired, ≤30, ≤60, ≤90 days. */
export function cumulativeExpiryCounts(counts: Readonly<Record<ExpiryBucket['id'], number>>) {
  const d30 = counts.d30;
  const d60 = d30 + counts.d60;
  return [
    { listWindow: 'expired', label: 'Expired', count: counts.expired },
    { listWindow: '30', label: 'Within 30 days', count: d30 },
    { listWindow: '60', label: 'Within 60 days', count: d60 },
    { listWindow: '90', label: 'Within 90 days', count: d60 + counts.d90 },
  ] as const;
}
