export type SortDirection = 'asc' | 'desc';
export type ActiveSort = { key: string; direction: SortDirection };

/** The leading key of a Nautobot sort (`-port,name` → port, descending): the one the table shows. */
export function activeSort(sort: string): ActiveSort | null {
  const first = sort.split(',')[0]?.trim();
  if (!first) return null;
  return first.startsWith('-')
    ? { key: first.slice(1), direction: 'desc' }
    : { key: first, direction: 'asc' };
}

/** Clicking a column: ascending first, then toggling. */
export function toggledSort(key: string, current: ActiveSort | null): string {
  return current?.key === key && current.direction === 'asc' ? `-${key}` : key;
}

/**
 * What to send: the chosen key, then the default keys as tie-breakers, so rows with equal values keep a
 * stable order across pages (pool members have no default ordering at all in Nautobot).
 */
export function requestSort(chosen: string | null, defaultSort: string): string {
  if (!chosen) return defaultSort;
  const keys = chosen.split(',');
  const fields = new Set(keys.map((k) => k.replace(/^-/, '')));
  for (const k of defaultSort.split(',')) if (!fields.has(k.replace(/^-/, ''))) keys.push(k);
  return keys.join(',');
}
