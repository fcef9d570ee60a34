/** `items` in consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a whole number ≥ 1, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A list cut in two, for bisecting a request Nautobot refused as a whole. */
export function halves<T>(items: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

/**
 * How many ids go into one `?id=…&id=…` read. Each adds about 40 characters to the URL, and a URL much over
 * 4 KB risks the front server's request-line limit (uWSGI's default buffer is 4 KB).
 */
export const IDS_PER_READ = 50;
