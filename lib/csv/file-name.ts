import type { ResourceKey } from '../api/resources';

/** `<model>-<YYYY-MM-DD>.csv`, the date in the user's own time zone: the day they exported it on. */
export function exportFileName(resource: ResourceKey, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${resource}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.csv`;
}

/** The rejected rows of an import, named after the file they came from. */
export function rejectedFileName(resource: ResourceKey, source: string | null): string {
  const base = source?.replace(/\.(csv|tsv|txt)$/i, '').trim();
  return `${base || resource}-rejected.csv`;
}
