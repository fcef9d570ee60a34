/**
 * An object's fields replaced wherever it sits in a cached answer: a list page (`{results: [...]}`), a
 * batch (an array) or a detail (the object itself). Answers without it come back as they were (the same
 * reference), so the query cache notifies no one needlessly.
 */
export function patchCachedRow<T>(data: T, id: string, patch: Record<string, unknown>): T {
  const key = id.toLowerCase();
  const isIt = (row: unknown): row is Record<string, unknown> =>
    !!row && typeof row === 'object' && 'id' in row && String(row.id).toLowerCase() === key;
  const inList = (rows: readonly unknown[]) => {
    const at = rows.findIndex(isIt);
    if (at < 0) return rows;
    const next = [...rows];
    next[at] = { ...(rows[at] as object), ...patch };
    return next;
  };
  if (Array.isArray(data)) {
    const next = inList(data);
    return (next === data ? data : next) as T;
  }
  if (data && typeof data === 'object') {
    if (isIt(data)) return { ...data, ...patch };
    if ('results' in data && Array.isArray(data.results)) {
      const results = inList(data.results);
      return results === data.results ? data : { ...data, results };
    }
  }
  return data;
}
