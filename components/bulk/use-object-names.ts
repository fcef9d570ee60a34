'use client';
import { useQuery } from '@tanstack/react-query';
import type { ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';

/**
 * The names of a few objects known only by id (a page of a selection), read in one request. An id Nautobot does
 * not return is gone or hidden from the user: `found` tells, once the read is done.
 */
export function useObjectNames(resource: ResourceKey, ids: readonly string[]) {
  const { queries } = useNautobot();
  const read = useQuery({
    ...queries.list(resource, { filters: { id: [...ids] }, limit: ids.length, depth: 0 }),
    enabled: ids.length > 0,
  });
  const names = new Map<string, string>(
    (read.data?.results ?? []).map((row) => [row.id.toLowerCase(), row.display ?? row.id]),
  );
  return {
    names,
    loading: read.isPending && ids.length > 0,
    error: read.isError ? read.error.message : null,
    /** Read, and not there. */
    missing: (id: string) => read.isSuccess && !read.isPlaceholderData && !names.has(id.toLowerCase()),
  };
}
